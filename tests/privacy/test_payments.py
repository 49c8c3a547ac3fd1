"""Who paid, in a payment app's notification (app/privacy/payments.py)."""

from __future__ import annotations

import pytest

from app.privacy import payments
from app.privacy.scrub import detect


@pytest.mark.parametrize(
    ("text", "payer"),
    [
        ("Venmo\nYou received $35.00 from Odalys Ferrante", "Odalys Ferrante"),
        ("Swish: Du har tagit emot 250 kr från Linnea Berg. Meddelande: städning", "Linnea Berg"),
        ("M-PESA: Umepokea Ksh 2,000.00 kutoka kwa WANJIKU MUTHONI 0712345678", "WANJIKU MUTHONI"),
        ("PIX recebido\nVocê recebeu R$ 80,00 de Tiago M.", "Tiago M."),
        ("InstaPay\nتم استلام 300 جنيه من منى عادل", "منى عادل"),
    ],
)
def test_a_payer_is_a_name(text: str, payer: str) -> None:
    assert payer in [f.value for f in payments.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "You received $20.00 from PayPal for your refund.",
        "Recebeu 45,00 EUR. Descrição: aula de surf.",
        "GCash: Natanggap mo ang ₱900.00 mula kay AN***A T. Ref No. 4410",
        "Your parcel was received from the depot at 14:02.",
    ],
)
def test_no_payer_where_an_app_a_mask_or_a_word_stands(text: str) -> None:
    assert list(payments.find(text)) == []


def test_the_payer_is_hidden_in_a_request() -> None:
    text = "Monzo\nYou received £60.00 from Harriet Quill. Note: piano lesson"
    assert "Harriet Quill" in [f.value for f in detect(text) if f.kind == "NAME"]
