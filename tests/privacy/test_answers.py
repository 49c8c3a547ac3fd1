"""A value given in the chat turn after the turn that asks for it (app/privacy/answers.py): read
by the detector of the label the question named, so an answer of another shape stays."""

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
    ],
)
def test_what_answers_no_such_question_stays(text: str, value: str) -> None:
    assert value not in {f.value for f in answers.find(text)}
