"""A first name by the company it keeps (app/privacy/company.py): the writer and someone, who
speaks, a relative in brackets, a person's ID, what is shared with someone, a firm's sign-off;
and the same cues beside words that are no one's name."""

from __future__ import annotations

import pytest

from app.privacy import company
from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hope you're feeling better! Grace and I will drop some soup round later", "Grace"),
        ("Isaac: legend. Mark said the deadline moved to Fri", "Mark"),
        ("Candice always brings her kids. DH (Rob) says I'm overreacting.", "Rob"),
        ("Table 3: Auntie Rose, Priyanka + Sunny (her husband)", "Sunny"),
        ("Notes for the accountant\nLiam's passport 533380006 expires in May", "Liam"),
        ("Finances — shared with Rahul\nJoint account at the bank", "Rahul"),
        ("Any questions, just reply to this email.\nTom from Octopus Energy", "Tom"),
    ],
)
def test_a_first_name_by_its_company_is_scrubbed(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text).replace("Octopus", "")


@pytest.mark.parametrize(
    "text",
    [
        "It said no, so we tried again",
        "Shared with Google Drive",
        "Sent to Printer 3 on Friday",
        "Thanks for your order.\nTeam from Octopus Energy",
        "Summer's passport office hours: 9 to 5",
    ],
)
def test_the_cues_beside_no_ones_name_find_nothing(text: str) -> None:
    assert list(company.find(text)) == []
