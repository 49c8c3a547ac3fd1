"""A double given name joined by a hyphen (issue 16, thirty-fourth session).

French, German, Nordic and English parents join two given names ("Marc-Antoine", "Eeva-Liisa",
"Lucy-Ann"); the name lists hold only the commonest joins, so at 387342c "Assuré:
Marc-Antoine Gagnon" and "See Ville-Petteri Lahtinen tomorrow" kept their names while "Marc
Gagnon" lost his. And a double given name may hold a famous one ("Marc-André Gagnon" holds the
composer André Gagnon's name), which kept it as a public figure's. A hyphenated pair of which
one part is no given name ("Alsace-Lorraine", "Marie-Galante") stays, as it did.
The names are made up for these tests; none is a corpus line's.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Assuré : Marc-Antoine Gagnon", "Marc-Antoine Gagnon"),
        ("See Ville-Petteri Lahtinen tomorrow at ten", "Ville-Petteri Lahtinen"),
        ("Kunde: Anna-Lena Brückner", "Anna-Lena Brückner"),
        ("Tenant: Lucy-Ann Pemberton", "Lucy-Ann Pemberton"),
        ("Assuré : Marc-André Gagnon", "Marc-André Gagnon"),
    ],
)
def test_a_double_given_name_and_a_surname_are_a_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Alsace-Lorraine Railways timetable, winter 2026",
        "Ferry to Marie-Galante departs 08:15",
        "André Gagnon composed Neiges in 1975.",
    ],
)
def test_a_hyphenated_place_and_a_figure_alone_stay(text: str) -> None:
    assert _names(text) == []
