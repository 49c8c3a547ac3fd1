"""Redaction: a screenshot never shows what the text scrubber would have replaced.

The screens are drawn with Pillow (real text in real boxes); which boxes must be black is
decided by the real Scrubber, so the image and the text path cannot disagree.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.privacy.redact import PAD, ScreenText, redact, to_png
from app.privacy.scrub import Scrubber

#: (text, caption, is a field): one row each, drawn top to bottom.
ROWS = [
    ("Contact ada@example.com", "", False),
    ("Call +44 20 7946 0958", "", False),
    ("IBAN DE89 3704 0044 0532 0130 00", "", False),
    ("Card 4111 1111 1111 1111", "", False),
    ("Dear Ada Lovelace", "", False),
    ("Submit", "", False),
    ("Country: France", "", False),
    ("Ada Lovelace", "Name", True),  # a name only because of its caption
    ("••••••", "Password", True),
    ("", "PIN", True),  # an empty secret field is blacked out too
    ("see you soon", "Comment", True),
]
EXPECTED = ["EMAIL", "PHONE", "IBAN", "CARD", "NAME", None, None, "NAME", "PASSWORD", "PASSWORD", None]


def drawn_screen() -> tuple[np.ndarray, list[ScreenText]]:
    """A white 900x600 screen with each row's text drawn inside a bordered box."""
    image = Image.new("RGB", (900, 600), "white")
    draw = ImageDraw.Draw(image)
    texts = []
    for i, (text, label, field) in enumerate(ROWS):
        box = (200, 20 + 50 * i, 420, 30)
        x, y, w, h = box
        draw.rectangle((x, y, x + w, y + h), outline=(90, 90, 90))
        draw.text((x + 6, y + 8), text.replace("•", "*"), fill=(20, 20, 20))
        if label:
            draw.text((40, y + 8), label, fill=(20, 20, 20))
        texts.append(ScreenText(text, box, label, field))
    return np.asarray(image).copy(), texts


def inside(image: np.ndarray, box: tuple[int, int, int, int], pad: int = 0) -> np.ndarray:
    x, y, w, h = box
    return image[max(0, y - pad) : y + h + pad, max(0, x - pad) : x + w + pad]


def test_every_box_the_scrubber_would_change_and_every_password_field_is_black() -> None:
    original, texts = drawn_screen()
    result = redact(original, texts)
    covered = {c.box: c.kind for c in result.covered}
    assert [covered.get(t.box) for t in texts] == EXPECTED
    for item, kind in zip(texts, EXPECTED, strict=True):
        if not item.field:  # the scrubber itself agrees with what was blacked out
            assert (Scrubber().scrub(item.text) != item.text) == (kind is not None), item.text
        region = inside(result.image, item.box, PAD)
        if kind is None:
            assert np.array_equal(region, inside(original, item.box, PAD)), item.text
        else:
            assert not region.any(), f"{item.text!r} is not black"
            assert inside(original, item.box).min() < 100  # there was text to hide
    mask = np.ones(original.shape[:2], dtype=bool)
    for c in result.covered:
        x, y, w, h = c.box
        mask[y - PAD : y + h + PAD, x - PAD : x + w + PAD] = False
    assert np.array_equal(result.image[mask], original[mask])  # nothing else was touched
    assert original.max() == 255  # the input is left as it was
    assert result.uncovered == ()


def test_personal_text_in_a_caption_without_a_box_is_reported_not_hidden() -> None:
    original, _ = drawn_screen()
    result = redact(original, [ScreenText("", (20, 20, 16, 16), "Mail receipts to ada@example.com")])
    assert result.uncovered == ("EMAIL",) and result.covered == ()


def test_a_pil_image_is_redacted_like_its_pixels() -> None:
    original, texts = drawn_screen()
    from_pil = redact(Image.fromarray(original), texts)
    assert np.array_equal(from_pil.image, redact(original, texts).image)


@pytest.mark.parametrize(
    ("pixels", "message"),
    [
        (np.zeros((10, 10), dtype=np.uint8), r"uint8 \(10, 10\)"),
        (np.zeros((10, 10, 3), dtype=np.float32), r"float32 \(10, 10, 3\)"),
    ],
)
def test_a_screenshot_that_is_not_an_rgb_image_is_a_clear_error(pixels: np.ndarray, message: str) -> None:
    with pytest.raises(ValueError, match=rf"must be an RGB image.*{message}"):
        redact(pixels, [])


def test_a_box_with_a_negative_size_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="negative size"):
        redact(np.zeros((10, 10, 3), dtype=np.uint8), [ScreenText("x", (1, 1, -3, 2))])


def test_png_is_scaled_down_to_the_width_and_black_boxes_stay_black() -> None:
    original, texts = drawn_screen()
    wide = np.concatenate([original, original], axis=1)  # 1800 x 600
    black = redact(wide, texts).image
    png = to_png(black, max_width=1024)
    picture = Image.open(io.BytesIO(png))
    assert picture.format == "PNG" and picture.size == (1024, round(600 * 1024 / 1800))
    scaled = np.asarray(picture.convert("RGB"))
    factor = 1024 / 1800
    x, y, w, h = texts[0].box  # the e-mail: its middle is black at the smaller size too
    middle = scaled[
        round((y + 8) * factor) : round((y + h - 8) * factor),
        round((x + 8) * factor) : round((x + w - 8) * factor),
    ]
    assert middle.size and not middle.any()
    small = Image.open(io.BytesIO(to_png(original, max_width=1024)))
    assert small.size == (900, 600)  # never scaled up


def test_png_needs_a_positive_width() -> None:
    with pytest.raises(ValueError, match="at least 1 pixel"):
        to_png(np.zeros((4, 4, 3), dtype=np.uint8), max_width=0)
