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


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("SIM card PUK: 80412297", "SECRET", "80412297"),
        ("Your porting code (PAC) is QWE482913, valid for 30 days", "SECRET", "QWE482913"),
        ("Patente di guida n. MI5123456Z", "NATIONAL_ID", "MI5123456Z"),
        ("Rijbewijsnummer: 4820193377", "NATIONAL_ID", "4820193377"),
        ("Ehliyet No: 604118", "NATIONAL_ID", "604118"),
    ],
)
def test_a_sims_codes_and_driving_licences_in_more_languages(text: str, kind: str, value: str) -> None:
    assert value in [f.value for f in detect(text) if f.kind == kind]


def test_a_text_to_a_short_number_is_no_code() -> None:
    assert [f for f in detect("To switch, text PAC to 65075") if f.kind == "SECRET"] == []
