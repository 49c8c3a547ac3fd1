"""People in a table's column the name lists do not know, and a card's holder in capitals.

At 7af7018 these were kept:
- "Shaz Begum" in a roster's column whose other cells were found as names, on a row with a
  birth date and a mobile;
- "MISS I ACHTERBERG" under a card's number (a title, an initial and a surname in capitals).

Guards that passed then and must still: a column of teams beside a column of captains (no
row holds a person's other data), a title in mixed case before a word in capitals ("Mr A
BOX"), and a card's "VALID THRU" (found as a name then, and so not a guard at 7af7018; it is
kept now).
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber

_ROSTER = (
    "\tBowler\tDOB\tMobile\tAvg\n2\tJodie Carrington\t22/08/1998\t07845 301 662\t168\n"
    "3\tWayne Pritchard\t03/01/1983\t07811 224 930\t192\n4\tShaz Begum\t17/12/1990\t07402 663 118\t155"
)
_TEAMS = (
    "| Team | Captain |\n| Pin Pals | Jodie Carrington |\n| Gutter Gang | Wayne Pritchard |\n"
    "| Alley Cats | Mo Farouk |\n| Split Happens | Lee Rook |"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_ROSTER, "Shaz Begum"),
        ("VISA DEBIT\n4929 4471 6307 7293\nVALID THRU 05/29\nMISS I ACHTERBERG", "ACHTERBERG"),
    ],
)
def test_the_person_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (_TEAMS, "Split Happens"),
        ("Mr A BOX", "BOX"),
        ("VISA DEBIT\n4929 4471 6307 7293\nVALID THRU 05/29\nMISS I ACHTERBERG", "VALID THRU"),
    ],
)
def test_what_is_no_ones_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
