"""A given name and the initial of a surname before a bracket, a dash or the sentence's next
word ("Agent: Raj M. (team 4)", "review from Helen M. - ...", "Agnieszka K. left at 12"), and a
chat's speaker so written without the initial's dot ("Joanne M: can't this week")
(initials._SURNAME_INITIAL). The four fail at 944809f; a plan's letter before the sentence's
next word stays (a guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Call note #4471 · Agent: Imran K. (team 2) · Leeds branch", "Imran K."),
        ('Checkatrade: New 5★ review from Maureen T. - "Tidy and on time"', "Maureen T."),
        ("Site diary: crane late; Wojciech P. left at 11 (dentist)", "Wojciech P."),
        ("Coach Liv: training moved to 7\nBethany R: can't this week, ankle", "Bethany R"),
    ],
)
def test_a_given_name_and_initial(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


def test_a_plan_letter_stays() -> None:  # guard
    assert "Plan B. then" in Scrubber().scrub("If it rains we go with Plan B. then lunch.")
