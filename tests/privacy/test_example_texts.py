"""A whole text that says it is an example (app/privacy/examples.py `example_text`): its first
line is an example's or a template's heading, or a note says the data are made up. A heading
that only holds a word like "test" or "fixtures" keeps the data found."""

# ruff: noqa: RUF001  (the full-width colon of a Japanese form)
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


@pytest.mark.parametrize(
    "text",
    [
        "Completed example\nName: Harriet Quill\nPhone: 07700 900311\nAddress: 4 Ash Row, Leeds LS6 2AB",
        "Vzor vyplnění\nJméno: Petra Malá\nTelefon: +420 601 234 567",
        "Application form\nName: Tomasz Zieliński\nPhone: +48 601 234 567\n(dane przykładowe)",
        "記入例\n氏名：鈴木 花子\n電話番号：090-1234-5678",
    ],
)
def test_an_example_texts_values_are_kept(text: str) -> None:
    assert detect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Test results — haematology\nPatient: Harriet Quill\nDOB: 02/03/1961",
        "Under-11s football fixtures\nDriver: Harriet Quill, 07700 900311",
        "Re: the template you sent\nHi, it's Harriet Quill, my number is 07700 900311",
    ],
)
def test_a_heading_that_says_test_or_fixtures_keeps_the_data(text: str) -> None:
    assert any(f.kind in ("NAME", "PHONE") for f in detect(text))


@pytest.mark.parametrize(
    "text",
    [
        "RICEVUTA\nFerramenta Bellini\nVia Roma 41, 43121 Parma\nTel. 0521 234567\nTOTALE € 12,40",
        "Kvitto\nBageriet Vete\nStorgatan 8, 211 34 Malmö\nTotalt 86 kr\nOrg.nr 556677-8899",
        "Saluni ya Nywele Zuri\nMtaa wa Uhuru, Arusha\nJumla: TSh 15,000\nSimu: 027 250 0000",
    ],
)
def test_a_receipts_contact_details_are_the_shops(text: str) -> None:
    assert [f for f in detect(text) if f.kind in ("PHONE", "ADDRESS")] == []


def test_a_receipt_that_names_its_customer_keeps_their_phone() -> None:
    text = "Receipt\nCustomer: Harriet Quill\nMobile: 07700 900311\nTotal £12.00"
    assert [f for f in detect(text) if f.kind == "PHONE"]
