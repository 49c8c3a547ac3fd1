"""A pronoun's contraction and a weekday's abbreviation are no one."""

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "Your week on Strava: 4 runs · 32.4 km. You're 8% ahead of last week.",
        "Week 50\nMon 08:00-12:00  Editing (4h)\nTue 09:30  Invoice run + VAT quarter",
    ],
)
def test_a_contraction_or_a_weekday_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_chinese_surname_sun_is_still_a_name() -> None:
    assert "Sun Wei" not in Scrubber().scrub("Dear Sun Wei, your visa appointment is on Friday.")
