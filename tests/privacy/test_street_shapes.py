"""Street addresses by their shape (app/privacy/addresses.py): a French street's name after its
particles, a hyphenated name, and a sentence or a distance that merely ends in a street's word."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Livraison au 12 rue de la Paix, 75002 Paris", "la Paix"),
        ("Envoyer à 8 rue d'Alsace, 75010 Paris", "Alsace"),
        ("She lives at 14 Saint-Michel Road, Leeds", "Saint-Michel Road"),
        ("my address is 14 larch close, leeds", "14 larch close"),
    ],
)
def test_a_streets_whole_name_is_scrubbed(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Your order KC-20977 is on its way!",
        "Parking: Nelson Street multi-storey (2 min walk)",
        "The station is a 5 minute walk from the hotel.",
    ],
)
def test_a_sentence_or_a_distance_ending_in_a_streets_word_is_no_address(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)
