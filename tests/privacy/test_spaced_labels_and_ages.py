"""A name after a Chinese, Japanese or Korean label with a space alone (app/privacy/labelled.py),
a name with its birth date or age in brackets, and who acknowledged, witnessed or dispensed
something (app/privacy/names.py)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("氏名 佐藤 健一　生年月日 1984年5月2日", "佐藤 健一"),
        ("通報者 斎藤 080-2231-4470 場所 駅前", "斎藤"),
        ("신고자 박서준 010-2231-7789", "박서준"),
        ("夜勤 | 看護師 小林 | 介護士 ユミ", "小林"),
        ("Safeguarding: concerns about Ayo (DOB 11/09/2016) raised by school", "Ayo"),
        ("Fall at home — Ingrid Solberg (aged 81), ambulance called", "Ingrid Solberg"),
        ("Low SpO2 alarm acknowledged by Chidinma at 03:12", "Chidinma"),
        ("CD register: morphine 10 mg witnessed by Agnieszka", "Agnieszka"),
    ],
)
def test_the_name_is_found(text: str, name: str) -> None:
    assert name in _names(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "患者 数 12名",
        "氏名 欄に記入してください",
        "Windows (born 1985) and Linux (b. 1991) compared",
    ],
)
def test_no_name_there(text: str) -> None:
    assert not _names(text), detect(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Дежурный врач: смена 2, Сидорова Е. В., пост 3", "Сидорова Е. В."),
        ("заявка от Коваленко О.М., тел. уточнить", "Коваленко О.М."),
        ("Google Photos: Ingrid shared an album 'Tromsø 2026' with you", "Ingrid"),
        ("Vinted : Solène a acheté ton article « Veste en jean »", "Solène"),
        ("Kleinanzeigen: Jannik hat deinen Artikel gekauft", "Jannik"),
    ],
)
def test_initials_after_a_cyrillic_surname_and_a_buyer_are_names(text: str, name: str) -> None:
    assert name in _names(text), detect(text)
