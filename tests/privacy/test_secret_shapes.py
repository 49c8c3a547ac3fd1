"""Secrets by their format and by what they open (app/privacy/credentials.py): password hashes,
session cookies, authenticator setup keys, PowerShell secure strings, codes told without the
word "code", and a card's approval code that is none."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "backup:$6$Qm3kT9xa$7hJ2pR8sL0vN4cX6bZ1yW3eU5iO9aS2dF4gH6jK8lZ0xC2vB4nM6qW8eR0tY2uI4oP6aS8dF0gH2jK4lZ6xC8v0:19802:0:99999:7:::",
            "$6$Qm3kT9xa$7hJ2pR8sL0vN4cX6bZ1yW3eU5iO9aS2dF4gH6jK8lZ0xC2vB4nM6qW8eR0tY2uI4oP6aS8dF0gH2jK4lZ6xC8v0",
        ),
        (
            "password_hash = '$2b$12$Lq8vN3xR7tY1uI5oP9aS2eD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2y'",
            "$2b$12$Lq8vN3xR7tY1uI5oP9aS2e",
        ),
        (
            "pbkdf2_sha256$720000$Wq3eR5tY7uI9$kL2zX4cV6bN8mQ0wE2rT4yU6iO8pA0sD2fG4hJ6kL8z=",
            "pbkdf2_sha256$720000",
        ),
        ("Cookie: PHPSESSID=q8w7e6r5t4y3u2i1o0p9a8s7d6; theme=light", "q8w7e6r5t4y3u2i1o0p9a8s7d6"),
        ("Set-Cookie: _shop_session=Zx81Kq0PwL2mN4bV6cX8; Secure", "Zx81Kq0PwL2mN4bV6cX8"),
        ("curl -b 'JSESSIONID=0F1E2D3C4B5A69788796A5B4C3D2E1F0' https://intranet.local/", "0F1E2D3C4B5A6978"),
        ("Can't use the camera? Type this setup key: MZXW 6YTB OI2D 4NRT", "MZXW 6YTB OI2D 4NRT"),
        (
            "$cred = ConvertTo-SecureString 'Copper!Lantern-55' -AsPlainText -Force",
            "Copper!Lantern-55",
        ),
        ("the key safe next to the bins is 6620", "6620"),
        ("the garage door is 3-1-4-1 since Monday", "3-1-4-1"),
        ("the lockbox is 9912 now, not 4471", "4471"),
        ("大门密码是7730，别告诉别人", "7730"),
        ("사무실 비번 5582요", "5582"),
    ],
)
def test_secret_is_found(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mastercard ****1884   AUTH CODE 552901   Total €18.40",
        "Session: Morning keynote in Hall B",
        "session_timeout=1800",
        "Your key: your code goes here then",
        "$cred = Get-Credential",
    ],
)
def test_no_secret_is_found(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_an_authenticator_code_after_auth_code_is_still_a_secret() -> None:
    assert "610442" not in Scrubber().scrub("Your auth code is 610442")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("田中さん、DBのadminパスワードは Qz8!pL3#wK です", "Qz8!pL3#wK"),
        ("前台：储物柜密码改成 562193 了", "562193"),
        ("رمز اینترنت خونه اینه: Baran#5521", "Baran#5521"),
    ],
)
def test_a_secret_told_in_an_unspaced_or_persian_sentence_is_found(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("//registry.npmjs.org/:_authToken=0c7d2e91-5a3b-4f8e-b6d1-9e2a4c7f1b30", "0c7d2e91-5a3b"),
        (
            "OBS → Stream key: live_50318274_Kq3vX9mT2pL7sR4wZ8nB1cY6",
            "live_50318274_Kq3vX9mT2pL7sR4wZ8nB1cY6",
        ),
    ],
)
def test_a_registry_token_and_a_stream_key_are_found(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # codes named by what they do rather than "verification"
        ("Steam Guard code: T7QX2", "T7QX2"),
        ("Clinic app activation code: QP4M-77KD-X2RW", "QP4M-77KD-X2RW"),
        ("Speaker pairing code: ZKT-4Q9", "ZKT-4Q9"),
        ("Type this code on the console: 9RDK-M2T7", "9RDK-M2T7"),
        ("Use code 70413 to unlock your account.", "70413"),
        ("Panel: disarm code 2208, duress code 6161", "6161"),
        # a cupboard's or a bike lock's code, said with spaces between its digits
        ("Theatre 2 medicine cabinet code 5820#", "5820#"),
        ("the bike lock is 3 1 7 7 btw", "3 1 7 7"),
    ],
)
def test_codes_named_by_their_use_are_hidden(text: str, code: str) -> None:
    assert code not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    ["Use code WINTER15 at checkout for 15% off", "Enter the code printed on your ticket: 4410 2291 7730"],
)
def test_discount_codes_and_long_numbers_are_no_code(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "SECRET"], detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Guest Wi-Fi password: see the card by the door",
        "VPN password: ask Priya in IT",
        "PIN: same as before",
    ],
)
def test_where_to_find_a_password_is_no_password(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "SECRET"], detect(text)


def test_a_romanian_temporary_password_is_found() -> None:
    assert "Vn7#Qp3z" not in Scrubber().scrub("parolă temporară: Vn7#Qp3z")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "https://files.s3.amazonaws.com/a.pdf?X-Amz-Expires=600&X-Amz-Signature=5f1c9a0e7b3d2c4a8e6f1b0d9c7a5e3f",
            "5f1c9a0e7b3d2c4a8e6f1b0d9c7a5e3f",
        ),
        (
            "Type the key shown below into your authenticator: MZXW 6YTB OI2Q K7DP 4Q",
            "MZXW 6YTB OI2Q K7DP 4Q",
        ),
    ],
)
def test_a_signed_urls_signature_and_a_short_ended_setup_key_are_found(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Din engångskod är 402 118. Ange den inom 10 minuter.", "402 118"),
        ("Engangskoden din er 27 90 13", "27 90 13"),
        (
            "Shared: https://www.dropbox.com/scl/fi/x1y2z3/scan.pdf?rlkey=k3v9q0w8e7r6t5y4u3i2o1p0a&dl=0",
            "k3v9q0w8e7r6t5y4u3i2o1p0a",
        ),
    ],
)
def test_a_one_time_code_in_groups_and_a_shared_links_key_are_found(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("redis-cli -h cache01 -a 'Mv4!qT9z' ping", "Mv4!qT9z"),
        ("sshpass -p Orchid-Lake-62 ssh backup@nas01", "Orchid-Lake-62"),
        (
            "BitLocker key for the finance laptop: 038412-559921-104877-662013-771245-390012-845560-120093",
            "038412-559921-104877-662013-771245-390012-845560-120093",
        ),
    ],
)
def test_command_line_passwords_and_a_bitlocker_key_are_found(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Security question: Mother's maiden name? · Answer: Featherstone88", "Featherstone88"),
        ("Memorable word: lighthouse42 (characters 2, 5 and 7 asked at login)", "lighthouse42"),
    ],
)
def test_a_security_answer_and_a_memorable_word_are_secrets(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


def test_a_masked_answer_is_kept() -> None:
    text = "Security question set: yes · Answer: ********"
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a secret's variable printed in a shell, and the line it prints
        (
            "PS C:\\Users\\tmwangi> echo $env:KLAVIYO_PRIVATE_KEY\n"
            "pk_8f1e0c2d9b7a6e5f4d3c2b1a0f9e8d7c6b\nPS C:\\Users\\tmwangi>",
            "pk_8f1e0c2d9b7a6e5f4d3c2b1a0f9e8d7c6b",
        ),
        ("$ printenv DB_PASSWORD\nHarbour-Lantern-2291", "Harbour-Lantern-2291"),
    ],
)
def test_a_printed_secret_variables_value_is_a_secret(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text), detect(text)


def test_a_prompts_home_folder_names_its_person_not_a_system_account() -> None:
    assert "tmwangi" not in Scrubber().scrub("PS C:\\Users\\tmwangi> dir")
    assert Scrubber().scrub("$ echo $HOME\n/home/deploy") == "$ echo $HOME\n/home/deploy"


def test_a_routers_wireless_key_is_a_secret() -> None:
    assert "9fTq-4HwP-KmRx" not in Scrubber().scrub(
        "Router sticker: SSID BT-7XK2QP  Wireless key: 9fTq-4HwP-KmRx"
    )
