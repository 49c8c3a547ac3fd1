"""A transcript's speakers the lists know, in any script (app/privacy/speakers.py)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("נועה: מי פותח את החנות מחר?\nאחראי משמרת: אני", ["נועה"]),
        ("田中：在庫の確認お願いします\n佐藤：了解です", ["田中", "佐藤"]),
        ("Ingrid: who has the van keys?\nSupervisor: in the office", ["Ingrid"]),
    ],
)
def test_a_transcripts_listed_speakers_are_names(text: str, speakers: list[str]) -> None:
    found = _names(text)
    assert all(s in found for s in speakers), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Name: required\nPhone: optional",
        "Status: shipped\nCarrier: DHL Express",
        "הערה: לסגור את הדלת\nתאריך: מחר",
        "Only one line names Ingrid: she has the keys",
    ],
)
def test_labels_or_one_line_are_no_transcript(text: str) -> None:
    assert _names(text) == [], detect(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Priya Raman  9:14 AM  has anyone got the keys to van 2?", "Priya Raman"),
        ("#yard\nolek.n  06:02  gate 3 is jammed again\nmarta.k  06:04  on my way", "marta.k"),
    ],
)
def test_a_copied_chats_speaker_before_the_time_is_a_name(text: str, speaker: str) -> None:
    assert speaker in _names(text), detect(text)


@pytest.mark.parametrize(
    "text", ["Standup  09:30  Room 4", "Fri 19 Dec 14:00  Completion day, bring ID", "Lunch  12:30  canteen"]
)
def test_a_calendars_entry_before_its_time_is_no_speaker(text: str) -> None:
    assert _names(text) == [], detect(text)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # one speaker the lists know vouches for the others of a name's shape
        ("Priya: who took the spare keys?\nTorvald: me, they're in my bag", ["Priya", "Torvald"]),
        ("Zainab: is the hall booked?\nKofo: yes, till nine", ["Zainab", "Kofo"]),
        # every speaker a first name that is also a word
        ("Grace: the printer is jammed again\nHope: kick it", ["Grace", "Hope"]),
    ],
)
def test_who_speaks_with_a_known_speaker_is_a_name(text: str, speakers: list[str]) -> None:
    found = _names(text)
    assert all(s in found for s in speakers), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Priya: the order is in\nSTATUS: shipped",
        "Total: 45.00\nBalance: 12.50",
        "Priya: bring the forms\nReminder: the office shuts at five",
    ],
)
def test_a_label_or_a_word_in_capitals_speaks_for_no_one(text: str) -> None:
    found = _names(text)
    assert not {"STATUS", "Total", "Balance", "Reminder"} & set(found), detect(text)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a script without capitals, whose names the lists hardly hold: the conversation vouches
        ("ታደሰ: ቁልፉን ማን ወሰደው?\nመሰረት: እኔ ነኝ፣ ነገ እመልሰዋለሁ", ["ታደሰ", "መሰረት"]),
        ("ประยุทธ: ใครปิดร้านคืนนี้\nสุดารัตน์: ฉันเอง พรุ่งนี้เปิดเช้า", ["ประยุทธ", "สุดารัตน์"]),
    ],
)
def test_a_conversation_in_a_script_without_capitals_names_its_speakers(
    text: str, speakers: list[str]
) -> None:
    found = _names(text)
    assert all(s in found for s in speakers), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        # a form's fields: a one-word value, or a number
        "ሁኔታ: ተጠናቋል\nቀን: 12/03/2026",
        "สถานะ: เสร็จแล้ว\nวันที่: 12/03",
        # Chinese labels say a sentence too, with no space to tell them from a name
        "状态：已完成，等待审核\n备注：请尽快处理并回复客户",
    ],
)
def test_a_forms_fields_in_such_a_script_are_no_conversation(text: str) -> None:
    assert _names(text) == [], detect(text)
