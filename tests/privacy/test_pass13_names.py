"""A lone first name in prose about people, with no label or greeting: after the word for a
relative, with a child's age after it, after a sentence's first word, before a past-tense verb;
and the things those cues must leave alone (examples written for this test)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We are bringing our nephew Leo to the picnic.", "Leo"),
        ("Dinner at Oma Hilde's place on Saturday.", "Hilde"),
        ("Registered: Tobias (9) for the junior chess group.", "Tobias"),
        ("Afterwards Ingrid and the neighbours cleaned the park.", "Ingrid"),
        ("The treasurer said that Wojciech resigned last week.", "Wojciech"),
    ],
)
def test_a_lone_first_name_in_prose_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Queen's Gambit returns for a second season.",
        "A Victoria sponge needs two eggs.",
        "Florence reported record visitor numbers in August.",
        "> Just released version 2.0 of the parser.",
        "- Mark deprecated functions before removing them.",
    ],
)
def test_things_and_places_stay(text: str) -> None:
    assert _names(text) == []


def test_a_letter_spaced_name_is_found_on_any_line_of_a_screen() -> None:
    # the rule read a word gap from the line's own offset against the text's: on every line
    # but the first the words ran together and the name was lost
    screen = "Statement 2026\nN a m e :  M A R T A   K O W A L S K A   D O B   0 4 / 0 5 / 1 9 9 0"
    assert "K O W A L S K A" not in Scrubber().scrub(screen)
