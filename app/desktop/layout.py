"""Layout: OCR lines and bordered rectangles become widgets (button, field, checkbox...).

OCR (RapidOCR on ONNX Runtime) finds the words; it cannot see an empty text field or a check box
square, so OpenCV finds bordered rectangles and the two are combined by plain geometry:

- a bordered rectangle holding centred text is a button; a wide one that is empty or holds
  left-aligned text is a field; one with a small mark (the drop-down arrow) at its right end,
  where no text is, is a dropdown; a wide one filled with a strong colour is a highlighted list
  row, and its text is read as a plain label;
- a small square (10-26 px) just left of a text is a check box named by that text; it is
  `checked` when a mark is drawn inside it;
- a field or dropdown is named by the nearest free text on its left in the same row, or just
  above it, less a trailing ":"; that caption is folded into the element, not listed twice;
- the remaining text is a label, or a link when it looks like an address;
- a rectangle holding several rows of text (a list, a popup, a panel) is a container, not a
  widget: its texts stay separate, so each item of an open drop-down list can be clicked.

`detect_elements` is that geometry, a pure function of pixels and OCR lines, testable on drawn
images; `app.desktop.screen` takes the screenshot, runs OCR and calls it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import cv2
import numpy as np
import numpy.typing as npt

from app.desktop.elements import Box, Element, ElementKind

Image = npt.NDArray[np.uint8]
T = TypeVar("T")

#: Widgets are rarely taller than this; taller bordered rectangles are panels, lists, popups.
MAX_WIDGET_H = 80
CHECKBOX_SIDE = (10, 26)
MIN_FIELD_H = 14
#: Grey-level difference that counts as ink against a widget's own background.
INK_DELTA = 60
URL_RE = re.compile(r"^(https?://|www\.)\S+$|^[\w-]+(\.[\w-]+)+/\S*$", re.IGNORECASE)


@dataclass(frozen=True)
class TextLine:
    """One line of text as OCR read it: where, what, and how sure."""

    box: Box
    text: str
    score: float = 1.0


def find_rects(gray: Image) -> list[Box]:
    """Bordered rectangles (fields, buttons, check boxes, panels), outermost of each nest.

    An edge contour counts as a rectangle when its points lie on its bounding box's border and
    each of the four sides is mostly drawn; that rejects letters and round marks (bullets, the
    "O" of a heading) and keeps slightly rounded corners. Edges are thickened by a pixel first
    because antialiased corners leave one-pixel breaks in the outline. The inner and outer edge
    of one border line are merged.
    """
    edges = cv2.dilate(cv2.Canny(gray, 50, 150), np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_NONE)
    height, width = gray.shape[:2]
    found: list[Box] = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        if w < CHECKBOX_SIDE[0] or h < CHECKBOX_SIDE[0] or w * h > 0.5 * width * height:
            continue
        if len(contour) < 1.2 * (w + h):
            continue
        if _is_rect_outline(contour.reshape(-1, 2), x, y, w, h):
            found.append(Box(x + 1, y + 1, w - 2, h - 2))  # undo the dilation
    found.sort(key=lambda b: b.w * b.h, reverse=True)
    kept: list[Box] = []
    for box in found:
        if not any(_same_outline(box, k) for k in kept):
            kept.append(box)
    return kept


def _is_rect_outline(pts: npt.NDArray[Any], x: int, y: int, w: int, h: int) -> bool:
    # Small shapes get a tighter tolerance, or a filled circle (a password bullet) would pass.
    tol = 1 if min(w, h) < 30 else 2
    px, py = pts[:, 0], pts[:, 1]
    left, right = px <= x + tol, px >= x + w - 1 - tol
    top, bottom = py <= y + tol, py >= y + h - 1 - tol
    if (left | right | top | bottom).mean() < 0.97:
        return False
    cover = 0.8
    return (
        len(np.unique(px[top])) >= cover * w
        and len(np.unique(px[bottom])) >= cover * w
        and len(np.unique(py[left])) >= cover * h
        and len(np.unique(py[right])) >= cover * h
    )


def _same_outline(a: Box, b: Box) -> bool:
    """Two edges of one border, or a focus ring hugging it: nested and a few px apart."""
    margin = 8
    return (
        abs(a.x - b.x) <= margin
        and abs(a.y - b.y) <= margin
        and abs(a.right - b.right) <= margin
        and abs(a.bottom - b.bottom) <= margin
    )


def _inside(inner: Box, outer: Box) -> bool:
    cx, cy = inner.center
    return outer.contains(cx, cy)


def _strictly_within(inner: Box, outer: Box) -> bool:
    return (
        inner != outer
        and inner.x >= outer.x
        and inner.y >= outer.y
        and inner.right <= outer.right
        and inner.bottom <= outer.bottom
    )


def _is_glyph(rect: Box, line: TextLine) -> bool:
    """A rectangle lower than a line of several letters and inside it is part of a letter (O,
    D, a bullet); a field that a long entry fills edge to edge is taller than the entry."""
    return len(line.text) > 1 and rect.h < 0.9 * line.box.h and _strictly_within(rect, _grow(line.box, 2))


def _is_part_of(inner: Box, outer: Box) -> bool:
    """A box nearly as tall as the widget-high box around it and reaching its right end is a
    piece of that widget: in a focused field the text caret and the focus ring's inner edge
    enclose the empty part right of the text; a combo's arrow button sits there too."""
    return (
        _strictly_within(inner, outer)
        and outer.h <= MAX_WIDGET_H
        and inner.h >= 0.6 * outer.h
        and inner.right >= outer.right - 8
    )


def _widgets_only(rects: Sequence[Box]) -> list[Box]:
    return [r for r in rects if not any(_is_part_of(r, o) for o in rects)]


def _grow(box: Box, by: int) -> Box:
    return Box(box.x - by, box.y - by, box.w + 2 * by, box.h + 2 * by)


def _union(boxes: Sequence[Box]) -> Box:
    x0, y0 = min(b.x for b in boxes), min(b.y for b in boxes)
    x1, y1 = max(b.right for b in boxes), max(b.bottom for b in boxes)
    return Box(x0, y0, x1 - x0, y1 - y0)


def _one_row(lines: Sequence[TextLine]) -> bool:
    centers = [ln.box.center[1] for ln in lines]
    tallest = max(ln.box.h for ln in lines)
    return max(centers) - min(centers) <= 0.6 * tallest


def _has_arrow(gray: Image, rect: Box, lines: Sequence[TextLine]) -> bool:
    """A small mark in the square at the rectangle's right end, where no text is."""
    side = min(rect.h, rect.w // 4)
    zone = Box(rect.right - side, rect.y + 3, side - 3, rect.h - 6)
    if zone.w <= 2 or zone.h <= 2 or any(_overlaps(zone, ln.box) for ln in lines):
        return False
    patch = gray[zone.y : zone.bottom, zone.x : zone.right].astype(np.int16)
    ink = np.abs(patch - np.median(patch)) > INK_DELTA
    if ink.sum() < 4:
        return False
    ys, xs = np.nonzero(ink)
    # An arrow is small and compact; a vertical divider line spans the whole height.
    return bool(ys.max() - ys.min() < 0.6 * zone.h and xs.max() - xs.min() < 0.8 * zone.w)


def _overlaps(a: Box, b: Box) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def _is_checked(gray: Image, rect: Box) -> bool:
    inner = gray[rect.y + 3 : rect.bottom - 3, rect.x + 3 : rect.right - 3].astype(np.int16)
    if inner.size == 0:
        return False
    return bool((np.abs(inner - np.median(inner)) > 2 * INK_DELTA).mean() > 0.05)


def _masked_text(gray: Image, rect: Box) -> str:
    """A password field's dots, which OCR does not read: one "●" per round blob in a row.

    Without this a filled password field would look empty and typing into it unverifiable.
    """
    inner = gray[rect.y + 3 : rect.bottom - 3, rect.x + 3 : rect.right - 3]
    if inner.size == 0:
        return ""
    ink = (np.abs(inner.astype(np.int16) - np.median(inner)) > 2 * INK_DELTA).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink)
    dots = [
        (x, y, w, h)
        for x, y, w, h, area in stats[1:count]
        if 5 <= w <= 0.8 * rect.h and abs(w - h) <= 2 and area >= 0.6 * w * h
    ]
    if not dots or max(d[1] for d in dots) - min(d[1] for d in dots) > 3:
        return ""
    return "\u25cf" * len(dots)


def _is_colour_filled(rgb: Image, rect: Box) -> bool:
    """Selection highlights are filled with an accent colour; fields and buttons are grey."""
    patch = rgb[rect.y + 2 : rect.bottom - 2, rect.x + 2 : rect.right - 2]
    if patch.size == 0:
        return False
    saturation = cv2.cvtColor(np.ascontiguousarray(patch), cv2.COLOR_RGB2HSV)[:, :, 1]
    return bool((saturation > 90).mean() > 0.5)


def _caption(lines: Sequence[TextLine]) -> str:
    return " ".join(ln.text for ln in sorted(lines, key=lambda ln: ln.box.x))


def _content(lines: Sequence[TextLine]) -> str:
    """A field's text; OCR sometimes reads the field's own edge beside it as "[" or "|"."""
    return _caption(lines).lstrip("[|").rstrip("]|").strip()


def _score(lines: Sequence[TextLine]) -> float:
    return round(min((ln.score for ln in lines), default=1.0), 3)


def _row_overlap(a: Box, b: Box) -> float:
    """Share of the shorter box's height that the two boxes have in common."""
    inter = min(a.bottom, b.bottom) - max(a.y, b.y)
    return max(0, inter) / max(1, min(a.h, b.h))


@dataclass
class _Draft:
    kind: ElementKind
    box: Box
    text: str = ""
    label: str = ""
    score: float = 1.0
    checked: bool | None = None


def detect_elements(image: Image, lines: Sequence[TextLine]) -> tuple[Element, ...]:
    """The elements on `image` given the OCR `lines` read from it, ids 1.. in reading order."""
    rgb: Image = image if image.ndim == 3 else np.asarray(cv2.cvtColor(image, cv2.COLOR_GRAY2RGB))
    gray: Image = np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)) if image.ndim == 3 else image
    rects = _widgets_only([r for r in find_rects(gray) if not any(_is_glyph(r, ln) for ln in lines)])

    # Each text belongs to the smallest rectangle around its centre, if any.
    owner: dict[int, Box | None] = {}
    for i, line in enumerate(lines):
        around = [r for r in rects if _inside(line.box, r)]
        owner[i] = min(around, key=lambda r: r.w * r.h) if around else None
    held: dict[Box, list[int]] = {r: [i for i, o in owner.items() if o == r] for r in rects}

    drafts: list[_Draft] = []
    used: set[int] = set()
    unnamed: list[_Draft] = []
    checkboxes: list[tuple[Box, list[int]]] = []
    for rect in rects:
        idx = held[rect]
        inner = [lines[i] for i in idx]
        square = 0.75 <= rect.w / rect.h <= 1.33
        if square and CHECKBOX_SIDE[0] <= rect.w <= CHECKBOX_SIDE[1]:
            checkboxes.append((rect, idx))
            continue
        if rect.h > MAX_WIDGET_H or (inner and not _one_row(inner)):
            continue  # a container: its texts stay free
        # Holding other boxes over a quarter of its area makes it a panel; a small inner box
        # (a combo's arrow button, a search field's clear button) does not.
        nested = sum(r.w * r.h for r in rects if _strictly_within(r, rect))
        if nested > 0.25 * rect.w * rect.h:
            continue
        draft = _classify(rgb, gray, rect, inner)
        if draft is None:
            continue
        used.update(idx)
        drafts.append(draft)
        if draft.kind in (ElementKind.FIELD, ElementKind.DROPDOWN):
            unnamed.append(draft)

    for rect, idx in checkboxes:
        label_i = _text_right_of(rect, lines, used | set(idx))
        if label_i is None:
            continue
        used.update(idx)
        used.add(label_i)
        drafts.append(
            _Draft(
                ElementKind.CHECKBOX,
                rect,
                label=lines[label_i].text,
                score=_score([lines[label_i]]),
                checked=_is_checked(gray, rect),
            )
        )

    for draft in sorted(unnamed, key=lambda d: (d.box.y, d.box.x)):
        label_i = nearest_caption(draft.box, [line.box for line in lines], used)
        if label_i is not None:
            used.add(label_i)
            draft.label = lines[label_i].text.strip().rstrip(":").strip()

    for i, line in enumerate(lines):
        if i not in used:
            kind = ElementKind.LINK if URL_RE.match(line.text) else ElementKind.LABEL
            drafts.append(_Draft(kind, line.box, text=line.text, score=_score([line])))

    return tuple(
        Element(n, d.kind, d.text, d.box, label=d.label, score=d.score, checked=d.checked)
        for n, d in enumerate(reading_order(drafts, key=lambda d: d.box), start=1)
    )


def _classify(rgb: Image, gray: Image, rect: Box, inner: Sequence[TextLine]) -> _Draft | None:
    """What a one-row bordered rectangle is, from the text inside it; None if no widget."""
    if _has_arrow(gray, rect, inner):
        return _Draft(ElementKind.DROPDOWN, rect, _content(inner), score=_score(inner))
    if not inner:
        # Too low to hold a line of text: the visible sliver of something partly covered.
        wide = rect.w >= 2.5 * rect.h and rect.h >= MIN_FIELD_H
        return _Draft(ElementKind.FIELD, rect, _masked_text(gray, rect)) if wide else None
    text = _union([ln.box for ln in inner])
    left_pad, right_pad = text.x - rect.x, rect.right - text.right
    centred = abs(left_pad - right_pad) <= max(8, 0.12 * rect.w)
    # A long entry fills a field almost evenly too; a button keeps a margin of about its height.
    if centred and (rect.w < 6 * rect.h or left_pad >= rect.h):
        return _Draft(ElementKind.BUTTON, rect, _caption(inner), score=_score(inner))
    if _is_colour_filled(rgb, rect):
        return None  # a highlighted list row: its text is an item, left free to be clicked
    return _Draft(ElementKind.FIELD, rect, _content(inner), score=_score(inner))


def _text_right_of(rect: Box, lines: Sequence[TextLine], used: set[int]) -> int | None:
    best: tuple[int, int] | None = None
    for i, line in enumerate(lines):
        if i in used or _row_overlap(rect, line.box) < 0.5:
            continue
        gap = line.box.x - rect.right
        # OCR boxes are padded, and a tick drawn close to the text can widen one further left.
        if -rect.w / 2 <= gap <= 2.5 * rect.w and (best is None or gap < best[0]):
            best = (gap, i)
    return None if best is None else best[1]


def nearest_caption(field: Box, captions: Sequence[Box], used: set[int]) -> int | None:
    """Which caption (by index, skipping `used`) names a field: the nearest on its left in the
    same row, else the nearest just above it; None when none sits there. Shared by the pixel
    reader (OCR lines) and the accessibility tree (unnamed fields and their labels)."""
    left: tuple[int, int] | None = None
    above: tuple[int, int] | None = None
    for i, caption in enumerate(captions):
        if i in used:
            continue
        same_row = field.y <= caption.center[1] < field.bottom
        gap = field.x - caption.right
        if same_row and -4 <= gap <= 250 and (left is None or gap < left[0]):
            left = (gap, i)
        rise = field.y - caption.bottom
        below_it = -4 <= rise <= max(12, caption.h) and field.x - 12 <= caption.x <= field.center[0]
        if below_it and (above is None or rise < above[0]):
            above = (rise, i)
    chosen = left or above
    return None if chosen is None else chosen[1]


def reading_order(items: Iterable[T], key: Callable[[T], Box]) -> list[T]:
    """Top-to-bottom rows, left-to-right within a row; rows are items whose middles align."""
    ordered = sorted(items, key=lambda it: key(it).center[1])
    rows: list[list[T]] = []
    for item in ordered:
        box = key(item)
        if rows:
            ref = key(rows[-1][0])
            if abs(box.center[1] - ref.center[1]) <= max(8, 0.5 * min(box.h, ref.h)):
                rows[-1].append(item)
                continue
        rows.append([item])
    return [it for row in rows for it in sorted(row, key=lambda it: key(it).x)]
