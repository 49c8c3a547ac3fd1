"""A label may say what its value is for before its colon (labelled._QUALIFIER,
credentials._ASSIGNED): a nursery's 'Password for collection: "blue giraffe"', an "Address for
correspondence:" read whole. Those two fail at 862b4b4; "Password for the wifi: Kiwi!2291" was
found there by its shape (kept as a guard), and a sentence about the password and a pointer to
where it is stay (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Collected by Grandma Pat at 17:40. Password for collection: "blue giraffe".', "blue giraffe"),
        ("Password for the wifi: Kiwi!2291", "Kiwi!2291"),
        ("Address for correspondence: Flat 2, Hill View, Leeds", "Hill View"),
    ],
)
def test_the_password_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", ["A password for collection is required.", "Password for reset: see email"])
def test_words_about_the_password_stay(text: str) -> None:  # guards
    assert Scrubber().scrub(text) == text, detect(text)
