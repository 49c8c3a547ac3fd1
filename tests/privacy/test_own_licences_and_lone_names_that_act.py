"""A licence someone's own is a driving licence ("Her licence is D6101-40706-60905",
national_ids._LABEL), and a lone first name that did or does something is a person ("- Gwen
did the 2am check", names._PERSON_AFTER). They fail at 862b4b4; a software licence key and a
firm or a language that does something stay (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I was not driving. My wife was. Her licence is D6101-40706-60905 (Illinois).", "D6101-40706-60905"),
        ("- Gwen did the 2am check; ewe 4471 had twins, both up and feeding", "Gwen"),
    ],
)
def test_the_value_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    ["my license key is ABCD-1234-EFGH-5678", "Apple did well this quarter. Python goes fast."],
)
def test_other_words_stay(text: str) -> None:  # guards
    assert Scrubber().scrub(text) == text, detect(text)
