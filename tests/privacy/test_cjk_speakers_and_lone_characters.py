"""Chats in scripts without capitals.

At 7af7018:
- a LINE chat's speaker shown by family and given name with a space between ("佐藤 大輔:") was
  kept (found);
- a WeChat group's heading ("微信群：家长群") was read as a speaker, and a lone Hangul word on a
  chat's line ("이번 주", this week) as a family name (kept now).

Guards that passed then and must still: a Chinese label of two words ("备注 信息："), a place
and its station ("東京 駅:"), and the group's real speakers.
"""

# ruff: noqa: RUF001, RUF002  (fullwidth colons)

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber

_GROUP = "微信群：家长群\n李晓燕：收到\n张伟：请问演出票怎么领？"
_KAKAO = "KakaoTalk\n김민준: 이번 주 점수 올렸어요\n박서연: 회비 계좌 알려주세요"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("LINE · 渋谷ボウリング部\n佐藤 大輔: 明日の練習、レーン予約しました！", "佐藤 大輔"),
        (_GROUP, "李晓燕"),
        (_KAKAO, "김민준"),
    ],
)
def test_the_speaker_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (_GROUP, "微信群"),
        (_KAKAO, "이번 주"),
        ("备注 信息：请按时到场", "备注 信息"),
        ("東京 駅: 集合場所", "東京 駅"),
    ],
)
def test_no_one_is_taken(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
