"""Numbers OCR read letters into (app/privacy/misread.py, scrub._misread_phones): a phone's
digits read as O, I, l, S or B, after a label OCR misread too ("Te1:") or none."""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("C0NTACT SHEET\nTe1: O7911 2S3 4O6", "O7911 2S3 4O6"),
        ("Next 0f kin: Mrs D. Achterberg (Aunt)  O7700 9OO 4l2", "O7700 9OO 4l2"),
        ("Mob1le: 07801 B46 92O   Shift: Sun 2pm-10pm", "07801 B46 92O"),
    ],
)
def test_a_phone_ocr_misread_is_found_as_written(text: str, phone: str) -> None:
    assert phone in [f.value for f in detect(text) if f.kind == "PHONE"]


@pytest.mark.parametrize("text", ["Serial SO 123 456 IO", "Postcode: B1 5OS, Ref SO 1234"])
def test_codes_with_those_letters_are_no_phone(text: str) -> None:
    assert [f for f in detect(text) if f.kind == "PHONE"] == []
