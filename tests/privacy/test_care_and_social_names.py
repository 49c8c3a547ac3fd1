"""People as care records, dating apps, marketplaces and social screens show them: a carer's,
a nurse's or a next of kin's label, a household's helper, a match, a handle that acts or
sells, a surname written first after a label."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Obs done by Nurse Felicity at 06:00 · BP 128/82", "Felicity"),
        ("Emergency contact: Gareth Pryce (son) 07700 900 318", "Gareth Pryce"),
        ("Care plan review · Carer: Matilda Oyinlola · next visit Thu", "Matilda Oyinlola"),
        ("It's a match with Hope! Send the first message", "Hope"),
        ('Will sent you a message: "see you at 8?"', "Will"),
        ("Ruby and 12 others reacted to your photo", "Ruby"),
        ("her childminder Joy picks them up at 3", "Joy"),
        ("amara.osei tagged you in 4 photos", "amara.osei"),
        ("Sold to dave_k1987 · £25.00 · awaiting payment", "dave_k1987"),
        ("Prescriber: Haddad, Leila Noor   GMC 7712904", "Haddad, Leila Noor"),
    ],
)
def test_people_of_care_and_social_screens_are_hidden(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Owner: Finance team · Due: Friday",
        "Driver: assigned soon",
        "Seller: vintage_finds_uk (99.6% positive) · free returns",
        "Member: premium_2024 since May",
        "JPMorgan Chase, Morgan Stanley and Goldman Sachs all beat estimates.",
        "renovate_bot sent you 3 pull requests",
    ],
)
def test_teams_shops_firms_and_bots_are_no_one(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "NAME"], detect(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # names that are words too, which only the app's cue makes a person's
        ("Uber Eats: your courier Will is nearby", "Will"),
        ('Facebook: Hope Ní Bhriain added 4 photos to "Hen do"', "Hope Ní Bhriain"),
        ("Hinge: Summer, 31 · 2 miles away · Nurse", "Summer"),
        ("your sitter Sunny says the dog ate", "Sunny"),
    ],
)
def test_gig_and_social_app_people_are_hidden(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)
