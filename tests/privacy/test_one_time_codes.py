"""Six digits after a bare "code" are a one-time code (credentials._SIX_DIGIT_CODE)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


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


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bank: a one-time passcode for your payment of £12.40 to CITY PARKING is 318 204.", "318 204"),
        ("Maybank2u: Your TAC for transfer RM120.00 to KEDAI ABC is 771 093. Jangan kongsi.", "771 093"),
        ("Дія: код підтвердження для підписання заяви 552 019. Нікому не повідомляйте.", "552 019"),
        ("Portaal: sinu ühekordne sisenemiskood on 6620. Ära jaga seda.", "6620"),
        ("Ma xac thuc giao dich cua Quy khach la 480317. Khong cung cap ma nay.", "480317"),
        ("[微信] 小王：大门密码改成多少了？\n[微信] 张姐：592044，别外传", "592044"),
    ],
)
def test_a_one_time_code_later_in_its_sentence_or_answered_in_chat_is_found(text: str, code: str) -> None:
    assert code not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your verification code expires in 10 minutes; request another at 10:45.",
        "OTP delivery rate last week: 98.4% of 120450 messages.",
    ],
)
def test_a_code_sentence_without_its_code_keeps_its_numbers(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)
