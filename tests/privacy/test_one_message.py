"""A chat's message shown alone (a notification, a preview): its speaker by the lists in a
script without capitals, or by a faith's or a community's title in any script."""

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("هدى: متى توزيع الطرود في المخيم هذا الأسبوع؟", "هدى"),
        ("지훈: 내일 연탄 봉사 9시까지 교회 앞으로 오면 돼", "지훈"),
        ("שירה: אני מביאה מחר את הסלים לחלוקה, מישהו יכול לעזור?", "שירה"),
        ("Sœur Marie-Claire : qui s'occupe des maraudes ce soir ?", "Marie-Claire"),
        ("Ks. Marek: kto jutro rozwozi paczki świąteczne?", "Marek"),
        ("Părintele Vasile: cine vine sâmbătă la curățenie în biserică?", "Vasile"),
        ("Revd Tunde: could someone open the hall on Saturday morning?", "Tunde"),
    ],
)
def test_the_speaker_of_a_message_alone_is_a_name(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # a label's word that is a surname too, before a value with words in it
        "Price: $1,299.99 — was $1,499.99 (save 13%) · Order #1049-3381-7762",
        # a label in a script without capitals says a value, no sentence
        "ملاحظة: 12/03",
        # a speaker after the text's start is a quote's, not a message's
        "تم الإرسال اليوم. هدى: متى؟",
    ],
)
def test_a_label_before_its_value_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text
