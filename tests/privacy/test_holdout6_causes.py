"""Causes found on holdout6 (issue 16) and the speed pass before it: each with examples
written here, not taken from the corpus."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in detect(text)]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # a phone next to the numbers the matcher is no longer shown (time, ISO date, IP)
        ("2024-03-05 10:22 call back on +44 20 7946 0958", "+44 20 7946 0958"),
        ("Rappel 14:05 : 01 42 68 53 00 (ligne fixe)", "01 42 68 53 00"),
        ("from 10.1.2.3 user called 030 901820 on 05.03.2024", "030 901820"),
        # dotted French numbers look like dates and addresses but have no four-digit year
        ("Tél. portable 06.12.34.56.78", "06.12.34.56.78"),
    ],
)
def test_a_phone_beside_dates_times_and_addresses_is_found(text: str, phone: str) -> None:
    assert ("PHONE", phone) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Build 2024-03-05 10:22:31 from 192.168.10.254 finished",
        "Termin am 05.03.2024 um 10:15 im Raum 4",
    ],
)
def test_dates_times_and_addresses_are_no_phone(text: str) -> None:
    assert not [k for k, _ in kinds(text) if k == "PHONE"]


def test_a_phone_is_read_within_its_line() -> None:
    # the matcher reads one line at a time: a number broken over two lines is two texts
    text = "Zimmer 12\nPhone +49 30 901820 77\nSumme 4"
    assert ("PHONE", "+49 30 901820 77") in kinds(text)
    assert Scrubber().scrub(text).startswith("Zimmer 12\n")
