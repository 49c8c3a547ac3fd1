# ruff: noqa: RUF001
"""First names that are words too, taken where a cue says a person is meant
(app/privacy/names.py): thanks and wishes, an introduction with where one is from, how one is
called, an app's match, a bracket with an age or a role, and a message's signature."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Good luck at the interview tomorrow, Faith.", "Faith"),
        ("ok Precious, I'll send it tonight", "Precious"),
        ("Hi it's Hope at the nursery, Leo has a temperature", "Hope"),
        ("her name's Summer and she starts Monday", "Summer"),
        ("You and Amber matched! Start the conversation", "Amber"),
        ("Tables: 2 adults + 1 child (Ruby, 4)", "Ruby"),
        ("Tue 10:00 | Patience (cleaner) | key under the mat", "Patience"),
        ("running late, start the meeting without me please – Hunter", "Hunter"),
        ("can you feed the cat tonight, back on sunday – holly x", "holly"),
        ("bin morgen nicht da, bitte Bescheid geben – lg marta", "marta"),
    ],
)
def test_the_person_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Traffic light colour – Amber",
        "Now playing: Bohemian Rhapsody — Queen",
        "Thanks for the update, Summer is here.",
        "Ok great, June works for me.",
        "Mood board (Ivy, 2024) — greens and golds",
    ],
)
def test_no_person_is_found(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_relative_named_after_someones_possessive_is_found() -> None:
    scrubbed = Scrubber().scrub("Lift home with Hunter's dad, Bill Okonkwo-Reyes, after training")
    assert "Bill Okonkwo-Reyes" not in scrubbed and "after training" in scrubbed


def test_a_word_name_with_a_double_barrelled_listed_surname_is_found() -> None:
    assert "Hope Okafor-Bennett" not in Scrubber().scrub("Seat 12 | Hope Okafor-Bennett | vegetarian")
