"""A date alone in brackets right after a found name, from before anyone at work was born by, is
that person's birth date in a list of travellers, a crew or a household, with no birth word on
the screen (birthdates._BRACKETED_DATE_AFTER_A_NAME). The three dates fail at 944809f; a recent
date in brackets after a name (a meeting's) and a range of years stay (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Begleitpersonen: Helga Wiesinger (14.09.1968), Moritz (02.11.2009)", "14.09.1968"),
        ("Begleitpersonen: Helga Wiesinger (14.09.1968), Moritz (02.11.2009)", "02.11.2009"),
        ("Crew list: Tomasz Wielgosz (1987-05-30), skipper", "1987-05-30"),
    ],
)
def test_a_bracketed_date_after_a_name_is_a_birth_date(text: str, date: str) -> None:
    assert date not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Follow-up call with Helga Wiesinger (14.09.2026) went well", "14.09.2026"),
        ("Portrait of Marie Curie (1867-1934) in the hall", "1867-1934"),
    ],
)
def test_other_dates_in_brackets_stay(text: str, kept: str) -> None:  # guard
    assert kept in Scrubber().scrub(text)
