"""Codes on lines that ask to keep them to oneself (app/privacy/hushed.py), and codes told by
what they open (a key box, in the languages people tell it in)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ваш код 305117 для подтверждения перевода. Никому его не говорите.", "305117"),
        ("Doğrulama için 662018 girin. Bu kodu kimseyle paylaşmayın.", "662018"),
        ("您的动态码为550917，请勿告知他人。", "550917"),
        ("Il tuo codice è 7301, non comunicarlo a nessuno.", "7301"),
        ("Tu clave es 9924 – no se lo digas a nadie", "9924"),
        ("kak, pin gudang 4417 ya, jangan disebar", "4417"),
        ("hostel door is 8832 now, please don't share it", "8832"),
        ("ठीक है, लॉकर का नंबर 5519 है, किसी को मत बताना", "5519"),
        ("Mã của bạn là 740212. Không chia sẻ mã này.", "740212"),
        ("The sign-in code 318224 is valid for 10 minutes.", "318224"),
        ("Garage: key box behind the bins (blue): 6620", "6620"),
        ("部屋の暗証番号は 0419 です", "0419"),
        ("驗證碼為551203", "551203"),
    ],
)
def test_a_hushed_or_opening_code_is_hidden(text: str, code: str) -> None:
    assert code not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # amounts, phones, times, dates and reference numbers on a warning's line are no code
        "Never share your card details. Call 0345 300 0000 or visit store 1184.",
        "Paid £1,250.00 on 02/12/2026 at 14:05 – don't share your PIN with anyone.",
        "Order No. 558213 shipped. Do not share this link.",
        "Никому не сообщайте пароль. Горячая линия 8 800 555 35 35.",
        "Valid for 90 minutes from 10:15. Zone 1-2, adult single.",
        "Key box: 2 keys inside, return by 5pm",
    ],
)
def test_other_numbers_on_such_lines_are_kept(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "SECRET"], detect(text)
