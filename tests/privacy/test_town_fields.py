"""A person's town in a field of its own beside their street or postcode, and an address's
numbered lines (app/privacy/addresses.py's town_fields, data/labels.txt)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Street: 27 Cobbler's Way | Town: Kettering | Postcode: NN16 8PL", "Kettering"),
        ("Adresse : 14 rue des Tanneurs | Ville : Montbrison | Code postal : 42600", "Montbrison"),
        ("Address line 1: Apartment 12 | Address line 2: 9 Quay Street", "Apartment 12"),
    ],
)
def test_the_part_of_the_address_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text", ["City: Leeds | Weather: 11°C, light rain", "Town: Harrogate · Population 75,000"]
)
def test_a_town_without_an_address_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text
