"""Text that looks personal and is not: streets, storms and rooms named after people, parties
to a case, a rule's date bound, versions, bank routing numbers, invoice numbers in CJK, and an
empty key in a config file; each beside the personal line it must not spoil."""

# ruff: noqa: RUF001  (the examples are written in their own scripts and punctuation)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "Torggata og Thorvald Meyers gate er stengt lørdag.",
        "Vi mødes ved Hans Tavsens vej kl. 14.",
        "Bağdat Caddesi şubemiz pazar günü kapalıdır.",
        "Claims from Hurricane Ida and Tropical Storm Fay go to the catastrophe desk.",
        "Storm Ciarán closed the coast road on Thursday.",
        "Mødet er flyttet til lokalet 'Niels Bohr' på 2. sal.",
        "Roe v. Wade and Gideon v. Wainwright are on the reading list.",
        "Applicants born on or after 1 September 2008 sit the junior paper.",
        "Release notes 4.18.203.7 — faster start-up.",
        "Routing number 026009593 — confirm with your bank before sending.",
        "发票号码 20931746，开票日期 2026年10月8日。",
        "config.example:\nAPI_TOKEN=\nSENTRY_DSN=\nLOG_LEVEL=info",
    ],
)
def test_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Neem contact op met mevrouw Van Dijk via 020 555 0199.", "Van Dijk"),
        ("Born 12 March 1988 in Leeds, per the intake form.", "12 March 1988"),
        ("Ticket opened by marco.bellini via the web form", "marco.bellini"),
        ("DB_PASSWORD=Plum-Tree-41\nLOG_LEVEL=info", "Plum-Tree-41"),
        ("Teslimat adresi: Gül Sokak No: 17 Daire 4, Kadıköy", "Gül Sokak No: 17 Daire 4"),
    ],
)
def test_the_personal_twin_is_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_booking_reference_shaped_like_a_uk_postcode_stays() -> None:
    # no UK postcode area starts with X; "SW1A 2AA" and "NE2 3LP" are postcodes
    assert Scrubber().scrub("PNR: X7K2QP · Seat 14C") == "PNR: X7K2QP · Seat 14C"
    assert "NE2 3LP" not in Scrubber().scrub("Deliver to 14 Osborne Road, Newcastle NE2 3LP")
