"""A Chinese resident ID from a district python-stdnum's table does not list (Shanghai's Pudong,
310115), told alone in a chat: its province, birth date and check digit are enough
(national_ids._chinese_resident_id). The ID fails at 944809f; an order number of the same
length whose check digit fails, and one from no province, stay (guards)."""

from __future__ import annotations

from app.privacy.scrub import Scrubber

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _with_check(first17: str) -> str:
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def test_a_pudong_resident_id_alone_in_a_chat() -> None:
    number = _with_check("31011519910307452")
    assert number not in Scrubber().scrub(f"我直接发全号吧 {number}")


def test_a_number_whose_check_fails_stays() -> None:  # guard
    number = _with_check("31011519910307452")
    wrong = number[:-1] + ("1" if number[-1] != "1" else "2")
    assert wrong in Scrubber().scrub(f"订单号 {wrong}")


def test_a_number_from_no_province_stays() -> None:  # guard
    number = _with_check("99011519910307452")
    assert number in Scrubber().scrub(f"订单号 {number}")
