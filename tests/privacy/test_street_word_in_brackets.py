"""A street named after its leading street word is a street also where a bracket opens it.

At 220efd3 the first case had the street's name taken for a person: the leading street word was
read with the bracket before it, "(ulice", and so was no street word. The Spanish and Italian
streets were left then (by other rules) and are guards, as is a person in brackets.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "Brigáda v sobotu u klubovny (ulice Na Stráži).",
        "Nos vemos en el bar (calle Mayor Gómez) a las 8.",
        "Ritrovo al parcheggio [via Marco Polo] alle 9.",
    ],
)
def test_a_street_in_brackets_is_left(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_person_in_brackets_stays_a_person() -> None:
    assert "Jana Nováková" not in Scrubber().scrub("Předáno (Jana Nováková) v 9:00.")
