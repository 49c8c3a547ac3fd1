"""Thai names glued to the title or kin word before them, and Korean names called at a
message's start (app/privacy/caseless.py)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("พี่เอก พรุ่งนี้เข้างานกี่โมงครับ", "เอก"),
        ("คุณวิภาคะ เอกสารพร้อมแล้วค่ะ", "วิภา"),
        ("น้องแพรว ลืมกระเป๋าไว้ที่ห้องเรียน", "แพรว"),
    ],
)
def test_a_thai_name_after_its_title_is_hidden(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    ["ขอบคุณค่ะ", "คุณแม่ฝากบอกว่าวันนี้กลับดึก", "คุณสามารถเปลี่ยนรหัสผ่านได้ที่หน้าการตั้งค่า"],
)
def test_thanks_kin_and_you_are_no_name(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "NAME"], detect(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("아빠: 서윤아 저녁 먹었어?", "서윤"), ("태오야, 내일 도서관 갈래?", "태오")],
)
def test_a_korean_name_called_at_a_messages_start_is_hidden(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", ["어디야 지금? 빨리 와", "아니야, 괜찮아"])
def test_korean_words_ending_like_a_call_are_no_name(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "NAME"], detect(text)
