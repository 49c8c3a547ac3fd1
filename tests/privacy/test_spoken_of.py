"""Given names in scripts without capitals that a family's chat speaks of, by the word or ending
that says with, to or by whom (app/privacy/caseless.py: _spoken_of, _thai_spoken_of and the Korean
"이" before a particle); the same words outside a chat's turn, or after a name the lists lack, stay."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy import caseless
from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("मम्मी: क्या तुमने प्रिया से बात की?\nराहुल: हाँ", "प्रिया"),
        ("राहुल: वो रविवार को अर्जुन के साथ आ रही है\nमम्मी: ठीक है", "अर्जुन"),
        ("امی: عائشہ سے بات ہوئی؟\nبلال: جی", "عائشہ"),
        ("مامان: با سارا صحبت کردی؟\nآرش: آره", "سارا"),
        ("মা: তুই কি রুমার সাথে কথা বলেছিস?\nঅনির্বাণ: হ্যাঁ", "রুমা"),
        ("திவ்யா: ஆமா, அவன் ஞாயிறு மீனாவோட வர்றான்\nஅம்மா: சரி", "மீனா"),
        ("እማማ: ለዳዊት ዳቦ እንዲያመጣ ንገረው\nሰላም: እሺ", "ዳዊት"),
        ("엄마: 지은이한테 연락했니?\n민준: 네", "지은"),
        ("แม่: คุยกับธนพลหรือยัง\nนิดา: คุยแล้ว", "ธนพล"),
    ],
)
def test_a_name_a_family_chat_speaks_of_is_scrubbed(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # not a chat's turn: a notice that says "for development" ("विकास के लिए")
        "नगर निगम ने विकास के साथ सफाई अभियान शुरू किया",
        # a chat's turn, but a word the lists lack before "से"
        "मम्मी: बाज़ार से दूध ले आना\nराहुल: ठीक है",
        # Thai: "with" before a word the lists lack ("กับข้าว", food to go with rice)
        "แม่: ทำกับข้าวเสร็จแล้ว\nนิดา: ขอบคุณค่ะ",
    ],
)
def test_the_same_words_elsewhere_name_no_one(text: str) -> None:
    spoken_of = list(caseless._spoken_of(text, list(caseless.words(text, 0, len(text)))))
    assert spoken_of + list(caseless._thai_spoken_of(text)) == []
