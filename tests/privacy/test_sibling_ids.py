"""A number told right after a found ID, with the same shape, as another of its kind.

At 5ca31b5 this failed: "My husband's passport number is 536218840, mine is 119472655" kept
the second number, and "Passport no. C01X00T47, the old one is C03K99R21" the old passport.

Guards that passed then and must still: a number of the same length after a found ID but with
no cue ("Order total is 119472655"), and a cued number of another shape ("mine is 4410").
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My husband's passport number is 536218840, mine is 119472655.", "119472655"),
        ("Passport no. C01X00T47, the old one is C03K99R21", "C03K99R21"),
    ],
)
def test_the_second_number_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Passport number: 536218840. Order total is 119472655", "119472655"),
        ("Passport number: 536218840, mine is 4410", "4410"),
    ],
)
def test_what_is_no_one_s_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
