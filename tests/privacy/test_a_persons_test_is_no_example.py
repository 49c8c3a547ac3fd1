"""An eye test or a blood test near a code does not make the code a documentation example.

A short code near the word "test" is read as a test mode's example (a sandbox's PIN). At
220efd3 the failing cases here lost their key safe's or door's code that way: the test nearby
was a person's (an eye test at home, a blood test). The guards (left alike then) keep a software
test's short code an example's and keep "Key" before "safe" from being read as a person once
the code is found.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("SUMMARY:Home eye test - Mr Alan Price\nDESCRIPTION:Key safe code 5183, knock loudly.", "5183"),
        ("Blood test at home on Friday.\nDoor code 4471, flat 2 on the left.", "4471"),
    ],
)
def test_a_code_near_a_persons_test_is_kept_secret(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


def test_a_code_of_a_software_test_stays_an_example() -> None:
    text = "Use the test PIN 1234 in the sandbox."
    assert Scrubber().scrub(text) == text


def test_key_before_a_safe_is_no_name() -> None:
    text = "SUMMARY:Home eye test - Mr Alan Price\nDESCRIPTION:Key safe code 5183, knock loudly."
    assert "Key safe code" in Scrubber().scrub(text)
