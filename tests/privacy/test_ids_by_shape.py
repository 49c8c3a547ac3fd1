"""National IDs by their shape and check digits (app/privacy/national_ids.py, rows.py): a
passport's machine-readable zone, an Emirates ID, a number named whose it is a few words
after its label, and a checked number in a person's row."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # ICAO 9303's specimen line: the document number and the birth date, both checked
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<10", "L898902C3"),
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<10", "740812"),
        ("Emirates ID 784-1985-1234567-3 · renewal due", "784-1985-1234567-3"),
        ("Aadhaar of Meera (daughter): 5271 8304 9612", "5271 8304 9612"),
        ("CURP del menor: ROLM920304HDFDPR04", "ROLM920304HDFDPR04"),
        ("PPSN 4481203L on the childcare form", "4481203L"),
        ("666588527331;Смирнова Ольга Петровна;бухгалтерия;отпуск", "666588527331"),
        ("| Femke Jansen | 2968.64.158 | groep 7 | 2024 |", "2968.64.158"),
    ],
)
def test_the_id_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # a broken check digit: no passport's line
        "L898902C35UTO7408121F1204159ZE184226B<<<<<10",
        "Order 784-2024-0000001-0 shipped",
        "Passport office hours: 0900-1700 (closed Sundays)",
        "2207;Lamp;Oak;33862075346;Aisle 4",
    ],
)
def test_no_id_is_found(text: str) -> None:
    scrubbed = Scrubber().scrub(text)
    assert "NATIONAL_ID" not in scrubbed and "DOB" not in scrubbed
