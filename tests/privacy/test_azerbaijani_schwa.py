"""Azerbaijani names written with its schwa, ə and Ə (issue 16, thirty-fourth session).

Azerbaijani's "ə" (U+0259, capital U+018F) lies outside the Latin blocks the name patterns read,
so at 387342c "Əli Məmmədov" was no name's word at all while "Ali Mammadov" was found. The
guard is an ordinary Azerbaijani sentence, which came back unchanged before and must now.
The names are made up for these tests; none is a corpus line's.
"""

# ruff: noqa: RUF001  (Azerbaijani writes a dotless i)
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Müştəri: Əli Məmmədov", "Əli Məmmədov"),
        ("Həsən Quliyev dünən zəng etdi.", "Həsən Quliyev"),
    ],
)
def test_an_azerbaijani_name_with_its_schwa(text: str, name: str) -> None:
    assert name in _names(text)


def test_an_ordinary_azerbaijani_sentence_stays() -> None:
    assert _names("Sifarişiniz hazırdır. Təşəkkür edirik, yenə gözləyirik.") == []
