"""An Irish letter's greeting: "A Sheáin, a chara," — the particle "A" and the name lenited.

At 77695bb the names here were left: Irish adds an "h" after a name's first letter when it
addresses the person (Pádraig → "A Phádraig"), and slenderises a man's name too (Seán → "A
Sheáin", Tomás → "A Thomáis"), so no list knew the word. An English line that opens with "A"
and a word and a comma is a guard.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Sheáin, a chara,\nGo raibh míle maith agat as do thabhartas.", "Sheáin"),
        ("A Phádraig, a chara,\nTá do cheadúnas eisithe.", "Phádraig"),
        ("A Thomáis, tá do chód nua réidh.", "Thomáis"),
        ("A Mháire,\nBeidh fáilte romhat arís.", "Mháire"),
    ],
)
def test_the_addressed_name_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", ["A Ship, a plane and a train.", "A Thousand, a million, a billion."])
def test_an_english_line_is_left(text: str) -> None:
    assert Scrubber().scrub(text) == text
