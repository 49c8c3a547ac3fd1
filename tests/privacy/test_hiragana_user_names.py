# ruff: noqa: RUF001  (Japanese full-width colons)
"""A user's name in hiragana that a marketplace or an app quotes, heads or labels before its
honorific (names._KANA_ENDEARED): "購入者「ゆかりん」さん", "【Pairs】ゆうきさんから",
"メルカリ: ゆうき_0812さん". They fail at 862b4b4; "みなさん" (everyone) and "おかあさん"
(mother) stay (guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("【Pairs】ゆうきさんから「いいね！」が届きました。", "ゆうき"),
        ("購入者「ゆかりん」さんから取引メッセージが届いています。", "ゆかりん"),
        ("メルカリ：ゆうき_0812さんが購入しました。", "ゆうき_0812"),
    ],
)
def test_the_user_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_everyone_and_mother_stay() -> None:  # guard
    text = "みなさんこんにちは。おかあさんによろしく。"
    assert Scrubber().scrub(text) == text, detect(text)
