# ruff: noqa: RUF001  (a calendar writes its dash as it does)
"""A given name's short form in a text that names the person in full (scrub._short_forms): the
name's first letters, and not an everyday word that a name starts with. The two short forms
fail at eafe5a9; "Chris" after its verb was found there already (a guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("ORGANIZER;CN=Bronwyn Tapsell\nSUMMARY:R&R – Bron home", "Bron"),
        ("Requester: Olumide Adeyemi-Cole\nGood morning, Olu here again", "Olu"),
        ("Name: Christopher Lane\nChris said the party is on", "Chris"),  # guard
    ],
)
def test_a_short_form_goes_with_the_whole_name(text: str, short: str) -> None:
    assert short not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a short form that is an everyday word stays a word
        ("From: William Hart\nWill you come?", "Will you come?"),
        # a word that only starts like the name is none of its short forms
        ("Name: Christopher Lane\nThe Christmas party is on", "Christmas"),
        # without a whole name found, a short form is no one's
        ("Bron home on Friday", "Bron home"),
    ],
)
def test_words_that_are_no_short_form_stay(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
