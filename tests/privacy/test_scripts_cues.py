"""Names in scripts without capitals beside the words that make them a person's (ninth session):
kin words and titles around Chinese names, Japanese honorifics after a particle, Korean full
names and person-only particles, Hindi kinship and wedding titles, Arabic and Hebrew cues with a
joined letter."""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("讣告：王桂兰女士于2026年11月20日辞世。", "王桂兰"),
        ("你舅舅刘建华下周来", "刘建华"),
        ("你表姐赵敏也会来", "赵敏"),
        ("房东周阿姨说房租下周交", "周阿姨"),
        ("次は高橋さんも誘いましょう", "高橋"),
        ("ゆいちゃん、明日は早いよ", "ゆい"),
        ("결혼합니다 신랑 김민준 · 신부 박서연", "김민준"),
        ("담당: 최우진 팀장 (내선 214)", "최우진"),
        ("용돈은 민지한테 보내줘", "민지"),
        ("शुभ विवाह: चि. अमित संग सौ. कां. नेहा", "अमित"),
        ("सुरेश भाई, कल मिलते हैं", "सुरेश"),
        ("شكرًا للأستاذة ريم على جهودها", "ريم"),
        ("هذه نتيجة التحليل لابني كريم", "كريم"),
        ("תגידי לנועה שהדירה פנויה", "נועה"),
        ("המורה של איתי ביקשה חתימה", "איתי"),
    ],
)
def test_a_name_beside_its_cue(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "おばあちゃんの家に行くよ",
        "赤ちゃんが生まれました",
        "哥伦比亚的咖啡很好喝",
        "이 문서는 팀장 승인이 필요합니다",
        "שלום לכולם, הישיבה נדחתה",
    ],
)
def test_lines_without_a_person_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
