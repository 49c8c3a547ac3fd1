"""Phones written as Norway, Denmark, India and China write them, without a country code
(app/privacy/scrub.py's phone rules)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Ring Trine på 913 58 274 etter kl 16", "913 58 274"),
        ("Hej, ring gerne tilbage. Mvh Lone, 31 62 48 90", "31 62 48 90"),
        ("bhai mera naya number 98201 44736 hai, save kar le", "98201 44736"),
        ("联系人：王磊 139 1762 4485", "139 1762 4485"),
    ],
)
def test_a_regional_phone_is_found(text: str, phone: str) -> None:
    assert phone in [f.value for f in detect(text) if f.kind == "PHONE"], detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ordrenummer 41283967 er sendt",
        "Total 12345 67890 units shipped in batch 7",
    ],
)
def test_other_numbers_stay(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "PHONE"], detect(text)
