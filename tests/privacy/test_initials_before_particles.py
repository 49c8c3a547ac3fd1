"""An initial, a surname's particles and the surname (initials._INITIAL_SURNAME): "CJIB
beschikking voor J. van den Berg", "Getekend: H. von Weber". They fail at 862b4b4; a particle
after an initial with no capitalised word after it stays (guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CJIB beschikking voor J. van den Berg, Prinsengracht 263-2", "van den Berg"),
        ("Getekend: H. von Weber", "von Weber"),
    ],
)
def test_the_name_is_found_whole(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_an_initial_before_lower_case_words_stays() -> None:  # guard
    text = "Plan B. van den bus naar de trein"
    assert Scrubber().scrub(text) == text, detect(text)
