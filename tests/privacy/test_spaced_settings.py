"""Secrets a config gives after a space, not "=", and a command's password flag."""

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('hostname "[RU] Friday mix"\nrcon_password "Medved_2026!ru"   # do not commit', "Medved_2026!ru"),
        ('sv_licenseKey "cfxk_1aB9cD8eF7gH6iJ5kL4m_3Xq2Rw"', "cfxk_1aB9cD8eF7gH6iJ5kL4m_3Xq2Rw"),
        ('set steam_webApiKey "B2D4F6A8C0E1935746A8C2E0F4D6B8A1"', "B2D4F6A8C0E1935746A8C2E0F4D6B8A1"),
        ("steam@cs2:~$ ./rcon -H 127.0.0.1 -p 27015 -P 'n8Qz!rLm2Vd' status", "n8Qz!rLm2Vd"),
        ("$ restic backup --password Tr0ub4dor-77 /srv", "Tr0ub4dor-77"),
    ],
)
def test_a_spaced_secret_is_found(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('rcon_password ""\nsv_password "${RCON_PASSWORD}"', "${RCON_PASSWORD}"),
        ("./rcon -H 127.0.0.1 -p 27015 status", "27015"),
        ('password_min_length "12"', "12"),
    ],
)
def test_an_empty_a_referenced_or_a_settings_value_stays(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)


def test_netsh_shows_a_wifi_key_under_its_content_and_its_mode_is_no_secret() -> None:
    text = (
        "Security settings\n-----------------\n    Authentication         : WPA2-Personal\n"
        "    Security key           : Present\n    Key Content            : beans&rice2026"
    )
    scrubbed = Scrubber().scrub(text)
    assert "beans&rice2026" not in scrubbed
    assert "WPA2-Personal" in scrubbed
    assert "Key Content" in scrubbed


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("passphrase: correct horse battery staple", "battery staple"),
        ("Answer to security question: Hendrix", "Hendrix"),
        ("Passphrase (wallet): ocean tiger maple", "tiger maple"),
    ],
)
def test_a_passphrases_words_and_a_security_answer_are_found_whole(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    ["Passphrase: see the vault", "The passphrase policy: at least 4 words", "Wallet passphrase: hidden"],
)
def test_where_a_passphrase_is_or_its_policy_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text
