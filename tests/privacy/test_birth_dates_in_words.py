"""A birth date whose day is an English ordinal word, or whose numbers stand apart between
spaced slashes (issue 16, thirty-fourth session).

Consent forms and certificates write the day in words ("Date of Birth: Nineteenth of June,
1995", "born on the fifth of May, 1990"), and a card's printed boxes leave spaces round the
slashes ("D.O.B: 19 / 07 / 2022"). At 387342c each date of the first test was kept: the day had
to be digits. The guard is an ordinal date that is no birth's, which came back unchanged before
and must now.
The dates are made up for these tests; none is a corpus line's.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _dates(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "DOB"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Client: Ronan Tierney\nDate of Birth: Twenty-third of August, 1991",
            "Twenty-third of August, 1991",
        ),
        ("Date of birth: the twelfth of March 1988", "the twelfth of March 1988"),
        ("She was born on the fifth of May, 1990, in Galway.", "the fifth of May, 1990"),
        ("IMMUNISATION CARD\nD.O.B: 04 / 11 / 2021", "04 / 11 / 2021"),
    ],
)
def test_a_birth_date_in_words_or_spaced_boxes(text: str, date: str) -> None:
    assert date in _dates(text)


def test_an_ordinal_date_that_is_no_birth_stays() -> None:
    assert _dates("The AGM is on the first of May 2026, in the church hall.") == []
