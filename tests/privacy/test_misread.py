"""Labels and values that OCR misread (app/privacy/misread.py): the same detectors read the
line with the misreadings turned back, and what they find is hidden as the screen wrote it."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pat1ent: Harriet L1ndqvist   Ward 7", "L1ndqvist"),
        ("Acc0unt h0lder: MS TAM5IN OKORO   Meter: 0041", "TAM5IN"),
        ("Pas5enger: ELODIE 8ARNES   Seat 22F", "8ARNES"),
        ("D0B: 1I/O4/1979   Sex: F", "1I/O4/1979"),
    ],
)
def test_a_misread_field_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Flight BA117 · Seat 32K · Gate B41 · A320neo",
        "Bake the 15-minute flatbreads · Serves 4",
        "Encoder h264 · 1080p · 5G ready · Win10",
        "Region: Production EU-1 · Zone A-4",
    ],
)
def test_codes_and_numbers_stay(text: str) -> None:
    assert Scrubber().scrub(text).count("<") == text.count("<")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a short word of a label misread ("0f" for "of") and a date in a form's boxes
        ("Date 0f Birth: O4/1l/1966   Sex: M", "O4/1l/1966"),
        ("Date of birth  [ 07 ] [ 11 ] [ 1990 ]   Sex  [ F ]", "[ 07 ] [ 11 ] [ 1990 ]"),
    ],
)
def test_a_misread_label_word_and_a_boxed_date_are_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_persons_london_address_is_still_found_beside_its_postcode() -> None:
    text = "Deliver to: Amara Osei, 12 Bride Lane, London EC4Y 8DX"
    scrubbed = Scrubber().scrub(text)
    assert "Amara Osei" not in scrubbed and "12 Bride Lane" not in scrubbed, detect(text)
