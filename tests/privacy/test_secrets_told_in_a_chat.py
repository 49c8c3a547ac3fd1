"""A secret given in the turn after a question that asks for it (answers._password_answers):
asked with no question mark ("what's the wifi password ...", "remind me the alarm code"), read
out digit by digit, a keypad's code with its "#" or "*" key, after a time stamp in brackets, as
what it was changed or set to, and a card's code with words after it. The seven secrets fail at
4df7612; the answers that are no secret stay there and here (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Ollie: what's the wifi password at the hostel again\nPriya: its Kestrel$Bay_21 (K)", "Kestrel"),
        ("Ama: remind me the alarm code\nLucy: 4 0 7 3 then press set, and the gate is 1975", "4 0 7 3"),
        (
            "[06:20] Aroha Tane: anyone got the new gate code for the east paddock? old one not working\n"
            "[06:21] Piotr Zielinski: 5198# — dont post it in the big group",
            "5198",
        ),
        ("Ana: what's the gate code\nBen: #3307", "3307"),
        ("Rui: a senha do portão ainda é 2580?\nLia: mudou, agora é 7713 e depois a tecla verde", "7713"),
        ("Dad: and the password?\nMe: u set it as Otter&Scone31 remember", "Otter&Scone31"),
        ("Tash: whats your card cvv, im booking the ferry\nMum: 402. dont keep it", "402"),
    ],
)
def test_a_secret_told_in_the_next_turn(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Tom: whats the plan for today\nKim: 1430 at the office", "1430 at the office"),  # guard
        ("Lee: whats the pin for the meeting room booking\nKim: room 4 is free", "room 4 is free"),  # guard
    ],
)
def test_an_answer_that_is_no_secret_stays(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
