"""Black out personal text in a screenshot before it may leave the machine.

A screenshot shows everything the text scrubber would have replaced: the e-mail in a field,
the name after "Dear", a card number in a table. `redact()` takes the pixels and the texts read
on them (OCR, with their boxes) and paints every box black whose text the scrubber would change
(the same `detect()`, so text and image agree), every password field whatever it shows, and
every field whose caption names personal data (`app.privacy.fields`), whole or cut short.
Values the request already knows are personal (`known`, from `app.privacy.request`) are
blacked out wherever a box shows them or a piece of them.
A caption folded into a widget (a field's "Name", a check box's text) has no box of its own
here: its text is read together with the widget's (so "Name: Ada Lovelace" is a name), and when
the caption itself holds personal data it is reported as `uncovered`, because no box can hide
it; a caller then keeps the screenshot home. Text OCR did not read cannot be found, so it is
not blacked out.

Plain tuples for boxes keep this module free of the desktop package, below which it sits.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image

from app.privacy.fields import field_kind
from app.privacy.scrub import MIN_KNOWN, detect

#: x, y, width, height in pixels.
BoxTuple = tuple[int, int, int, int]
RGB = npt.NDArray[np.uint8]

#: A field named like this holds a secret, whatever it shows (the safety policy's words).
#: What a masked field shows, as OCR reads its dots.
#: OCR boxes hug the glyphs; a little margin also covers anti-aliased edges.
PAD = 2


@dataclass(frozen=True)
class ScreenText:
    """One text read on screen: what it says, where, the caption naming it, whether it is an
    input field, and whether the accessibility tree says it is a password field (blacked out
    even when empty or masked)."""

    text: str
    box: BoxTuple
    label: str = ""
    field: bool = False
    secret: bool = False


@dataclass(frozen=True)
class Screenshot:
    """A screen as captured, before redaction: RGB pixels (numpy array or PIL image) and every
    text read on it."""

    pixels: Any = field(repr=False, compare=False)
    texts: tuple[ScreenText, ...]


@dataclass(frozen=True)
class Covered:
    """One blacked-out box and why: a scrubber kind (EMAIL, NAME, CARD...) or PASSWORD."""

    kind: str
    box: BoxTuple


@dataclass(frozen=True)
class Redacted:
    image: RGB = field(repr=False, compare=False)
    covered: tuple[Covered, ...]
    #: Kinds found in captions that have no box of their own: this image must not leave.
    uncovered: tuple[str, ...] = ()


def rgb(pixels: Any) -> RGB:
    """A copy of `pixels` as an (H, W, 3) uint8 array; a clear error for anything else."""
    if isinstance(pixels, Image.Image):
        return np.array(pixels.convert("RGB"), dtype=np.uint8)
    array = np.asarray(pixels)
    if array.ndim != 3 or array.shape[2] not in (3, 4) or array.dtype != np.uint8:
        raise ValueError(
            f"a screenshot must be an RGB image: a PIL image or a uint8 array of shape (H, W, 3); "
            f"got {array.dtype} {array.shape}"
        )
    return np.array(array[:, :, :3], dtype=np.uint8)


_SECRET_FIELD = re.compile(r"\b(password|passcode|passphrase|pin|secret|token|cvv|cvc)\b", re.I)
_MASKED = re.compile(r"^[•●*·]{2,}$")


def is_secret_field(label: str, text: str) -> bool:
    """A field for a secret: its label says so, or it shows only mask dots. The safety policy
    asks before typing into one; a screenshot never shows one."""
    return bool(_SECRET_FIELD.search(label) or _MASKED.match(text.strip()))


def is_masked(text: str) -> bool:
    """Only mask dots: nothing of the value shows."""
    return bool(_MASKED.match(text.strip()))


def _kinds_in(text: str, start: int) -> list[str]:
    """Kinds of the findings in `text` that reach past `start` (the part a box shows)."""
    return [f.kind for f in detect(text) if f.end > start]


def _known_kind(text: str, known: Mapping[str, str]) -> str | None:
    """The kind of a known value this text shows, whole or in part (OCR splits "Jane Doe"
    into two boxes and cuts a long address short)."""
    shown = text.strip().casefold()
    if len(shown) < MIN_KNOWN:
        return None
    for value, kind in known.items():
        if re.search(rf"(?<!\w){re.escape(value)}(?!\w)", shown) or re.search(
            rf"(?<!\w){re.escape(shown)}(?!\w)", value
        ):
            return kind
    return None


def _why(item: ScreenText, known: Mapping[str, str]) -> str | None:
    """Why this box must be blacked out, or None."""
    if item.secret or (item.field and is_secret_field(item.label, item.text)):
        return "PASSWORD"
    if not item.text.strip():
        return None
    if item.field and not is_masked(item.text):
        by_caption = field_kind(item.label)
        if by_caption is not None:
            return by_caption
    kinds = _kinds_in(item.text, 0)
    if not kinds and item.label:
        # The caption gives the text its meaning: "Name" + "Ada Lovelace" is a name.
        caption = f"{item.label.strip().rstrip(':').strip()}: "
        kinds = _kinds_in(caption + item.text, len(caption))
    return kinds[0] if kinds else _known_kind(item.text, known)


def redact(
    pixels: Any,
    texts: tuple[ScreenText, ...] | list[ScreenText],
    known: Mapping[str, str] | None = None,
) -> Redacted:
    """The screenshot with every personal text box and password field painted black; `known`
    maps values (lower case) the request holds as personal onto their kinds."""
    image = rgb(pixels)
    height, width = image.shape[:2]
    covered: list[Covered] = []
    uncovered: list[str] = []
    for item in texts:
        x, y, w, h = item.box
        if w < 0 or h < 0:
            raise ValueError(f"box {item.box} of {item.text!r} has a negative size")
        uncovered += [f.kind for f in detect(item.label)]
        kind = _why(item, known or {})
        if kind is None:
            continue
        left, top = max(0, x - PAD), max(0, y - PAD)
        right, bottom = min(width, x + w + PAD), min(height, y + h + PAD)
        image[top:bottom, left:right] = 0
        covered.append(Covered(kind, item.box))
    return Redacted(image, tuple(covered), tuple(dict.fromkeys(uncovered)))


def to_png(image: RGB, max_width: int = 1024) -> bytes:
    """PNG bytes of `image`, scaled down (never up) to at most `max_width` pixels wide."""
    if max_width < 1:
        raise ValueError(f"max_width must be at least 1 pixel, not {max_width}")
    picture = Image.fromarray(rgb(image))
    if picture.width > max_width:
        height = max(1, round(picture.height * max_width / picture.width))
        picture = picture.resize((max_width, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()
