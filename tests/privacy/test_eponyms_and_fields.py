"""What is named after a person without being one: a disease, a sign or a test ("Bell's
palsy"), a shop after its owner ("Tony's Barbers"), a firm after a label that asks for one
("Employer: Morgan Stanley"), and a record's place fields that are surnames too ("Ward:")."""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


@pytest.mark.parametrize(
    "text",
    [
        "Working diagnosis: Bell's palsy; Graves' disease excluded",
        "Kaposi's sarcoma follow-up · Hashimoto's thyroiditis on levothyroxine",
        "Order from Tony's Barbers and Maggie's Cakes for the staff party",
        "Employer: Morgan Stanley · Start date: 06/01/2027",
        "Ward: Nightingale · Bay: 4 · Bed: 2",
        "Hall: B · Row: F · Seat: 21",
        # a hospice, an alliance, a fan club, a trade or a project named after a person
        "Donations to the Florence Nightingale Hospice welcome",
        "Join the Ada Lovelace Alliance or the Agatha Christie Fan Club",
        "Quotes from Miller & Sons Roofing and Dave Carter Plumbing attached",
        "Volunteer days: Jimmy Carter Work Project, Habitat for Humanity",
        "Kontrol di RSUD Dr. Soetomo, poli jantung",
        # a ticket's type, a letter to a role
        "Order #TK-4471 · 3 x General Admission · £42.00",
        "Dear Hiring Manager, please find my CV attached.",
    ],
)
def test_eponyms_shops_firms_and_place_fields_are_no_one(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "NAME"], detect(text)


def test_a_person_with_a_possessive_is_still_found() -> None:
    assert [f.value for f in detect("Collected from Rosalind's flat at 6") if f.kind == "NAME"] == [
        "Rosalind"
    ]
