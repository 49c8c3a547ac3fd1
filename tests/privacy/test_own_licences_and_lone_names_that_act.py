"""A licence someone's own is a driving licence ("Her licence is D6101-40706-60905",
national_ids._LABEL), and a lone first name that did or does something is a person ("- Gwen
did the 2am check", names._PERSON_AFTER). They fail at 862b4b4.

Guards: a firm or a language that does something stays, and a software licence key is no
driving licence (since the thirty-ninth session a licence key after its label is a secret, as
an independently written corpus labels it, so its guard asks for the kind, not for the text
unchanged)."""

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


def test_other_words_stay() -> None:  # guard
    text = "Apple did well this quarter. Python goes fast."
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_software_licence_key_is_no_driving_licence() -> None:  # guard
    found = detect("my license key is ABCD-1234-EFGH-5678")
    assert found, "the key is a secret"
    assert {f.kind for f in found} == {"SECRET"}, found
