"""Irish vocatives the name rules missed, or took, at c785ac7.

Failed then:
- a name in the vocative after a greeting, its "a" in small letters ("Haigh a Chiaráin, seo
  Aoife", "Dia duit a Sheáin,");
- "A Chara," (Dear friend), a letter's opening to anyone, read as the name Cara.

Guard that passed then and must still: the vocative at a line's start ("A Phádraig,").
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Haigh a Chiaráin, seo Aoife ón gclub peile. Tá cluiche ag 10 r.n.", "Chiaráin"),
        ("Dia duit a Sheáin, conas atá tú?", "Sheáin"),
        ("A Phádraig,\nBeidh cruinniú ann Dé Máirt.", "Phádraig"),
    ],
)
def test_the_name_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_dear_friend_stays() -> None:
    text = "A Chara,\nBeidh cruinniú ann Dé Máirt."
    assert Scrubber().scrub(text) == text
