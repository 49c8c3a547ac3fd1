"""A consulate's "Citizen:" labels a person as a role does (a full name, or a first name the
lists know: data/labels.txt, names._ROLE_LABELS), and a boat named after someone names no one
(public._THING_BEFORE; fields._THING). The citizen and the two boats fail at 4df7612; a citizen's
"Yes" and a boat's owner are as they were there (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


def test_a_citizen_by_the_consulates_label() -> None:
    text = "Consular registration — Citizen: Nguyễn Thị Thu Hà, Passport: C4471920"
    assert "Thu Hà" not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('Skipper: Hamish Drummond · Vessel: "Saoirse" (Bavaria 36) · Berth C14', '"Saoirse"'),
        ("Boat name: Saoirse · Berth C14 · Arrival 14:00", "Saoirse"),
        ("Citizen: Yes · Resident: No", "Citizen: Yes"),  # guard
    ],
)
def test_no_one_is_named(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)


def test_a_boats_owner_is_a_person() -> None:  # guard
    assert "Saoirse Kelly" not in Scrubber().scrub("Boat owner: Saoirse Kelly · Berth C14")
