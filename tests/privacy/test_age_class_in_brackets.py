"""A race's age class or a seat in brackets after a runner's name is no nickname.

At 599e473 "Runner: Dominika Wróbel (F40)" came back with "F40" replaced too: a bracketed word
with a digit beside a found name was read as the person's handle. A handle in brackets
("Gazza", "vikk77") is still read as the person's other name (a guard that passed then).
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize("text", ["Runner: Dominika Wróbel (F40)", "Swimmer: Tomasz Nowak (U12)"])
def test_the_class_is_kept(text: str) -> None:
    scrubbed = Scrubber().scrub(text)
    assert text[text.index("(") :] in scrubbed
    assert text.split(": ")[1].split(" (")[0] not in scrubbed


@pytest.mark.parametrize(
    ("text", "nickname"), [("Chris Gallagher (Gazza)", "Gazza"), ("Viktor Lindqvist (vikk77)", "vikk77")]
)
def test_a_handle_in_brackets_is_still_the_persons(text: str, nickname: str) -> None:
    assert nickname not in Scrubber().scrub(text)
