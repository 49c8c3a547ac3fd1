"""Order, listing and invoice numbers shaped like phones (app/privacy/scrub.py's phone rule)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


@pytest.mark.parametrize(
    "text",
    [
        "Jumia · Agizo Na. 448291765 · Litafika Jumatatu",
        "Pesanan 812345678 sedang dikemas",
        "FINN.no · Annonse 412345678 · Sykkel",
        "Bukalapak · INV/20261203/BL/3128174650 · Total Rp 99.000",
    ],
)
def test_an_order_or_listing_number_is_no_phone(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "PHONE"], detect(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Address: 14 Elm Road · Mobile: 07700 900461", "07700 900461"),
        ("Zadzwoń na 512 384 907 po 17", "512 384 907"),
        ("Tel/Fax 020 7946 0018", "020 7946 0018"),
    ],
)
def test_a_phone_near_those_words_is_still_found(text: str, phone: str) -> None:
    assert phone in [f.value for f in detect(text) if f.kind == "PHONE"], detect(text)


def test_a_labelled_address_ends_before_the_next_fields_label() -> None:
    found = [(f.kind, f.value) for f in detect("Address: 14 Elm Road · Mobile: 07700 900461")]
    assert ("ADDRESS", "14 Elm Road") in found
    assert ("PHONE", "07700 900461") in found
