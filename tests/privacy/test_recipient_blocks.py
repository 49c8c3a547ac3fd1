"""A parcel's label, a packing slip or a waybill writes the address on the lines under its
recipient's labelled line, in every language (app/privacy/scrub.py, _below_a_recipient)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Empfänger: Dragan Petrovic\nSchillerstraße 40\n10585 Berlin\nGewicht: 3,2 kg", "Schillerstraße 40"),
        ("Empfänger: Dragan Petrovic\nSchillerstraße 40\n10585 Berlin\nGewicht: 3,2 kg", "10585 Berlin"),
        (
            "Penerima: Budi Santoso\nPerum Griya Asri Blok C2 No. 17, Sidoarjo 61252\nBerat: 1,2 kg",
            "Perum Griya Asri Blok C2 No. 17, Sidoarjo 61252",
        ),
        (
            "Mai karɓa: Musa Abdullahi\nGida mai lamba 15, Titin Zaria, Kano\nWaya: 0705 484 1462",
            "Gida mai lamba 15, Titin Zaria, Kano",
        ),
    ],
)
def test_the_lines_under_a_recipient_are_their_address(text: str, address: str) -> None:
    assert address not in Scrubber().scrub(text), detect(text)


def test_a_postcode_ends_the_address_and_a_label_or_an_organisation_stops_it() -> None:
    text = "ผู้รับ: วิภาวดี ศรีสุข\n55/3 หมู่ 4 ต.สุเทพ จ.เชียงใหม่ 50200\nCOD 590 บาท"
    assert Scrubber().scrub(text).endswith("\nCOD 590 บาท")
    text = "Recipient: Pemberton & Vale Ltd\nOrder 4471 · 3 items"
    assert Scrubber().scrub(text) == text, detect(text)
