# ruff: noqa: RUF001  (a Chinese sentence's full-width commas and colons)
"""A Chinese name after the end of a kin's or a role's word, or before what a person does next
(caseless._HAN_BEFORE, _HAN_AFTER): "我儿子孙浩然今年初二", "转给队长黄俊", "由女儿赵敏一人继承",
"学生刘洋开通". They fail at 862b4b4; everyday words after such characters stay (guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("您好，我儿子孙浩然今年初二，想报名周末的数学提高班", "孙浩然"),
        ("队费每人50元，微信转给队长黄俊。", "黄俊"),
        ("本人名下上述房产由女儿赵敏一人继承。", "赵敏"),
        ("已为您的学生刘洋开通预约系统账号", "刘洋"),
    ],
)
def test_the_name_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_everyday_words_stay() -> None:  # guard
    text = "孩子们的日子过得很快，学生方便的时候再来。"
    assert Scrubber().scrub(text) == text, detect(text)
