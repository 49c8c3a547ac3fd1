"""A date right after a found name, in a text that speaks of birth dates, is the person's birth
date (birthdates.dates_after_names). The three dates fail at 4df7612; a date after a name in a
text that speaks of no birth date stays there and here (a guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("mod: real name + dob for the age check pls\nkira_x: Kira Halvorsen, 14/05/2007", "14/05/2007"),
        ("Date of birth for every guest\nGuests (2)\n  Tobias Lund \u2013 22/01/2013 (child)", "22/01/2013"),
        ("Registrar: date of birth for the register?\nWe have Agnes Mary Tolland, 03/04/1939", "03/04/1939"),
    ],
)
def test_a_date_after_a_name_where_birth_dates_are_asked(text: str, born: str) -> None:
    assert born not in Scrubber().scrub(text)


def test_a_date_after_a_name_elsewhere_stays() -> None:  # guard
    assert "12/10/2019" in Scrubber().scrub("Meeting with Kira Halvorsen 12/10/2019 about the lease")
