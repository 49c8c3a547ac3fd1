"""A Korean full name the lists know, alone or before what Korean joins to it, needs no cue
(caseless._KOREAN_PARTICLE): "수강생: 최유나", "아들 이도현 수학 학원", "정하은입니다", "박지훈
학생에게". They fail at 862b4b4; everyday three-syllable words stay (guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("이번 주 일요일 조기축구: 박성호, 최준영 선발. 회비는 총무 윤서연", "최준영"),
        ("안녕하세요, 중학교 2학년 아들 이도현 수학 학원 상담 받고 싶습니다", "이도현"),
        ("저는 귀 연구실 지원을 희망하는 정하은입니다.", "정하은"),
        ("박지훈 학생에게, 공초점 현미경 예약 시스템 계정을 안내드립니다", "박지훈"),
    ],
)
def test_the_name_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_everyday_words_stay() -> None:  # guard
    text = "이번 주 회의는 화요일입니다. 자료는 공유 드라이브에 있습니다."
    assert Scrubber().scrub(text) == text, detect(text)
