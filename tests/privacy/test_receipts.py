"""A till receipt printed in capitals names no one by its thanks and its total, read whole or
through OCR's misreadings; a cardholder printed on it is still a person."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    "text",
    [
        "THANK YOU FOR SHOPPING AT MARKS & SPENCER  TOTAL £23.40  VISA ****1187  AUTH 004471",
        "RECEIPT #004821 · TOTAL £12.50 · VISA ****1234 · THANK YOU FOR SHOPPING AT SAINSBURY'S",
        "THANK Y0U F0R SH0PPING AT WAITR0SE  T0TAL £8.2O",
    ],
)
def test_a_receipts_thanks_and_total_name_no_one(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_cardholder_on_a_receipt_is_still_a_person() -> None:
    text = "TOTAL £23.40  CARDHOLDER: MARGARET OKONKWO  THANK YOU FOR SHOPPING"
    assert "MARGARET OKONKWO" not in Scrubber().scrub(text), detect(text)
