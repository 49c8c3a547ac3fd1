"""Secrets the secret rules missed at c785ac7.

Failed then:
- a PHP array's key before "=>" ("'db_password' => '...'": the "=" was read alone and ">" taken
  for the value), and a password's word glued in small letters ("'dbpassword' => ...");
- an error tracker's DSN key before its host ("https://9f1c3a7e5b2d4c8a@o44721.ingest...");
- a keypad's code with the door in brackets and markdown's bold ("Keypad (side door): **7261**");
- a PIN told six words after its word ("PIN for your Dojo Door (Unit 3) is 73 91");
- a word that starts with a one-time code's ("Tanners Yard" with "TAN") took the phone after it
  for a code.

Guards that passed then and must still: a word that ends in "pass" ("compass = 270"), an
alarm's model in brackets, a short DSN key of eight characters (the club's line failed then).
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$config = ['db_password' => 'Thermik42', 'timeout' => 30];", "Thermik42"),
        ("'dbpassword' => 'Thermik+Aufwind#42',", "Thermik+Aufwind#42"),
        ('sentry_dsn: "https://9f1c3a7e5b2d4c8a@o44721.ingest.sentry.io/5520"', "9f1c3a7e5b2d4c8a"),
        ("# Boathouse Access\n- Keypad (side door): **7261**", "7261"),
        ("PIN for your Dojo Door (Unit 3) is 73 91 until 31 Dec. Do not share.", "73 91"),
    ],
)
def test_the_secret_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "compass = 270",
        "Alarm (model 2024): see manual",
        "SENTRY_DSN: https://a1b2c3d4@o4471.ingest.sentry.io/55201",
        "club,address,phone\nRiverside Rowing Club,Unit 4 Tanners Yard,01373 455 210",
    ],
)
def test_no_secret_is_found(text: str) -> None:
    assert Scrubber().scrub(text) == text
