# ruff: noqa: RUF001  (the full-width colon of a Taiwanese chat)
"""More numbers whose check holds where the text names their scheme (national_ids._NAMED_SCHEMES)
or whose printed grouping is their own (_CHECKED): Ireland's PPS number, South Africa's ID number,
Taiwan's ID card number, a Thai ID card's number in its 1-4-5-2-1 groups. The four fail at
944809f; a 13-digit order number whose South African check fails stays (a guard)."""

from __future__ import annotations

import pytest
from stdnum import luhn

from app.privacy.scrub import Scrubber

_SA_ID = "920714" + "5083" + "08" + luhn.calc_check_digit("920714508308")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Bank wants both PPS numbers. Mine is 6433435F and Ciara's is on the letter.", "6433435F"),
        (f"Please send a certified copy of your ID, we have {_SA_ID} on the form.", _SA_ID),
        ("藥局：請提供身分證\n客人：林美玲 F223456786", "F223456786"),
        ("พี่ต่าย: เลขบัตรแม่คือ 1-1020-00345-67-8 นะ", "1-1020-00345-67-8"),
    ],
)
def test_a_checked_id(text: str, number: str) -> None:
    assert number not in Scrubber().scrub(text)


def test_an_order_number_whose_check_fails_stays() -> None:  # guard
    wrong = _SA_ID[:-1] + str((int(_SA_ID[-1]) + 1) % 10)
    assert wrong in Scrubber().scrub(f"Bring your ID. Order {wrong} ships Friday.")
