"""A value given in the chat turn after the turn that asks for it (app/privacy/answers.py): read
by the detector of the label the question named, so an answer of another shape stays; and the
codes told the session found missed (backup codes under an instruction, a code after its verb
past a number plate, a dial's numbers)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy import answers
from app.privacy.scrub import detect


def _found(text: str) -> dict[str, str]:
    return {f.value: f.kind for f in detect(text)}


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "Ops: please share your Aadhaar number for the KYC\nCustomer: 2345 6789 0124",
            "2345 6789 0124",
            "NATIONAL_ID",
        ),
        (
            "Konsultant Marek: Potrzebuję jeszcze numeru PESEL.\nKlient: 44051401458",
            "44051401458",
            "NATIONAL_ID",
        ),
        (
            "Temsilci Elif: T.C. kimlik numaranızı alabilir miyim?\nMüşteri: 10000000146",
            "10000000146",
            "NATIONAL_ID",
        ),
        (
            "Agent Sam: Before I reset it, please confirm your date of birth.\nCaller: 02/11/1986",
            "02/11/1986",
            "DOB",
        ),
        (
            "受付：ご本人確認のため生年月日をお願いいたします。\nお客様：1988年4月9日です",
            "1988年4月9日",
            "DOB",
        ),
        ("Desk: We sent a code, please read out the OTP from the text\nGuest: 739104", "739104", "SECRET"),
        ("Lena: what's the wifi password?\nMarco: Cavour!1861x", "Cavour!1861x", "SECRET"),
        # backup codes under a line that says what to do with them; Google's as two fours
        ("Backup codes for kit.b\nStore these somewhere safe.\n8k2f-q9xm  pz4t-71wd", "pz4t-71wd", "SECRET"),
        (
            "Backup codes\nKeep these codes in a safe place.\n1. 4829 1735\n2. 6603 2918",
            "6603 2918",
            "SECRET",
        ),
        # the code after its verb, not a number plate before it
        ("Your unlock code for the Fiat 500 (RX69 LPO) is 7732.", "7732", "SECRET"),
        ("dein Entsperrcode für den VW Polo (B-MI 3381) lautet 5529.", "5529", "SECRET"),
        # a dial's three numbers, and a brand with a capital inside
        ("my locker combo is 24-8-31 if u need my calc", "24-8-31", "SECRET"),
        ("Your WhatsApp code: 482-917", "482-917", "SECRET"),
        # what a password manager's command prints, and a card's code told by where it is
        ("$ bw get password 'Spotify family'\nSh0ut!Loud-Tangerine", "Sh0ut!Loud-Tangerine", "SECRET"),
        ("$ pass show email/work\nK7#mv2LxQp", "K7#mv2LxQp", "SECRET"),
        ("exp 04/28, the 3 digits on the back are 590. Don't save it", "590", "SECRET"),
    ],
)
def test_the_answer_to_a_turn_that_asks_for_a_value_is_that_value(text: str, value: str, kind: str) -> None:
    assert _found(text).get(value) == kind


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a zip code or a promotion's code is asked for by "code" and is nobody's secret
        ("Agent: what is your zip code please?\nCustomer: 90210", "90210"),
        ("Shop: Do you have a promo code for this order?\nBuyer: SPRING2026", "SPRING2026"),
        # an answer of another shape than the label's number: a time
        ("Konsultant Marek: Potrzebuję jeszcze numeru PESEL.\nKlient: 14:30-15:45", "14:30-15:45"),
        # the same speaker twice is no question and its answer
        (
            "Agent: I will need your Aadhaar number later\nAgent: ticket 2026 0412 7788 opened",
            "2026 0412 7788",
        ),
        # a field's label, no request: "Passport" and the line under it
        ("Document: Passport\nOrder: 48213377", "48213377"),
        # the prompt a password manager asks with, not what it prints
        ("$ pass insert email/work\nEnter password for email/work:", "Enter"),
    ],
)
def test_what_answers_no_such_question_stays(text: str, value: str) -> None:
    assert value not in {f.value for f in answers.find(text)}
