"""Serbian's form labels, and the word for a code in Serbian, Croatian and Catalan.

At 220efd3 the birth date and the three codes here were left: the label table had no Serbian
line (Cyrillic "Датум рођења", "Лозинка", "ЈМБГ"), and a code told after "шифра", "šifra" or
Catalan "codi" was not read as a code. The name after "Име и презиме" was found then too (by
its shape) and is a guard, as are an article's code and a postcode after those words, and a
date that is no birth date.
"""

# ruff: noqa: RUF001  (Serbian's Cyrillic letters)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Датум рођења: 14.03.1991.\nИспит положен 22.05.2027.", "14.03.1991"),
        ("Име и презиме: Ненад Јовић\nТелефон: 064 123 4567", "Ненад Јовић"),
        ("Ана, шифра за катанац на подруму је 5830. Поздрав", "5830"),
        ("Šifra za ulaz u zgradu je 4482.", "4482"),
        ("El codi de la porta és 2719, gràcies!", "2719"),
    ],
)
def test_a_serbian_label_or_a_code_word_is_read(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Шифра артикла 48213, цена 1200 дин.",
        "El codi postal és 08012.",
        "Испит положен 22.05.2027. у Београду",
    ],
)
def test_what_is_no_ones_is_left(text: str) -> None:
    assert Scrubber().scrub(text) == text
