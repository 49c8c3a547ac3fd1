"""A known first name and a known surname at a sentence's start, on a line with personal data.

A sentence's first word is capitalised for its place, so on a personal line it was taken for a
name only where it spoke, was greeted or acted. A first name and a surname that the lists both
know are a person wherever they stand: "2. Mehmet Ali Karaca, Radio surveyor, mob ...", "Partner:
Tamsin Hale   Partner DOB: ...". Every case of FULL_NAMES fails at e548393; the guards (a place's
and a firm's words at a sentence's start beside a phone) pass there and must keep passing.
"""

import pytest

from app.privacy.scrub import Scrubber

FULL_NAMES = [
    ("2. Mehmet Ali Karaca, Radio surveyor (GMDSS), mob +90 532 618 4720", "Mehmet Ali Karaca"),
    ("Partner: Tamsin Hale   Partner DOB: 19/01/1995", "Tamsin Hale"),
    ("Младоженка: Деница Иванова Георгиева, ЕГН 9307214465", "Деница Иванова Георгиева"),
]

GUARDS = [
    "Visit us. Victoria Station, London, 0345 711 4141",
    "Bookings: Grand Hotel Europa, +43 512 5931",
]


@pytest.mark.parametrize(("text", "value"), FULL_NAMES)
def test_full_name_at_a_sentence_start_is_masked(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", GUARDS)
def test_places_and_firms_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
