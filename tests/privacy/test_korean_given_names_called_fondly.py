"""A Korean given name with the "이" that calls a child or a friend by it, before any particle
("서연이가", "민준이는"), and a given name before a family word ("서연 어머님", "민준이 엄마").

Every case of NAMES fails at e548393; the guards (everyday words ending in "이" before a
particle, a family word alone) pass there and must keep passing.
"""

import pytest

from app.privacy.scrub import Scrubber

NAMES = [
    ("오늘 서연이가 점심을 잘 먹었어요.", "서연"),
    ("하은이가 열이 나서 조퇴했습니다.", "하은"),
    ("민준이 엄마, 내일 소풍 가요.", "민준"),
]

GUARDS = [
    "아이가 열이 나요. 나이가 많아요. 우리 엄마가 왔어요.",
    "거리가 멀어서 버스를 탔어요.",
]


@pytest.mark.parametrize(("text", "value"), NAMES)
def test_given_name_is_masked(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", GUARDS)
def test_everyday_words_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
