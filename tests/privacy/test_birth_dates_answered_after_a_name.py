"""A date of birth asked for with other things is answered after them, past a comma
(answers._ANSWER_PARTS): "kevin patel, march 3rd 1990", "ollie.brennan88@gmail.com, 3rd of
March 1988". They fail at 862b4b4; an invoice's buyer under a seller's tax number answers
nothing, past its first part or in it (guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Agent Marisol: Can I get your full name and date of birth?\n"
            "Kevin Patel: kevin patel, march 3rd 1990\nAgent Marisol: Thanks Kevin.",
            "march 3rd 1990",
        ),
        (
            "[14:05] Agent Fatima: Can you confirm your email and your DOB for verification?\n"
            "[14:06] Ollie Brennan: ollie.brennan88@gmail.com, 3rd of March 1988",
            "3rd of March 1988",
        ),
    ],
)
def test_the_date_after_the_name_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_an_invoices_buyer_answers_no_sellers_tax_number() -> None:  # guard
    text = (
        "Sprzedawca: DOMUS Sp. z o.o., ul. Piotrkowska 112, 90-006 Łódź, NIP 725-000-00-00\n"
        "Nabywca: Wspólnota Mieszkaniowa Słoneczna 8, ul. Słoneczna 8, 90-001 Łódź"
    )
    assert not [f for f in detect(text) if f.value == "90-001"]
