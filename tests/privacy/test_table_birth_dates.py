"""A pipe table whose header cell holds a comma ("Family name, given names") is read by its
pipes, and a birth date's column that gives the place too ("12/03/1975 Batangas") gives its
date (labelled._columns). The two dates fail at 4df7612; the plain table's passes there (a
guard), and a place stays."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber

_CREW = (
    "No | Surname, given names | Rank | Date and place of birth | Passport\n"
    "1  | OKORO, Emeka Daniel  | Bosun | 14/07/1979 Warri | A07731942\n"
    "2  | LINDQVIST, Per Erik  | Cook  | 02/11/1985 Umeå  | 91827364"
)


@pytest.mark.parametrize(
    ("text", "born"),
    [
        (_CREW, "14/07/1979"),
        (_CREW, "02/11/1985"),
        ("Name | Date of birth | Nationality\nAna Lima | 12/03/1975 | BRA", "12/03/1975"),  # guard
    ],
)
def test_a_birth_date_in_its_column(text: str, born: str) -> None:
    assert born not in Scrubber().scrub(text)


def test_the_place_of_birth_stays() -> None:
    assert "Warri" in Scrubber().scrub(_CREW)
