"""A name with a life bracketed as ended before 1950 is history's (public._LIFESPAN):
"Friedrich Wilhelm Raiffeisen (1818–1888) founded ...". It fails at 862b4b4; a recent life's
dates on a funeral home's notice keep the name found (guard)."""

# ruff: noqa: RUF001, RUF002  (the en dash of a lifespan)
from __future__ import annotations

from app.privacy.scrub import Scrubber, detect


def test_a_historical_life_keeps_its_name() -> None:
    text = (
        "Friedrich Wilhelm Raiffeisen (1818–1888) founded the first rural credit co-operative in "
        "Heddesdorf. Today the Raiffeisen movement counts over 900 member banks."
    )
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_recent_life_is_still_a_private_persons() -> None:  # guard
    text = "In loving memory of Margaret Ellison (1938–2024). Service at St Mary's, Friday 11am."
    assert "Margaret Ellison" not in Scrubber().scrub(text)
