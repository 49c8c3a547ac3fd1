"""A birth date whose day is a word (an English ordinal; Spanish, Portuguese, French, Italian
or German words), or whose numbers stand apart between spaced slashes (issue 16,
thirty-fourth session).

Consent forms and certificates write the day in words ("Date of Birth: Nineteenth of June,
1995", "born on the fifth of May, 1990"), and a card's printed boxes leave spaces round the
slashes ("D.O.B: 19 / 07 / 2022"); a notary's deed or a certificate in Spanish or German
writes "catorce de marzo de 1988", "am vierzehnten März 1988". At 387342c each date of the
first test was kept: the day had to be digits. The guards are dates in words that are no
birth's, which came back unchanged before and must now.
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
        ("Fecha de nacimiento: catorce de marzo de 1988", "catorce de marzo de 1988"),
        ("Date de naissance : le quatorze mars 1988", "quatorze mars 1988"),
        ("Geboren am vierzehnten März 1988 in Köln", "vierzehnten März 1988"),
        ("Data di nascita: quattordici marzo 1988", "quattordici marzo 1988"),
        ("Data de nascimento: vinte e dois de março de 1988", "vinte e dois de março de 1988"),
    ],
)
def test_a_birth_date_in_words_or_spaced_boxes(text: str, date: str) -> None:
    assert date in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "The AGM is on the first of May 2026, in the church hall.",
        "La reunión es el catorce de marzo de 2026.",
    ],
)
def test_a_date_in_words_that_is_no_birth_stays(text: str) -> None:
    assert _dates(text) == []
