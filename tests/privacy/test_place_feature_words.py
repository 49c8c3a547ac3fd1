"""A dive site, a rink or a farm named by a word and its feature: "Stoney Cove", "Vobster
Quarry", "Blue Corner Reef", "Murrayfield Rink", "Willow Farm". At 7af7018 the pair was a first
name and a surname to the name rules; the feature word after it now makes it a place, as "Bay",
"Lake" and "Harbour" did. ("Vobster Quarry" was kept then too, "Vobster" being no listed name;
it stays as the same cause's check.)

Guards that passed then and must still: a person with a label before them, and a name after
"Meeting with".
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "place",
    ["Stoney Cove", "Vobster Quarry", "Stoney Reef", "Murray Rink", "Willow Farm", "Hazel Manor"],
)
def test_the_place_is_kept(place: str) -> None:
    text = f"Dive 2026-10-12 10:41  {place}  max 35.1m  avgT 11C"
    assert place in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Contact: Anna Farmer, 07700 900123", "Anna Farmer"),
        ("Meeting with Rosalind Achterberg at 3pm", "Rosalind Achterberg"),
    ],
)
def test_the_person_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)
