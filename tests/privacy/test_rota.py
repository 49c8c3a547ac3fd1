"""People on a rota's row, one weekday each (app/privacy/rows.py's `rota`)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Week 12 | Mon Chidi (E) | Tue Grace (L) | Wed OFF | Thu Tom (N)", ["Chidi", "Grace", "Tom"]),
        ("Sa: Mareike (F) | So: Jannis (S) | Mo: frei", ["Mareike", "Jannis"]),
        ("lun. Inès | mar. Baptiste | mer. repos | jeu. Inès", ["Inès", "Baptiste"]),
        ("Wt: Zosia (R) | Śr: Bartek (N) | Czw: wolne", ["Zosia", "Bartek"]),
        ("周四：王磊（夜班）| 周五：刘洋（白班）| 周六：休", ["王磊", "刘洋"]),
        ("Cleaners: Grace (Mon/Wed), Comfort (Tue/Thu), Joy (Fri)", ["Grace", "Comfort", "Joy"]),
    ],
)
def test_the_people_of_a_rota_are_names(text: str, people: list[str]) -> None:
    assert set(people) <= set(_names(text)), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        # a week's menu, classes and opening hours are no rota
        "Mon: Pasta | Tue: Curry | Wed: Fish | Thu: Tacos",
        "Mon Spin (45 min) | Wed Pilates | Fri Yoga",
        "Mo: Ruhetag | Di: 10–18 Uhr | Mi: 10–18 Uhr",
        # one weekday's cell is no row of them
        "Mon Chidi (E) | notes: keep the pharmacy fridge log",
        "Open: Gym (Mon-Fri), Pool (Sat/Sun), Sauna (Sat)",
    ],
)
def test_other_weekday_rows_hold_no_person(text: str) -> None:
    assert not _names(text), detect(text)
