"""A Pakistani mobile written as Britain writes its 03 access lines ("0300 412 8897"): on an Urdu
or Arabic screen, or told as someone's own number, it is a person's (scrub._pakistani_mobile).
Both fail at 944809f; a British 0300 line a public body prints stays (a guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("رابطہ: 0321 558 4470", "0321 558 4470"),
        ("Can you send the menu to Bilal? His number is 0333 719 2046.", "0333 719 2046"),
    ],
)
def test_a_pakistani_mobile_in_the_uk_access_grouping(text: str, number: str) -> None:
    assert number not in Scrubber().scrub(text)


def test_a_british_access_line_stays() -> None:  # guard
    text = "Call the council tax team on 0300 123 4567 (Mon-Fri)."
    assert "0300 123 4567" in Scrubber().scrub(text)
