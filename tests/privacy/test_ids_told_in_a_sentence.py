"""A national ID told after its label in Yoruba or Swahili ("ni") or Nigerian Pidgin ("na"),
after a label the chat asks with a question mark, and a Philippine PhilSys card's number by its
card's label (national_ids._LABELLED). The four numbers fail at 4df7612; "my NIN is" passed
there (a guard), and a label's question before a year stays (a guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("E kaaro, NIN mi ni 61830274415 fun iforukọsilẹ", "61830274415"),
        ("Obinna: abeg help me print am, the BVN na 22904718365", "22904718365"),
        ("Kurze Frage, brauchen Sie noch meine Steuer-ID? 57203918464", "57203918464"),
        ("Pangalan: Rowena Dizon\nPhilSys Card Number (PCN): 3318-4020-7719-5526", "3318-4020-7719-5526"),
        ("thanks! my NIN is 70412853916", "70412853916"),  # guard
    ],
)
def test_an_id_told_after_its_label(text: str, number: str) -> None:
    assert number not in Scrubber().scrub(text)


def test_a_question_before_a_year_stays() -> None:  # guard
    text = "What is a passport? 2026 guide for first-time travellers"
    assert Scrubber().scrub(text) == text
