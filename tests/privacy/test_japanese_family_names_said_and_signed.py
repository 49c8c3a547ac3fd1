# ruff: noqa: RUF001, RUF002  (Japanese full-width colons and brackets)
"""A Japanese family name the lists know where a person says it is them or signs a line with it
(caseless._JA_SELF_NAMED), writes it as forms do, a space before the given name, in brackets or
after a colon ("緊急連絡先：090-4827-1635（佐藤 美咲）"), and one before its honorific after a
heading's bracket (names._CJK_HONORED): "助産師、中村です", "経済学部2年の中村 翔太です", "— 鈴木",
"【宅配便】鈴木様". They fail at 862b4b4; a ward named after a family, other words before "です"
and a spaced place in brackets stay (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("出産おめでとうございます。助産院ひだまりの助産師、中村です。", "中村"),
        ("お世話になっております。経済学部2年の中村 翔太です。振込先口座の変更について", "中村 翔太"),
        ("明日の町内会の掃除当番よろしくお願いします。— 鈴木", "鈴木"),
        ("【宅配便】鈴木様　お荷物を宅配ボックス 3 番にお届けしました。", "鈴木"),
        ("緊急連絡先：090-4827-1635（佐藤 美咲）", "佐藤 美咲"),
    ],
)
def test_the_family_name_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text", ["これは問題です。東京です。会場は中村区です。", "会場（東京 ドーム）で開催"]
)
def test_a_ward_and_other_words_stay(text: str) -> None:  # guards
    assert Scrubber().scrub(text) == text, detect(text)
