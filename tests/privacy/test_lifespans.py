# ruff: noqa: RUF001  (obituaries write a span with an en dash)
"""A life's span beside a person's name gives their birth date (birthdates.lifespans)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("Margaret Ellis (12 May 1931 – 2 November 2026)", "12 May 1931"),
        ("In memory of Hilde Brandt * 12.05.1931 † 02.11.2026", "12.05.1931"),
    ],
)
def test_the_birth_date_of_a_named_life_is_found(text: str, born: str) -> None:
    assert born not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # a span of weeks is an event's, and one with no name on its line a contract's
        "Sale runs (1 Dec 2026 – 24 Dec 2026)",
        "Lease (01/03/2010 - 28/02/2025)",
        # a life before anyone living was born is history
        "Napoleon (15 August 1769 – 5 May 1821)",
    ],
)
def test_spans_that_are_no_living_persons_life_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
