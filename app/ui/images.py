"""What the agent saw, as Qt images: screenshots (numpy RGB) with the chosen element outlined."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from app.desktop.elements import Box

#: The outline around the element the agent chose: bright, thick, visible on any background.
OUTLINE = QColor(255, 0, 170)


def to_qimage(pixels: Any) -> QImage:
    """An (H, W, 3) uint8 RGB array as a QImage that owns its own copy of the pixels."""
    array = np.ascontiguousarray(pixels, dtype=np.uint8)
    height, width = array.shape[:2]
    image = QImage(array.data, width, height, 3 * width, QImage.Format.Format_RGB888)
    return image.copy()


def picture(pixels: Any, box: Box | None, width: int | None = None) -> QImage:
    """The screenshot, scaled to `width` if given, with `box` outlined (drawn after scaling, so
    the outline stays visible on a thumbnail); a grey placeholder when there is no screenshot."""
    if pixels is None:
        image = QImage(width or 320, (width or 320) * 3 // 4, QImage.Format.Format_RGB888)
        image.fill(QColor(200, 200, 200))
        return image
    image = to_qimage(pixels)
    scale = 1.0
    if width is not None and width != image.width():
        scale = width / image.width()
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    if box is not None:
        painter = QPainter(image)
        painter.setPen(QPen(OUTLINE, 2 if scale < 0.5 else 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pad = 2
        painter.drawRect(
            QRect(
                round(box.x * scale) - pad,
                round(box.y * scale) - pad,
                round(box.w * scale) + 2 * pad,
                round(box.h * scale) + 2 * pad,
            )
        )
        painter.end()
    return image
