# ruff: noqa: RUF001  (a Chinese chat's full-width colons, commas and question marks)
"""A person called by a family name in a Chinese chat (names._CN_NICKNAME): "老刘" (old Liu),
"小刘" (young Liu), "王姐" (sister Wang). They fail at 862b4b4; the Little Prince, aged
vinegar, sisters, buddies and "less than" stay (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("前台小李：王姐，1206的客人说空调不制冷\n王丽娟：我叫工程部老刘上去看看", ["王姐", "老刘"]),
        ("王阿姨: 小刘，明天上午能早点来吗？", ["小刘"]),
    ],
)
def test_the_nickname_is_found(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    assert not [value for value in values if value in scrubbed]


@pytest.mark.parametrize(
    "text",
    ["《小王子》是一本好书。这瓶老陈醋很香。我们姐妹俩，哥们儿一起去。", "价格小于100元的商品"],
)
def test_words_that_start_so_stay(text: str) -> None:  # guards
    assert Scrubber().scrub(text) == text, detect(text)
