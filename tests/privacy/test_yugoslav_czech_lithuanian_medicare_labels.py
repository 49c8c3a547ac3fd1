"""Personal numbers after labels the scrubber did not know (national_ids._LABEL): Serbia's
JMBG in Cyrillic, a Czech identity card's "Číslo OP", Lithuania's abbreviated "a. k.", a US
Medicare beneficiary's "MBI". They fail at 862b4b4; an order's number after a word that only
looks like a label stays (guard)."""

# ruff: noqa: RUF001  (Cyrillic labels)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Име и презиме: Милош Јовановић\nЈМБГ: 2109985717701", "2109985717701"),
        ("Bydliště: Lidická 27, 602 00 Brno\nČíslo OP: 207164519", "207164519"),
        ("Jūsų prašymas dėl leidimo (a. k. 39202140833) patenkintas.", "39202140833"),
        ("SSN: 425-78-3053   Medicare MBI: 5QW7-HJ2-RT48", "5QW7-HJ2-RT48"),
    ],
)
def test_a_number_after_its_label_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_word_that_ends_like_the_abbreviation_is_no_label() -> None:  # guard
    text = "Pak. k. 39202140833 išsiųsta"
    assert "39202140833" in Scrubber().scrub(text)
