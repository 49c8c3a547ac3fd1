"""One element per widget: a tree's elements and the pixel reader's, put together by geometry.

A tree element wins its box: a pixel element whose centre lies inside a tree element, or that
overlaps one by a third, is the same widget (or its caption) seen twice and is dropped. What
is left of the pixels (text on a canvas, a program without a tree) follows the tree's elements.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.desktop.elements import Element

SAME_WIDGET_IOU = 0.33


def merge(tree: Sequence[Element], pixels: Sequence[Element]) -> list[Element]:
    """The tree's elements, then the pixel elements that no tree element already covers."""
    extra = [
        p
        for p in pixels
        if not any(t.box.contains(*p.box.center) or t.box.iou(p.box) >= SAME_WIDGET_IOU for t in tree)
    ]
    return [*tree, *extra]
