"""Japanese roles that sign or announce a person by surname: the staff member in charge, the
treasurer, the secretariat.

At 599e473 these failed: "担当スタッフ 田中 が伺います" (staff in charge Tanaka will visit), "会計
中村" (treasurer Nakamura) and "事務局 小野寺" (secretariat, Onodera) kept the surname.
Guards that passed then and must still: the secretariat's message after its colon, a sentence
with brackets inside ("事務局: 来月の研修は「認知症ケア」です"), an amount after the treasurer's
word, and a katakana name whose dots part its words after a name's label ("氏名：グエン・ヴァン・ナム").
"""

# ruff: noqa: RUF001, RUF002  (Japanese punctuation)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("12月12日(土) 10:00 担当スタッフ 田中 が伺います。", "田中"),
        ("横浜ランニングクラブ 会計 中村", "中村"),
        ("よろしくお願いいたします。\n市民合唱団「かなで」事務局 小野寺", "小野寺"),
    ],
)
def test_the_surname_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "事務局: 来月の研修は「認知症ケア（ユマニチュード）」です。会場は区民センター3階、参加費無料。",
        "会計 1,200円",
    ],
)
def test_a_message_and_an_amount_are_left(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_katakana_name_with_its_dots_is_still_found() -> None:
    text = "在学証明書\n\n氏名：グエン・ヴァン・ナム（NGUYEN VAN NAM）\n生年月日：2002年9月18日"
    assert "グエン・ヴァン・ナム" not in Scrubber().scrub(text)
