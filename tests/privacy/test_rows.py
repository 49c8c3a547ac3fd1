"""People in a record's row (app/privacy/rows.py) and in an app's notification
(app/privacy/names.py's social acts)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("EXP-2231,2026-10-02,Taxi,18.40,Okafor Chinedu,APPROVED", "Okafor Chinedu"),
        ("Osei Kwame,1988-02-11,Accra,0244 123 456", "Osei Kwame"),
        ("2026-11-02;Uber;Flughafen;31,20;Nguyen Thi Lan;genehmigt", "Nguyen"),
        # a notification's actor, whose name is a word too
        ('Hope shared "Rota March.xlsx" with you', "Hope"),
        ("Bolt: Faith is your driver · Kia Niro · 4.8", "Faith"),
        ("Precious mentioned you in #design-crit", "Precious"),
        ("Family map: Ruby left School · 15:31", "Ruby"),
    ],
)
def test_a_person_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hertz,Ford Focus,3 days,120.00,EUR",
        "SKU-88,Green Tea,12,4.99,Aisle 3",
        "Name;Department;City;Status;Since 2020",
        'Amazon shared "Your order" with you',
        "Summer arrived at last, 24 degrees",
    ],
)
def test_no_person_is_found(text: str) -> None:
    assert Scrubber().scrub(text) == text
