"""Yoruba names with their tone marks, and common African, Malay and Filipino given names and
salutations the lists lacked (app/privacy/names.py: listed_form, data/short_names.txt,
data/greetings.txt)."""

from __future__ import annotations

import pytest

from app.privacy import names
from app.privacy.scrub import detect


@pytest.mark.parametrize(
    ("word", "listed"),
    [("Fúnmiláyọ̀", "funmilayo"), ("Ṣadé", "sade"), ("Babátúndé", "babatunde"), ("Kẹ́hìndé", "kehinde")],
)
def test_a_yoruba_name_is_looked_up_without_its_tone_marks(word: str, listed: str) -> None:
    assert names.listed_form(word) == listed
    assert names.known_name(word)


@pytest.mark.parametrize("word", ["Phòng", "Ngọc", "Istvánné", "Hélène", "Èkó"])
def test_a_word_with_one_mark_or_a_listed_spelling_is_not_folded(word: str) -> None:
    folded = names.listed_form(word)
    assert folded == word.lower()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thank you, Gbemisola! Your refund of £12.00 is on its way.", "Gbemisola"),
        ("Ẹ káàárọ̀ Kẹ́hìndé, ọ̀rọ̀ aṣínà rẹ ni Ogede#2291.", "Kẹ́hìndé"),
        ("id,first_name,last_name\n17,Chioma,Eze", "Chioma"),
    ],
)
def test_a_nigerian_given_name_is_found(text: str, name: str) -> None:
    assert name in [f.value for f in detect(text) if f.kind == "NAME"], detect(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sawubona Thabo, iphasiwedi yakho entsha ithi Msinga#4410.", "Thabo"),
        ("Manaja: ka kira Malam Bashir gobe da safe", "Bashir"),
        ("Abang Azlan, barang dah sampai di gudang?", "Azlan"),
        ("Payslip November — Lerato Mokoena — Net pay R 21 400,00", "Lerato Mokoena"),
        ("Rohit ne bola uska naya number 98110 22334 hai", "Rohit"),
        ("Booking for Somchai Rattanakorn, 2 guests, arriving Friday", "Somchai Rattanakorn"),
        ("Shift swap: Tigist Alemu covers Saturday for Dawit", "Tigist Alemu"),
        ("Nyomtatás: „Berlet_Horváth_Zsuzsanna.pdf” kiadva", "Horváth_Zsuzsanna"),
    ],
)
def test_a_name_after_a_salutation_or_in_a_record_is_found(text: str, name: str) -> None:
    assert name in [f.value for f in detect(text) if f.kind == "NAME"], detect(text)
