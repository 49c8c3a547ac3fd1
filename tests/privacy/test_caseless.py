# ruff: noqa: RUF001  (examples are written in their own scripts and punctuation)
"""Names in scripts without capital letters (caseless.py): a listed given name beside a
surname, a title, a greeting, a form of address or another name; a Chinese surname and given
name set off by punctuation; and the words and public figures of those scripts that are
nobody's name on the screen."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name and a surname the lists know
        ("تم تحويل المبلغ إلى حساب مريم الحمادي", "مريم الحمادي"),
        # a title or a vocative before a given name
        ("يرجى من الدكتورة ليلى مراجعة الملف", "ليلى"),
        ("שלום נועה, הפגישה הועברה ליום ראשון", "נועה"),
        # a given name joined to "and" after another one
        ("شارك في الورشة كريم وسلمى", "سلمى"),
        # a family after "the family of", with Hebrew's joined "to"
        ("צריך להחזיר את המפתחות למשפחת כהן", "כהן"),
        # Korean calls a person with an ending joined to the name
        ("서연아 오늘 저녁에 전화해", "서연"),
        # a Chinese surname and given name, set off by punctuation and "和"
        ("请把合同发给王芳和刘洋。", "王芳"),
        # after a role's word that ends in 人 or 者, and before "您"
        ("申请人张秀英已提交材料。", "张秀英"),
        ("联系人王建华 138 0013 8000", "王建华"),
        ("周丽娟您好，您的快递已到。", "周丽娟"),
        # after a role's word: a complainant, a librarian, a coach
        ("참고인 김지훈의 진술을 기록했다.", "김지훈"),
        ("कोच सुनील: कल मैच है", "सुनील"),
    ],
)
def test_a_caseless_name_beside_what_makes_it_a_person_is_a_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # everyday words in those scripts, without any cue
        "تقرير المبيعات للربع الثالث جاهز للمراجعة.",
        "下周一我们讨论经济增长和市场前景。",
        "오늘 회의는 3시에 시작합니다.",
        # a public figure a room or a hall is named after
        "ההרצאה תתקיים באולם גולדה מאיר ביום שני.",
        "المحاضرة في قاعة ابن سينا صباح الأحد.",
        "周末去看姚明的纪录片，",
        "中国人民银行和工作人员的培训",
        "تم تحويل المبلغ إلى الحساب أمس.",
    ],
)
def test_caseless_words_and_public_figures_are_not_names(text: str) -> None:
    assert _names(text) == []


def test_a_caseless_name_is_masked_everywhere_in_a_request() -> None:
    scrubbed = Scrubber().scrub("المستفيد: مريم الحمادي — شكراً مريم الحمادي")
    assert "مريم" not in scrubbed


def test_a_chinese_name_found_once_is_masked_inside_running_chinese_text_too() -> None:
    scrubbed = Scrubber().scrub("会议纪要：王芳和刘洋负责对接。明天王芳会来公司。")
    assert "王芳" not in scrubbed


def test_a_chinese_name_learned_from_a_field_is_masked_in_the_task_text() -> None:
    scrubber = Scrubber()
    scrubber.learn("NAME", "王芳")
    assert "王芳" not in scrubber.scrub("请明天王芳把报价单发过来")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # common names Faker's locales lack (data/script_names_by_hand.txt)
        ("राहुल शर्मा ने रिपोर्ट भेज दी है।", "राहुल शर्मा"),
        ("श्री राजेश कुमार, आपका बिल तैयार है।", "राजेश"),
        ("रोहित और नेहा आज नहीं आएंगे।", "नेहा"),
        ("সৌরভ চক্রবর্তী আজ অফিসে আসবেন না", "সৌরভ"),
        ("عمران قریشی کل میٹنگ میں ہوں گے", "عمران"),
    ],
)
def test_common_names_the_generated_lists_lack_are_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


def test_a_hand_listed_given_name_alone_is_still_a_word() -> None:
    # "विकास" is growth as often as a man: with no cue beside it the word stays
    text = "इस साल गाँव का विकास तेज़ी से हुआ।"
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Chinese name before a word of time or a verb, with no punctuation between
        ("张伟下周一出差。", "张伟"),
        # a Korean family and given name with a particle joined
        ("이지은이 보낸 메시지", "이지은"),
    ],
)
def test_a_name_joined_to_the_next_word_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


def test_a_korean_word_ending_like_a_particle_is_no_name() -> None:
    text = "오늘 회의는 취소되었습니다."
    assert Scrubber().scrub(text) == text
