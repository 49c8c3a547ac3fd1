"""People the name rules missed at c785ac7 where the text says whose phone or login it is.

Failed then:
- a first name that is an everyday word too, before "'s mobile", "'s email", "'s number"
  ("Pat's mobile 07700 934 518", "Lily's email", "Lorraine's number");
- a login under a JSON key in quotes for who flies or teaches ('"pilot": "marek.dvorak"').

Guards that passed then and must still: a firm's phone after its possessive ("McDonald's phone
number"), a holiday ("King's Birthday"), a program's name under the same key ('"pilot":
"autopilot_v2"').
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Room share: Ann + Bea. Pat's mobile 07700 934 518.", "Pat"),
        ("Lily's email is lily.w@example.net, ask her first", "Lily"),
        ("Lorraine's number is on the rota, call her after six", "Lorraine"),
        ('{"flight_id": "f-9a21", "pilot": "marek.dvorak", "battery": "87%"}', "marek.dvorak"),
    ],
)
def test_the_person_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "McDonald's phone number is on the receipt",
        "Studio closed - King's Birthday public holiday",
        '{"pilot": "autopilot_v2", "mode": "gps"}',
    ],
)
def test_no_one_is_found(text: str) -> None:
    assert Scrubber().scrub(text) == text
