# ruff: noqa: RUF001  (the scripts' own punctuation)
"""East Asian addresses in more of their forms (addresses._CJK_STREETS, addresses._JA_ADDRESS):
a Korean road's numbered branch ("월드컵북로12길 34"), a Chinese lane ("1588弄6号"), a block's
building, entrance and flat ("312楼1单元1502"), a Hong Kong estate's tower, floor and flat
("12座18樓C室"), a Japanese designated city's ward and town without its prefecture, and a
romanised ward whose town has a hyphen ("Nishi-Azabu"). The six fail at 4df7612; an estate's
phase and tower without a flat stay there and here (a guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("직거래: 서울시 마포구 성미산로17길 22, 201호", "성미산로17길 22"),
        ("寄到上海市徐汇区天钥桥路325弄9号就行", "325弄9号"),
        ("新地址是海淀区学院路小区208楼3单元602", "208楼3单元602"),
        ("新屋係太古城8座21樓B室，記得嚟", "8座21樓B室"),
        ("住所は名古屋市千種区春岡通5-12です", "春岡通5-12"),
        ("Consignee: Aiko Mori, 3-8-2 Higashi-Gotanda, Shinagawa-ku, Tokyo", "Higashi-Gotanda"),
    ],
)
def test_an_east_asian_address(text: str, part: str) -> None:
    assert part not in Scrubber().scrub(text)


def test_an_estates_tower_without_a_flat_stays() -> None:  # guard
    text = "第3期12座在维修"
    assert Scrubber().scrub(text) == text
