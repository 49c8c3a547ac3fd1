"""A ship's crew member by rank and a first name the lists know ("Bosun Tony", "Oiler Reza";
names._CREW_RANKED). The two names fail at 4df7612; a rank before a thing's word stays (a
guard there and here)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Bosun Tony to collect shore passes from the gangway watch", "Tony"),
        ("Shore leave tomorrow 1000-1600: 3/E, Oiler Reza, Wiper", "Reza"),
    ],
)
def test_a_crew_member_by_rank(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


def test_a_rank_before_a_thing_stays() -> None:  # guard
    text = "Replace the Wiper Motor and check the Oiler Pump before the Cook Strait crossing"
    assert Scrubber().scrub(text) == text
