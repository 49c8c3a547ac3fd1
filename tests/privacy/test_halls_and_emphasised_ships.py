"""A hall's name that starts with its word ("presso la Sala Giuseppe Verdi", public._HALL_FIRST)
and a ship's name in markdown's emphasis after its prefix ("MV *Thomas Telford*",
scrub._SHIP_PREFIX) name no person. They fail at 862b4b4; a person met in such a hall stays
found (guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("- Ship-in of fertiliser on MV *Thomas Telford* delayed to 14 Jan", "Thomas Telford"),
        (
            "Il Consorzio celebra i 125 anni presso la Sala Giuseppe Verdi, Via Garibaldi 3, Ravenna.",
            "Giuseppe Verdi",
        ),
    ],
)
def test_the_thing_keeps_its_name(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text), detect(text)


def test_a_person_met_in_the_hall_is_still_found() -> None:  # guard
    assert "Anna Weber" not in Scrubber().scrub("Meeting in Sala Verdi with Anna Weber at 10")
