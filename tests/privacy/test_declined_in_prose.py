"""A known first name in a case other than its own, inside a sentence of a language that
declines names (app/privacy/names.py `_DECLINED_WORD`): Polish, Czech, Hungarian pet forms
and endings; places in the locative and German nouns are left."""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jutro oddam klucze Jackowi, bo wyjeżdżam.", "Jackowi"),
        ("Proszę przekazać notatki Kubie przed zajęciami.", "Kubie"),
        ("Dnes jsem volala Honzovi, že přijde později.", "Honzovi"),
        ("Holnap a csomagot Gergőnek adom át, mert nem leszek otthon.", "Gergőnek"),
        ("Az iskolai pénzt Zsófinál lehet leadni, ha nem vagyok ott.", "Zsófinál"),
    ],
)
def test_a_declined_first_name_inside_a_sentence_is_a_name(text: str, name: str) -> None:
    assert name in [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    "text",
    [
        "Výstava o dětství Nikoly Tesly je v muzeu, narodil se v Smiljanu.",
        "Wir treffen uns morgen bei den Rosen im Garten hinter dem Haus.",
        "Jutro idziemy do Biedronki i do Żabki po zakupy.",
    ],
)
def test_places_shops_and_german_nouns_are_left(text: str) -> None:
    values = [f.value for f in detect(text) if f.kind == "NAME"]
    assert not [v for v in values if v in ("Smiljanu", "Rosen", "Biedronki", "Żabki")]
