"""Phones written the way Georgia, Armenia, Kazakhstan and Iceland write them, without a label.

At 77695bb the Georgian and the Icelandic phone here were left: a bare number is read with the
numbering plans of the countries whose script or letters its text is in, and these had none
("599 48 21 73" on a Georgian line, Iceland's seven digits "822 4471"). The Armenian and the
Kazakh phone were found then by their length alone and stay found with their countries' plans.
Amounts, versions and hours on such lines are guards; they passed then too.
"""

# ruff: noqa: RUF001  (Cyrillic, Georgian and Armenian letters)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("მშობელი თამარი, 599 48 21 73, მოვა ხვალ", "599 48 21 73"),
        ("Արամ, զանգիր ինձ 094 117 302 երեկոյան", "094 117 302"),
        ("Гүлнар апай, мына нөмірге хабарласыңыз: 8 701 482 3317", "8 701 482 3317"),
        ("Sigurður kemur á morgun, SMS á 822 4471 ef eitthvað breytist.", "822 4471"),
    ],
)
def test_the_phone_is_found(text: str, phone: str) -> None:
    assert phone not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "ფასი 2 500 000 ლარი, ვერსია 4.1.2",
        "Tilboð: 12 900 kr. Opið 10–18 alla daga, útgáfa 3.2.1",
        "Баға: 1 250 000 теңге, нұсқа 2.4.0",
    ],
)
def test_amounts_and_versions_are_left(text: str) -> None:
    assert Scrubber().scrub(text) == text
