"""A tradesperson's or a desk worker's label names the person after it ("Mechanic: Tomasz").

At 220efd3 the four given names alone of the first test (Bev, Tomasz, Rosa, Hafiz) were left:
"staff", "mechanic", "seamstress", "tailor", "assigned", "optician", "audiologist",
"invigilator" and "examiner" were no label words (the two full names were found by other rules
then). The guards keep what is no one after such a label ("Staff: 3 on shift", "Assigned:
Support Team"). "Photographer" stays out: a studio follows it as often as a person.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PAID £ 21.80 CASH\nStaff: Bev", "Bev"),
        ("Bike: Trek FX 2   Mechanic: Tomasz   Est.: £212.40", "Tomasz"),
        ("Alteration: hem 3 cm\nSeamstress: Rosa", "Rosa"),
        ("Assigned: Hafiz (colour QC)", "Hafiz"),
        ("Room 4 - Invigilator: Grainne Doyle", "Grainne Doyle"),
        ("Audiologist: Priya Nair · next review 06/2027", "Priya Nair"),
    ],
)
def test_the_person_after_a_trade_label_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    ["Staff: 3 on shift", "Assigned: Support Team", "Examiner: Board of Studies", "Staff: All staff"],
)
def test_no_one_after_a_trade_label_is_left(text: str) -> None:
    assert Scrubber().scrub(text) == text
