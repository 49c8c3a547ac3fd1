"""A full name that ends its line or its column, judged without the next line's or cell's word.

At 77695bb the names here were left: the pair rule reads a name's words across any white space,
so the next line's or the next cell's first word ("Lane", "Room", "Code") counted as the name's
last and made it a thing's ("Oduya Lane"). A name and a thing's word inside one cell ("The Marie
Curie Building") is a guard; it passed then too.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("09:15  #0982  Margaret Oduya    Lane 5   9 mm", "Margaret Oduya"),
        ("Guest: none\nLucía Fernández Garrido\nRoom 5 is ready", "Lucía Fernández Garrido"),
    ],
)
def test_the_name_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


def test_a_buildings_name_is_left() -> None:
    text = "Lectures move to the Marie Curie Building from Monday."
    assert Scrubber().scrub(text) == text
