"""A security question's answer after an arrow, as notes and proof-of-life sheets write it.

At 5ca31b5 these failed: "First car? -> red Toyota Tazz", "Street you grew up on? ->
Voortrekker Rd", "mother's maiden name → "Sibanda"" (the answer rules wanted a colon or an
"Answer" word).

Guards that passed then and must still: an arrow later in a sentence after a question that is
not a recovery question's.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Proof-of-life Q1: First car? -> red Toyota Tazz", "Toyota Tazz"),
        ("Proof-of-life Q2: Street you grew up on? -> Voortrekker Rd", "Voortrekker"),
        ('Security question on file: mother\'s maiden name → "Sibanda"', "Sibanda"),
    ],
)
def test_the_answer_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("First car? A Ford, obviously -> moving on", "moving on"),
        ("Where to next? -> the lake", "the lake"),
    ],
)
def test_what_is_no_one_s_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
