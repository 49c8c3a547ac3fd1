"""A family's own record dates its people, however old the year (public.FAMILY_RECORD): a
parish register's or a relative's birth before 1900 is a private person's birth date, and a
great-grandmother "born in 1889" is no figure of history. They fail at 862b4b4; history's own
births stay (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Thomas Kelly b. 1902 — son of Michael Kelly and Bridget Kelly née Walsh (b. 14 May 1875)",
            "14 May 1875",
        ),
        ("Kirchenbuch Ulm 1872: Taufe des Johann Georg Weber, geboren am 3. März 1872", "3. März 1872"),
        ("Family tree — Doyle line\nName: Mary Ellen Doyle\nDate of birth: 2 Mar 1889", "2 Mar 1889"),
        (
            "Registro de bautismo, 1894: Juan Bautista Lozano, nació el 12 de marzo de 1894.",
            "12 de marzo de 1894",
        ),
        (
            "My great-grandmother Mary Ellen Doyle was born in 1889 in Skibbereen and married in 1911.",
            "Mary Ellen Doyle",
        ),
    ],
)
def test_a_family_records_people_are_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Napoleon Bonaparte was born in Ajaccio on 15 August 1769 and buried at Les Invalides.",
        "Happy birthday to Charles Dickens, born 7 February 1812!",
    ],
)
def test_historys_births_stay(text: str) -> None:  # guards
    assert Scrubber().scrub(text) == text, detect(text)
