"""Codes people tell each other and key bodies, in the words of several languages
(app/privacy/credentials.py, ninth session)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("The lockbox is by the garage, code 5193.", "5193"),
        ("the spare key is in the key safe, code is 2580", "2580"),
        ("Your Bolt code is 4471. Don't share it.", "4471"),
        ("Código de entrega: 9182", "9182"),
        ("Your pickup code: 6605", "6605"),
        ("the storage unit code changed to 3308", "3308"),
        ("alarm code is 2-8-4-1, fob in the drawer", "2-8-4-1"),
        ("Security code for your account is 8KQ2-7XPD.", "8KQ2-7XPD"),
        ("รหัสประตูคือ 6620", "6620"),
        ("kód od branky je 4410", "4410"),
        ("новий код від домофону 3319", "3319"),
        ("WIFI:T:WPA;S:Marsh_Home;P:amber-falcon-2291;;", "amber-falcon-2291"),
        (
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB9xQ",
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ",
        ),
    ],
)
def test_a_code_told_is_a_secret(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Error code 4041 from the payment gateway",
        "Promo code SAVE-2026 gives 10% off",
        "Your Amazon order 114-2210 has shipped",
    ],
)
def test_codes_that_open_nothing_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_what_a_code_opens_does_not_make_a_postal_code_a_secret() -> None:
    text = "Parking behind the gym, postal code 2000."
    assert Scrubber().scrub(text) == text


def test_an_ldap_tools_bind_password() -> None:
    text = "ldapsearch -x -D \"cn=admin,dc=corp,dc=local\" -w 'S3cure#Bind2026' -b dc=corp"
    assert "S3cure#Bind2026" not in Scrubber().scrub(text)


def test_a_password_after_its_accounts_mailbox_and_a_slash() -> None:
    assert "Popcorn2024!" not in Scrubber().scrub("Netflix — mum@family.net / Popcorn2024!")


def test_backup_codes_after_the_account_they_are_for_and_a_dash() -> None:
    scrubbed = Scrubber().scrub("Backup codes for kemi.adeyemi@gmail.com — 5512 9904   3381 2207")
    assert "5512" not in scrubbed and "2207" not in scrubbed


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kód pro vjezd do garáže je 7731", "7731"),
        ("Kertakäyttökoodisi on 204 118.", "204 118"),
    ],
)
def test_a_czech_or_finnish_code_is_found(text: str, code: str) -> None:
    assert code not in Scrubber().scrub(text)


def test_a_finnish_product_code_stays() -> None:
    assert Scrubber().scrub("Tuotekoodi 123 456") == "Tuotekoodi 123 456"
