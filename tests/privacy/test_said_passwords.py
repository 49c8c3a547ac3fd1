"""A password told in a sentence on a line about a password or a login, with no symbol in it
(credentials._password_in_prose)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("his netflix login is the usual one, Tiger!2019", "Tiger!2019"),
        ("password's on the fridge: Pumpkin-Spice-42", "Pumpkin-Spice-42"),
        ("Wi-Fi: CoffeeShop_Guest / latte4life", "latte4life"),
        ("chiave wifi: gattonero2023", "gattonero2023"),
        ("Login for the bakery till: marzipan77", "marzipan77"),
    ],
)
def test_a_password_without_a_symbol_is_found_on_its_line(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reset your password with Windows11 recovery media",
        "Password hashes use argon2id and ed25519 keys",
        "Log in with your Ubuntu22 image and 1Password",
    ],
)
def test_technical_names_on_a_password_line_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
