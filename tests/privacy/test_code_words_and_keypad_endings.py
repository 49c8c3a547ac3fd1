"""A code word agreed with a bank or an alarm company, a duress word, and a keypad's code in
four digits and two.

At 77695bb the first four secrets here were left: a word after "Кодовое слово:", "Senha de
coação:" or "Code word:" is a password of letters only, which the labelled-field rule takes for
a flag ("Passwort: geheim" then needed a digit or mixed case, and Cyrillic was not typed on a
keyboard), and a safe's "7704-19" was no code's shape. A code with the "*" that ends it on the
keypad ("8841*") was found then in a chat's next turn, and stays found. A
sentence about a code word and a year and its month after a code's word are guards; they passed
then too.
"""

# ruff: noqa: RUF001  (Cyrillic and Greek letters)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Телефон: +7 903 118-42-77\nКодовое слово: Барсик", "Барсик"),
        ("Senha de coação: jabuticaba.\nAbraços", "jabuticaba"),
        ("Alarm company code word: bluebird", "bluebird"),
        ("Νίκος: ο κωδικός για την αποθήκη άλλαξε\nΓιώργος: ποιος είναι;\nΝίκος: 8841* στην πόρτα", "8841"),
        ('cassaforte:\n  codice: "7704-19"\n  responsabile: titolare', "7704-19"),
    ],
)
def test_the_secret_is_found(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "The code word for the surprise party is below",
        "The code is valid until 2026-12",
    ],
)
def test_what_is_no_secret_is_left(text: str) -> None:
    assert Scrubber().scrub(text) == text
