"""The holder of an EU driving licence as OCR reads the card's face (app/privacy/licence.py)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "PERMIS DE CONDUIRE  1. LEFEBVRE  2. CAMILLE  3. O4.11.1988 LYON  5. 13AB45678",
            {"LEFEBVRE": "NAME", "CAMILLE": "NAME", "O4.11.1988": "DOB", "13AB45678": "NATIONAL_ID"},
        ),
        (
            "RIJBEWIJS 1. De Vries 2. Anna Maria 3. 21-06-1992 Utrecht 4a. 02-03-2020",
            {"De Vries": "NAME", "Anna Maria": "NAME", "21-06-1992": "DOB"},
        ),
        (
            # one field a line, OCR's 0 for an O in the names, field 8 the holder's address
            "DRIVING LICENCE\n1. M0RRISON\n2. EILIDH CATRI0NA\n3. 11.04.1993 UNITED KINGD0M\n"
            "5. MORRI954113EC9AB 12\n8. 14 BRAE STREET, INVERNESS IV2 4SL",
            {
                "M0RRISON": "NAME",
                "EILIDH CATRI0NA": "NAME",
                "11.04.1993": "DOB",
                "MORRI954113EC9AB": "NATIONAL_ID",
                "14 BRAE STREET, INVERNESS IV2 4SL": "ADDRESS",
            },
        ),
    ],
)
def test_a_licences_numbered_fields_are_its_holders(text: str, values: dict[str, str]) -> None:
    found = {f.value: f.kind for f in detect(text)}
    assert all(found.get(value) == kind for value, kind in values.items()), found
    scrubbed = Scrubber().scrub(text)
    assert not any(value in scrubbed for value in values)


@pytest.mark.parametrize(
    "text",
    [
        "Steps: 1. Open Settings 2. Choose Backup 3. Tap Restore",
        "Agenda 1. Budget 2. Staffing 3. AOB, next meeting on 12.01.2027",
        "Release notes\n1. Faster sync\n2. New icons\n3. Bug fixes",
    ],
)
def test_a_numbered_list_is_no_licence(text: str) -> None:
    assert [f for f in detect(text) if f.kind in ("NAME", "DOB")] == []
