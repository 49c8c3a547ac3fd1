"""The person a message that tells a secret is addressed to (app/privacy/beside.py's
`addressed`), and passwords named in more languages (app/privacy/credentials.py)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in detect(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hei ingrid, koden til sykkelboden er 5521", "ingrid"),
        ("מיכל, הקוד למחסן הוא 7745", "מיכל"),
        ("مريم، رمز الخزنة الجديد 4410", "مريم"),
        ("نیما جان، رمز در پارکینگ 8832 است", "نیما"),
        ("ሰላም ሰላማዊት፣ የበሩ ኮድ 3318 ነው", "ሰላማዊት"),
        ("அருண், கதவு குறியீடு 6624", "அருண்"),
        ("সুমি আপা, আলমারির কোড 9051", "সুমি"),
        ("小王，仓库门禁密码改成 731905 了", "小王"),
    ],
)
def test_whom_a_told_code_is_addressed_to_is_a_name(text: str, name: str) -> None:
    assert ("NAME", name) in _found(text), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # an alert's opening, not a person's
        "注意，仓库门禁密码改成 731905 了",
        "تنبيه، رمز الخزنة الجديد 4410",
        # a word in small letters that no list gives as a name, after a greeting
        "hi all, the door code is 5521",
    ],
)
def test_other_openings_are_no_name(text: str) -> None:
    assert not [value for kind, value in _found(text) if kind == "NAME"], _found(text)


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("அலுவலக வைஃபை கடவுச்சொல் Kovil#2291", "Kovil#2291"),
        ("የቢሮው የይለፍ ቃል Abay!7731 ነው", "Abay!7731"),
        ("অফিসের ওয়াইফাই পাসওয়ার্ড Padma@5521", "Padma@5521"),
    ],
)
def test_a_password_named_in_more_languages_is_found(text: str, password: str) -> None:
    assert ("SECRET", password) in _found(text), _found(text)
