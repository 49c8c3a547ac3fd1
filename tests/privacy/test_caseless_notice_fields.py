"""A notice's fields in a script without capitals, which the speaker rules took for a chat's
speakers at 29be316, and a name in such a script that they did not read then.

Failed then: a name the lists lack alone in brackets after a phone number ("01712-448930
(টুম্পা)"), or between a label and a phone number in a script other than Latin ("საკონტაქტო:
ნინო +995 ...", "Сұрақтар: Гүлнар +7 ...").

Kept, which failed then: a Hebrew notice ("מקום:", "לפרטים:" before a phone and a mailbox,
whose parts were counted as words said).
Guards that passed then and must still: what line a number is, in brackets after it
("(বাসা)", home) or after a label ("Телефон: рабочий +7 ..."), a Thai event notice ("วันที่:", "สถานที่:"; a longer
one failed then, its fields' words now listed), a conversation in a script without capitals keeps
its speakers found ("ዳዊት: ..." then "ሄለን: ...").
"""

# ruff: noqa: RUF001  (Thai, Hebrew and Amharic letters)

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "กิจกรรม: เดินป่าดูนก เขาใหญ่\nวันที่: เสาร์ 9 ม.ค. 2570\nสถานที่: ลานจอดรถศูนย์บริการนักท่องเที่ยว",
        "חוג הצילום — תערוכה שנתית\nמקום: בית העם, רחוב הגפן\nלפרטים: 04-855 1234 | info@photo-club.org.il",
    ],
)
def test_a_notices_fields_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_caseless_conversation_keeps_its_speakers() -> None:
    text = "ዳዊት: ነገ ስብሰባ አለ?\nሄለን: አዎ በሶስት ሰዓት ነው"
    scrubbed = Scrubber().scrub(text)
    assert "ዳዊት" not in scrubbed
    assert "ሄለን" not in scrubbed


def test_a_name_in_brackets_after_a_phone_is_found() -> None:
    assert "টুম্পা" not in Scrubber().scrub("ফি পাঠান: 01712-448930 (টুম্পা)")


def test_what_line_a_number_is_stays() -> None:
    assert "বাসা" in Scrubber().scrub("যোগাযোগ: 01712-448930 (বাসা)")


@pytest.mark.parametrize(
    ("text", "value"),
    [("საკონტაქტო: თამარი +995 599 41 27 83", "თამარი"), ("Сұрақтар: Айгерім +7 777 318 2046", "Айгерім")],
)
def test_whom_to_call_before_a_phone_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_numbers_kind_before_it_stays() -> None:
    assert "рабочий" in Scrubber().scrub("Телефон: рабочий +7 495 123 45 67")
