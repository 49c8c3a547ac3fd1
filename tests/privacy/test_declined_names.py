"""A Slavic first name and surname in one of their cases, with the "e" Polish and Czech drop,
and a Hungarian name written family name first (app/privacy/names.py: declined_full_name,
_mobile_e, _HUNGARIAN_NAME)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Przesyłka dla Jacka Malinowskiego czeka w punkcie odbioru.", "Jacka Malinowskiego"),
        ("Rozmawiałam z Tomaszem Zawadzkim o grafiku na grudzień.", "Tomaszem Zawadzkim"),
        ("Zpráva od Pavla Dvořáka přišla včera večer.", "Pavla Dvořáka"),
    ],
)
def test_a_declined_full_name_is_found(text: str, name: str) -> None:
    assert name in _names(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Вечір читань у музеї Тараса Шевченка в суботу.",
        "Nowa marka Nowaka Foods trafi do sklepów w styczniu.",
    ],
)
def test_a_public_figure_or_a_sentence_is_no_declined_name(text: str) -> None:
    assert _names(text) == [], detect(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Időpont visszaigazolva: Horváth Gábor, 12.09. 10:20", "Horváth Gábor"),
        ("Megrendelő: Nagyné Kovács Erika - Tel.: +36 30 123 4567", "Nagyné Kovács Erika"),
        ("Ügyintéző: Szabó Istvánné, szoba 12", "Szabó Istvánné"),
    ],
)
def test_a_hungarian_name_family_name_first_is_found(text: str, name: str) -> None:
    assert name in _names(text), detect(text)


def test_a_turkish_phrase_of_a_surname_and_a_word_is_no_hungarian_name() -> None:
    assert _names("Türk Hava Yolları İstanbul–Tokyo seferlerini haftada 10'a çıkarıyor.") == []
