"""Pixel arithmetic the verifier needs: did the screen, or a part of it, change.

Kept beside perception because it reads screenshots; pure numpy, no display needed.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from app.desktop.elements import Box

#: A channel difference below this is compression-free noise (anti-aliasing, cursor blink).
_NOISE = 24


def _crop(image: Any, box: Box | None, margin: int) -> Any:
    if box is None:
        return image
    height, width = image.shape[:2]
    x0, y0 = max(0, box.x - margin), max(0, box.y - margin)
    x1, y1 = min(width, box.right + margin), min(height, box.bottom + margin)
    return image[y0:y1, x0:x1]


def changed_fraction(before: Any, after: Any, box: Box | None = None, margin: int = 0) -> float:
    """Share of pixels (inside `box` grown by `margin`, or the whole screen) that changed."""
    if before is None or after is None or before.shape != after.shape:
        return 1.0
    a = _crop(before, box, margin).astype(np.int16)
    b = _crop(after, box, margin).astype(np.int16)
    if a.size == 0:
        return 0.0
    diff = np.abs(a - b).max(axis=-1) > _NOISE
    return float(diff.mean())


def changed_outside(before: Any, after: Any, box: Box, margin: int = 6) -> float:
    """Share of changed pixels outside `box`: a click's effect, not the button's hover tint."""
    if before is None or after is None or before.shape != after.shape:
        return 1.0
    diff = np.abs(before.astype(np.int16) - after.astype(np.int16)).max(axis=-1) > _NOISE
    x0, y0 = max(0, box.x - margin), max(0, box.y - margin)
    diff[y0 : box.bottom + margin, x0 : box.right + margin] = False
    return float(diff.mean())
