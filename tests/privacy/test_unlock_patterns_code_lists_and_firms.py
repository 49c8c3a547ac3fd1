"""A phone's unlock pattern, the codes a sentence lists after its first, and firms named by a
trade's word.

At 599e473 these failed:
- an unlock pattern told by its word and the dots it joins ("pattern 1-5-9-6-3", "Entsperrmuster:
  1-2-3-6-9", "Z shape (7-8-9-5-1-2-3)");
- the second and later codes of a list ("Alarm code for the house is 2468, garage 1357");
- a firm's name after a recipient's or a sender's label, ended by its trade's word ("Deliver to:
  Timekeepers Watch Repair", "From: Fernleaf Floral Studio") was taken for a person.

Guards that passed then and must still: a sewing pattern's number and sizes, a knitting
pattern's rows (a dot joined twice is no unlock pattern), a phone number after a code's comma,
and a room after a gate's code.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Screen lock: pattern 1-5-9-6-3", ["1-5-9-6-3"]),
        ("Entsperrmuster: 1-2-3-6-9", ["1-2-3-6-9"]),
        ("Pattern: Z shape (7-8-9-5-1-2-3)", ["7-8-9-5-1-2-3"]),
        ("Alarm code for the house is 2468, garage 1357", ["2468", "1357"]),
        ("codes: front door 4410, back and side 2291, shed 7720", ["4410", "2291", "7720"]),
    ],
)
def test_the_secret_is_found(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for value in values:
        assert value not in scrubbed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Simplicity pattern 8842, size 12-14-16-18", "Simplicity pattern 8842, size 12-14-16-18"),
        ("Knitting pattern rows 1-2-1-2", "Knitting pattern rows 1-2-1-2"),
        ("Door code is 2468, call 0800 123 4567 if stuck", "0800 123 4567"),
        ("Gate code 1188, room 214", "room 214"),
        ("Deliver to: Timekeepers Watch Repair, Unit 5", "Timekeepers Watch Repair"),
        ("From: Fernleaf Floral Studio", "Fernleaf Floral Studio"),
    ],
)
def test_what_is_no_one_s_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
