# ruff: noqa: RUF001  (the Arabic comma of Urdu, Bengali digits)
"""A house and its road by their words and numbers in Bengali and Urdu, with up to three places
after them, and a Tamil door's number and street before the city's PIN
(addresses._SOUTH_ASIAN_HOUSE). The three addresses fail at 4df7612; the sentence after an
Urdu address's places stays there and here (a guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("ডেলিভারি দিন বাসা ১২, রোড ৭, উত্তরা সেক্টর ৪, ঢাকা", "রোড ৭"),
        ("گواہ: ناصر محمود، مکان نمبر 18، گلی 4، ایف-8/3، اسلام آباد", "گلی 4"),
        ("புகார்: 27, நேரு தெரு, சேலம் 636007", "நேரு தெரு"),
    ],
)
def test_a_south_asian_house_and_road(text: str, part: str) -> None:
    assert part not in Scrubber().scrub(text)


def test_the_sentence_after_the_places_stays() -> None:  # guard
    text = "فلیٹ B-12، بلاک 7، گلشن اقبال، کراچی کا بل اس ماہ 48,200 روپے آیا ہے"
    assert "روپے آیا ہے" in Scrubber().scrub(text)
