"""The personal number a state writes into a passport's machine-readable zone, in the optional
field after the expiry, where its check digit holds (national_ids._MRZ_LINE): a Dutch BSN, a
Swedish personnummer. Both fail at 944809f; a zone whose optional field is empty and one whose
check digit fails keep that field (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


def _check(field: str) -> str:
    weights = (7, 3, 1)
    values = [int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55 for c in field]
    return str(sum(v * weights[i % 3] for i, v in enumerate(values)) % 10)


def _line(personal: str) -> str:
    number, birth, expiry = "NPC81KL40", "850412", "310930"
    field = personal.ljust(14, "<")
    head = f"{number}{_check(number)}NLD{birth}{_check(birth)}F{expiry}{_check(expiry)}"
    return f"{head}{field}{_check(field)}4"


@pytest.mark.parametrize("personal", ["271548936", "8504121234"])
def test_the_personal_number_of_a_machine_readable_zone(personal: str) -> None:
    text = f"P<NLDBAKKER<<EVA<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n{_line(personal)}"
    assert personal not in Scrubber().scrub(text)


def test_an_empty_optional_field_stays_empty() -> None:  # guard
    line = _line("")
    assert "<<<<<<<<<<<<<<" in Scrubber().scrub(line)


def test_a_field_whose_check_fails_is_kept() -> None:  # guard
    line = _line("271548936")
    broken = line[:42] + str((int(line[42]) + 1) % 10) + line[43:]
    assert "271548936" in Scrubber().scrub(broken)
