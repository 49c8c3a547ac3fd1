"""Codes and answers the secret rules did not read at 29be316.

Failed then:
- a Wi-Fi's key under a settings key with a prefix ("box_wifi_key: ...");
- a key safe's code as a setting ('key_safe: "C2947"');
- a security answer after "Answer given:";
- a card's security code in a table's "CVV" column.

Guards that passed then and must still: where the key safe is ("key safe: round the back"),
a lock box's location ("lockbox_location: side door").
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("venue:\n  name: Boat house\n  boathouse_wifi_key: Sculler-4471", "Sculler-4471"),
        ('- hut: Glen Affric\n  key_safe: "K7305"', "K7305"),
        ('Security question: "First school?" Answer given: Brambleside — verified', "Brambleside"),
        ("Date\tGuest\tCard\tExp\tCVV\n04/12\tJ. Moretti\t4556 1880 4421 9304\t07/28\t631", "631"),
    ],
)
def test_the_secret_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    ["key safe: round the back, by the bins", "lockbox_location: side door"],
)
def test_where_a_code_is_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text
