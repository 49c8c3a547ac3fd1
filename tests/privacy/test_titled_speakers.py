"""Group chats' speakers beside a title, a relation or an endearment, and what is left alone
(app/privacy/speakers.py, data/speaker_titles.txt); the session's other small rules: a secret
as a call's argument, a setup key on the line under its label, a desk's number and a building
named after someone."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Coach Marisol: bring shin pads on Saturday\nGreta: will do!", ["Marisol", "Greta"]),
        ("Tita Rowena: Nakarating na kami\nLolo ni Paolo: Salamat po", ["Rowena", "Paolo"]),
        ("Ustazah Nurul: Kelas mengaji dibatalkan esok\nIbu Irfan: Baik ustazah", ["Nurul", "Irfan"]),
        ("Thầy Quang: Mai các em nộp bài nhé\nMẹ bé Thảo: Dạ vâng ạ", ["Quang", "Thảo"]),
        ("ام ليلى: هل الرحلة غداً؟\nالأستاذة سلمى: نعم في الثامنة", ["ليلى", "سلمى"]),
        ("ثانیہ کی امی: کل اسکول بند ہے؟\nمس فرحت: جی ہاں، کل چھٹی ہے", ["ثانیہ", "فرحت"]),
        ("민서맘: 준비물이 뭐예요?\n유진아빠: 색연필이요", ["민서", "유진"]),
        ("ครูวันเพ็ญ: พรุ่งนี้หยุดเรียนค่ะ\nแม่น้องต้นกล้า: รับทราบค่ะ", ["วันเพ็ญ", "ต้นกล้า"]),
        ("Umama kaSipho: Siyabonga thisha\nUthisha Mthembu: Kulungile", ["Sipho", "Mthembu"]),
        ("Oskar W.: kto ma notatki z wtorku?\nAlicja: ja, wyślę wieczorem", ["Oskar W."]),
        # a relation alone who says a sentence makes the chat a family's: its other speakers
        ("Mama: Ukhulume noSipho namuhla?\nThandekile: Yebo, uzofika kusasa", ["Thandekile"]),
        ("Mum: are you coming for lunch on Sunday?\nRowenna: yes, with the kids", ["Rowenna"]),
        # alone, a turn whose speaker has a title still names them
        ("Trainerin Svenja: Morgen fällt das Training leider aus.", ["Svenja"]),
    ],
)
def test_a_titled_speaker_is_hidden(text: str, names: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for name in names:
        assert name not in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Head of Year: Mr Okonjo\nDate of birth: 04/09/2011",
        "Head Teacher: Mrs Lindqvist",
        # "from" relates a name to a title; alone it is a mail's header
        "From: no-reply@accounts.example\nSubject: Security alert for your account today",
        # a relation's field, not a sentence
        "Mum: 07700 900123\nNotes: allergic to nuts",
        "Ghi chú: mang theo áo mưa.",
        "Driver Assistance: enabled\nCruise Control: on",
        # a university named after someone, in a script without capitals
        "அண்ணா பல்கலைக்கழகம்: தேர்வு முடிவுகள் நாளை வெளியிடப்படும்.",
    ],
)
def test_labels_with_a_title_word_are_no_speaker(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "NAME" and not f.value.endswith(("Okonjo", "Lindqvist"))]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("define( 'DB_PASSWORD', 'Marmalade_Tide_77' );", "Marmalade_Tide_77"),
        ('setenv("SMTP_PASSWORD", "quill-harbor-29");', "quill-harbor-29"),
        ("Can't scan it? Enter this key manually:\nQ4TR M7WZ 2KLP XV5N", "Q4TR M7WZ 2KLP XV5N"),
    ],
)
def test_a_secret_as_an_argument_or_under_its_label(text: str, secret: str) -> None:
    assert secret in [f.value for f in detect(text) if f.kind == "SECRET"]


def test_a_call_that_reads_the_secret_from_the_environment_is_no_secret() -> None:
    assert not [f for f in detect("define('DB_PASSWORD', getenv('DB_PASSWORD'));") if f.kind == "SECRET"]


def test_a_desks_number_is_the_organisations_but_a_mobile_is_not() -> None:
    text = "Questions? Call the club office on 0161 496 0718. My mobile: 07700 900461"
    phones = [f.value for f in detect(text) if f.kind == "PHONE"]
    assert phones == ["07700 900461"]


@pytest.mark.parametrize(
    "text",
    [
        "Drop-off moves to the Hedda Lindgren Lab this week. Questions: 020 7946 0112.",
        "Prize-giving is in the Amos Whitfield Auditorium; tickets from reception@school.example.",
    ],
)
def test_a_building_named_after_someone_is_no_one(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "NAME"]


def test_a_first_name_before_a_verb_that_is_a_building_word_stays_a_name() -> None:
    text = 'Ms Ortega posted: "Ivy and Felix building their bridge"'
    scrubbed = Scrubber().scrub(text)
    assert "Felix" not in scrubbed


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The form below shows an example IBAN only:\nDE89 3704 0044 0532 0130 00\nUse your own.", "IBAN"),
        ('$ curl api/charges -d card=4242424242424242\n{\n  "paid": true,\n  "livemode": false\n}', "CARD"),
    ],
)
def test_a_published_value_beside_a_line_that_says_example_or_test_is_kept(text: str, kind: str) -> None:
    assert not [f for f in detect(text) if f.kind == kind]


def test_a_published_card_far_from_any_test_word_stays_found() -> None:
    text = "Order 5521\nShipped\nTracking: 1Z999\nPaid with\nCard: 4242 4242 4242 4242"
    assert [f for f in detect(text) if f.kind == "CARD"]


@pytest.mark.parametrize(
    "text",
    [
        "Priya Raman Photography\nWeddings and portraits across Kent.\nCall us on 01622 700 100",
        "Reformas Gómez\nPresupuesto gratis. Llámenos al 910 555 123",
    ],
)
def test_a_business_named_after_its_owner_and_its_call_us_number_are_no_ones(text: str) -> None:
    assert [f for f in detect(text) if f.kind in ("NAME", "PHONE")] == []


def test_call_me_is_still_a_persons_number() -> None:
    assert [f.value for f in detect("Call me on 07700 900123 after six") if f.kind == "PHONE"] == [
        "07700 900123"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mai bạn qua đón con lúc 5h nhé.\n– Thảo", "Thảo"),
        ("کل کلاس نہیں ہوگی۔ – ثانیہ", "ثانیہ"),
        ("Kelas batal esok. – Cikgu Rosnah", "Rosnah"),
    ],
)
def test_a_message_signed_with_a_dash_at_its_end(text: str, name: str) -> None:
    assert name in [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: submit your hours by Friday. — Slackbot",
        "Reply YES or NO. - Hire Hub",
        "Now playing: Bohemian Rhapsody – Queen",
    ],
)
def test_a_program_a_company_or_a_band_signs_no_name(text: str) -> None:
    assert [f for f in detect(text) if f.kind == "NAME"] == []


def test_a_titled_speakers_two_names_are_one_value() -> None:
    text = "Nhóm lớp 2B\nCô Hạnh: Mai các con mang áo mưa nhé.\nBố Minh Khôi: Cảm ơn cô ạ"
    assert "Minh Khôi" in [f.value for f in detect(text) if f.kind == "NAME"]
