"""An address whose parts Arabic script's comma separates, Irish's word for a code, and a Thai
form's child's name after the child's title.

At 77695bb the values here were left: the street rule allowed a Latin comma between a street's
name and its house number or unit ("کوچه بهار، پلاک ۱۲" uses "،"); Irish's "cód", lenited after
"do" (your) to "chód", was no word for a code; and "ชื่อเด็ก" (the child's name) was no label,
and "ด.ญ." (girl) no title before a name. A Persian shop's street in a sentence without a house
number is a guard; it passed then too.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "سفارش شما به نشانی تهران، خیابان ولیعصر، کوچه بهار، پلاک ۱۲، واحد ۳ تحویل شد.",
            "کوچه بهار، پلاک ۱۲",
        ),
        ("A Sheáin, tá do chód geata nua réidh: 4180. Aonad 12.", "4180"),
        ("ชื่อเด็ก: ด.ญ. ปวีณา ศรีสุข   วันเกิด: 5 มีนาคม 2560", "ปวีณา ศรีสุข"),
    ],
)
def test_the_value_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_shops_street_is_left() -> None:
    text = "فروشگاه ما در خیابان ولیعصر است، ساعت ۹ تا ۲۱ باز است"
    assert Scrubber().scrub(text) == text
