"""Codes told after their word, with what they open said in between (app/privacy/told.py)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _secrets(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "SECRET"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the code for the linen store on level 3 got changed this morning, it's now 4862", "4862"),
        ("Heads up: staff room code has been reset - new one 71904", "71904"),
        ("Le code du local vélos a changé, c'est désormais 3390B", "3390B"),
        ("El código del trastero de la abuela ahora es 6021", "6021"),
        ("Der Code für den Fahrradkeller lautet ab heute 2718", "2718"),
        ("il codice dello spogliatoio nuovo è 58214", "58214"),
        ("Tvättstugans portkod har ändrats till 7723", "7723"),
        ("Koden til postkassen er nu 8816", "8816"),
        ("Pyykkituvan ovikoodi vaihtui, uusi on 4471", "4471"),
        ("A pince kódja mostantól 9042", "9042"),
        ("Depo kapısının şifresi artık 3185", "3185"),
        ("Код от подвала поменяли на 6628", "6628"),
        ("Ο κωδικός για την αποθήκη άλλαξε σε 5530", "5530"),
        ("הקוד למחסן השתנה ל 4419", "4419"),
        ("رمز غرفة الاستراحة الجديد 2207", "2207"),
        ("ভাই, স্টোর রুমের কোড এখন 8135", "8135"),
        ("仓库门禁密码现在是 418263", "418263"),
        ("倉庫の暗証番号、来週から 3307 になります", "3307"),
        ("창고 비번 바꿨어요 → 2580#", "2580"),
        ("PIN ya kabati la ofisi sasa ni 7712", "7712"),
        ("mã mở cửa kho là 6619 nhé", "6619"),
        ("Namba ya siri ya geti ni 3392", "3392"),
        ("گودام کے دروازے کا کوڈ 4480 ہے", "4480"),
        ("Kóòdù ẹnu-ọ̀nà ilé ìtajà ni 5512", "5512"),
        ("intercom code for flat 12: 17#4402", "17#4402"),
        ("alarm code for the plant room is 3 9 1 6", "3 9 1 6"),
        ("Locker 41 · combo 2-8-0-5 · ask at the desk", "2-8-0-5"),
        ("Key safe at 4 Mill Row (Mr Dunne): 2281, fob on the hook", "2281"),
        ("sleutelkluis bij de achterdeur van nummer 12 is 5519", "5519"),
        # asked, then answered
        ("c'est quoi le code du portail déjà ? — 58B21", "58B21"),
        ("what's the bike store code? it's 3317", "3317"),
    ],
)
def test_a_code_told_after_its_word_is_found(text: str, code: str) -> None:
    assert code in _secrets(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        # a place's, a product's, a diagnosis's, an error's or a law's code
        "Postcode lookup: enter the code printed on the letter, e.g. 2000",
        "código postal 28028 Madrid",
        "ICD-10 code for this admission: F32.1, CPT code 99213",
        "Error code 4012 returned by the terminal, retry later",
        "what is the error code? 4012 again",
        "HS code 847130 applies to laptops",
        "Use discount code SAVE2024 at checkout",
        "Gutscheincode 4471 ist bis Freitag gültig",
        "California Penal Code 1872 was amended",
        # a year, a room, a ward, an article
        "The building code was last revised in 2021 after the audit",
        "Door code changes are logged since 2019",
        "Code of conduct, section 1240, applies to all staff",
        "code review for ward 4471 dashboard done",
        # a rule about codes, not one
        "Your PIN cannot be 1234 or 0000 and must have four digits",
        # a card's approval on a receipt, a fine's contravention code
        "VISA DEBIT **** 4417   AUTH CODE 093127   £54.00",
        "Penalty Charge Notice · Contravention code 12 · Vehicle AB71 KTE",
        # amounts and units after the word
        "codeine 30 mg tablets, take 2 every 4 hours, max 8 a day",
        "Shipping code 5501 · £4.99",
    ],
)
def test_other_codes_and_numbers_are_kept(text: str) -> None:
    assert not _secrets(text), detect(text)
