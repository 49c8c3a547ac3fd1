"""A player's handle after a game's word for it or for a player (names._GAMER_HANDLE): "Gamer
tag xX_Reaper_Xx", "Steam friend DarkPhoenix1987", "ShadowFox_92 reported NightOwl77",
"Account: vortex.king09". They fail at 862b4b4; a word after those cues, an account's number
and a marketplace's seller ID in capitals stay (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Gamer tag xX_Reaper_Xx (parental consent required)", ["xX_Reaper_Xx"]),
        ("Your Steam friend DarkPhoenix1987 is now online.", ["DarkPhoenix1987"]),
        (
            "Player report: ShadowFox_92 reported NightOwl77 for harassment in match #88213-EU",
            ["ShadowFox_92", "NightOwl77"],
        ),
        ("my son made purchases on my account without permission. Account: vortex.king09", ["vortex.king09"]),
    ],
)
def test_a_players_handle_is_found(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    assert not [value for value in values if value in scrubbed]


@pytest.mark.parametrize(
    "text",
    [
        "Your account ABC-1234 has been updated. Player 2 joined.",
        "Account number: 12345678",
        "Seller account: A3K9Q2XR81LMB (Harbour Lights Trading Ltd)",
    ],
)
def test_other_words_after_the_cues_stay(text: str) -> None:  # guards
    assert Scrubber().scrub(text) == text, detect(text)
