"""Six digits after a bare "code" are a one-time code (credentials._SIX_DIGIT_CODE)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("To finish signing in, enter code 604 218 on the next screen.", "604 218"),
        ("Le code 918273 n'est jamais arrivé, pouvez-vous le renvoyer ?", "918273"),
        ("Ihre TAN für diese Überweisung lautet 271 044.", "271 044"),
        ("Din engangskode er 730 215. Del den aldrig med andre.", "730 215"),
        ("Doğrulama kodunuz: 664 019", "664 019"),
    ],
)
def test_six_digits_after_a_bare_code_are_a_secret(text: str, code: str) -> None:
    assert code not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Postal code 110001, New Delhi",
        "HS code 847130 applies to laptops",
        "Error code 500123 in the billing module",
        "Order code 123456 has shipped",
        "Use promo code 202611 at checkout",
    ],
)
def test_a_code_whose_word_says_what_it_is_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text
