"""Names that belong to no one on the screen, by cause (issue 16, sixth pass).

Each example was written for this test: a street, a saint, shops in the possessive, a work's
publication, history, a fashion house, a character under a title on a line about a work. Each
cause keeps its guard narrow, so the personal lines next to them still lose their names.
"""

# ruff: noqa: RUF001  (the examples are written in their own languages)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "Rua Augusta fechada ao trânsito.",
        "Via Marco Polo chiusa per lavori.",
        "Sokak Ahmet Rasim kapalı.",
        "Calle Alberto Aguilera cortada por obras.",
        "The St. Andrew's Day ceilidh starts at eight.",
        "Greggs's and Nando's both extended their opening hours.",
        "Der Zauberberg von Thomas Mann erschien 1924.",
        "On this day: Ada Lovelace was born in London on 10 December 1815.",
        "Vivienne Westwood and Karl Lagerfeld showed menswear on the same runway show.",
        "Dr. Jekyll is the protagonist of the novel.",
    ],
)
def test_things_and_public_figures_named_like_people_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Daan Bakker: ik ben er om tien uur", "Daan Bakker"),
        ("Dear Dr. Imogen Faulkner, your results are ready.", "Imogen Faulkner"),
        ("Patient: Ottilie Brandstetter, born 1951-04-02", "1951-04-02"),
        ("Sehr geehrter Herr Santos, anbei die Rechnung.", "Santos"),
    ],
)
def test_people_next_to_those_cues_are_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_birth_date_before_1900_is_history() -> None:
    from app.privacy.birthdates import historical

    assert historical("15 August 1769") and historical("1815-12-10")
    assert not historical("02.03.1951") and not historical("2001年4月1日")
