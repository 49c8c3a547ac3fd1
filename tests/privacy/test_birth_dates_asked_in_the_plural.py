"""Birth dates a chat lists after names, where it asked for them in the plural.

At 5ca31b5 this failed: "need DOBs for the insurance form" then "Ethan Brooks 2011-07-04, Ava
Brooks 2013-01-15" kept the dates: the cue for a birth date was "DOB" in the singular.

Guards that passed then and must still: the plural with no name and date after it, and a date
after a name in a text that asks for no birth date.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


def test_the_dates_after_the_names_are_found() -> None:
    text = (
        "Pastor Jen: need DOBs for the insurance form by tonight pls\n"
        "Mark H: Ethan Brooks 2011-07-04, Ava Brooks 2013-01-15\nLeah: Noah Kimani 12/10/2012"
    )
    scrubbed = Scrubber().scrub(text)
    for value in ("2011-07-04", "2013-01-15", "12/10/2012"):
        assert value not in scrubbed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("DOBs are checked at the door from 2026-01-05", "2026-01-05"),
        ("Shift swap: Ethan Brooks 2027-01-04, Ava Brooks 2027-01-15", "2027-01-04"),
    ],
)
def test_what_is_no_one_s_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
