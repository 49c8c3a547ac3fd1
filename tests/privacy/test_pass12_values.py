"""Twelfth pass on values: what is nobody's, though shaped like a value (a form's blanks, an
exception's key, an image's digest, a version in a file name or after a word, a router's pool
of private addresses, a company's footer, a period of years, an order's "#" reference, a
published test card whatever read it), and codes and passwords people tell each other.
Every example is written here, none copied from a corpus."""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, f.value) for f in detect(text)}


def _kinds(text: str) -> set[str]:
    return {f.kind for f in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Card PIN: ______   Repeat PIN: ______",
        "Passwort: __________   Passwort wiederholen: __________",
        "Mot de passe : ________",
    ],
)
def test_a_forms_blank_is_no_secret(text: str) -> None:
    assert "SECRET" not in _kinds(text)


def test_a_secret_with_underscores_in_it_stays_one() -> None:
    assert ("SECRET", "tr0ub__ad0r") in _found("Password: tr0ub__ad0r")


@pytest.mark.parametrize(
    "text",
    [
        "KeyError: 'passport_no' while building the row",
        "InvalidTokenError: 'aud' claim mismatch",
    ],
)
def test_an_exceptions_message_is_no_secret(text: str) -> None:
    assert "SECRET" not in _kinds(text)


def test_a_key_assigned_in_code_stays_a_secret() -> None:
    assert ("SECRET", "Qm83_zt4Lpw9") in _found("apiKey: 'Qm83_zt4Lpw9'")


def test_an_images_digest_is_no_mailbox() -> None:
    text = "FROM registry.example.net/web:2.0.1-beta@sha256:" + "0a1b2c3d4e5f6a7b" * 4
    assert "EMAIL" not in _kinds(text)


def test_a_mailbox_at_a_host_stays_one() -> None:
    assert ("EMAIL", "b.okafor@mailhost.ng") in _found("write to b.okafor@mailhost.ng")


@pytest.mark.parametrize(
    "text",
    [
        "Download toolkit-10.2.0.11-win64.zip from the portal",
        "Install agent-7.2.0.14-linux-arm64.tar.gz",
    ],
)
def test_a_version_in_a_file_name_is_no_ip(text: str) -> None:
    assert "IP" not in _kinds(text)


def test_an_address_next_to_a_word_stays_one() -> None:
    assert ("IP", "203.0.114.7") in _found("blocked host-203.0.114.7 after 5 failures")


@pytest.mark.parametrize(
    "text",
    [
        "Address pool: 10.0.0.20 - 10.0.0.250",
        "Plage DHCP de 172.16.5.2 à 172.16.5.99",
    ],
)
def test_a_pool_of_private_addresses_is_nobodys(text: str) -> None:
    assert "IP" not in _kinds(text)


def test_a_range_of_public_addresses_stays() -> None:
    assert ("IP", "81.2.69.160") in _found("Logins from 81.2.69.160 - 81.2.69.171 were blocked")


@pytest.mark.parametrize(
    "text",
    [
        "Impressum · Copyright 2025 Fernwald GmbH, Lindenstraße 14, Kassel",
        "© 2024 Harbourline Ltd · 5 Quay Street · All rights reserved",
    ],
)
def test_a_companys_footer_has_no_home_address(text: str) -> None:
    assert "ADDRESS" not in _kinds(text)


def test_an_address_in_a_letter_stays() -> None:
    assert "ADDRESS" in _kinds("Please send the keys to 5 Quay Street, Bristol")


@pytest.mark.parametrize(
    "text",
    [
        "Verslagweg 3.2.1 is klaar, kijk even",
        "Nach dem Hotfixring 2.4.1 neu starten",
    ],
)
def test_a_version_after_a_word_is_no_house_number(text: str) -> None:
    assert "ADDRESS" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chopin vécut rue Tronchet de 1839 à 1841.",
        "Liszt wohnte in der Schillerstraße 1848 bis 1861.",
    ],
)
def test_a_period_of_years_is_no_house_number(text: str) -> None:
    assert "ADDRESS" not in _kinds(text)


def test_a_house_number_before_a_town_stays() -> None:
    assert "ADDRESS" in _kinds("Wir wohnen jetzt in der Hauptstraße 1912, 04109 Leipzig")


def test_an_orders_reference_is_no_street() -> None:
    assert "ADDRESS" not in _kinds("Commande #BD-5521 expédiée")
    assert "ADDRESS" not in _kinds("তোমার অর্ডার #BD-7783 পৌঁছেছে")


def test_a_published_test_card_on_a_documentation_line_is_nobodys() -> None:
    assert "CARD" not in _kinds("Sandbox card number 5555 5555 5555 4444 always succeeds")


def test_a_published_test_card_on_a_receipt_stays() -> None:
    assert "CARD" in _kinds("Card number 5555 5555 5555 4444, charged 42.10 EUR")
