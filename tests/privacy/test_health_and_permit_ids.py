"""Health, insurance and immigration numbers after their labels (national_ids._LABEL)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MRN 00482913", "00482913"),
        ("Member ID: XJH123456789", "XJH123456789"),
        ("Policy holder ID W482-119-337", "W482-119-337"),
        ("Green card # SRC1234567890", "SRC1234567890"),
        ("Visa number 2X4B7H90", "2X4B7H90"),
        ("Versichertennummer: A123456780", "A123456780"),
        ("PAN card ABCPK1234F", "ABCPK1234F"),
    ],
)
def test_a_health_or_permit_number_after_its_label_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Member ID: ____________",
        "Visa number (see your passport's visa page)",
        "MRN lookups are slow today",
    ],
)
def test_a_label_without_a_number_changes_nothing(text: str) -> None:
    assert Scrubber().scrub(text) == text
