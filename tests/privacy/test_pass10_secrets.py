"""Secrets the way people and screens give them, by cause (issue 16, tenth pass).

Each cause has lines that must lose their secret and a tempting line of the same shape that
must come back unchanged. The values are made up for these tests; none is a corpus line's.
"""

# ruff: noqa: RUF001  (lines are written in their own scripts)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def _secrets(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "SECRET"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # words between the label and the value, a colon or a copula after them
        ("Password for the team's shared calendar account: Otter$Plum!77", "Otter$Plum!77"),
        ("Clave de acceso de la cuenta del banco: Wq7#mN2pLs", "Wq7#mN2pLs"),
        ("Das WLAN-Passwort für das Gästenetz lautet jetzt Birke!Wolke55", "Birke!Wolke55"),
        ("Le mot de passe du routeur est toujours Citron&Vert88", "Citron&Vert88"),
        ("The SFTP password is currently Quartz+Lime903", "Quartz+Lime903"),
        ("ok the vault pw, remove after reading: 7t!Harbor-Mist-12", "7t!Harbor-Mist-12"),
        ("heslo k serveru je pořád Modra#Ryba42", "Modra#Ryba42"),
        ("Das Passwort lautet Fichte#Moos31", "Fichte#Moos31"),
        ("пароль — Qwerty!2026ab", "Qwerty!2026ab"),
        ("密码是abc#12345", "abc#12345"),
        ("비밀번호는 Sky!9922lab", "Sky!9922lab"),
        ("Ang password ng router ay Sampaguita#88", "Sampaguita#88"),
        # a Wi-Fi pre-shared key
        ("hostapd: ssid=Lab-Net wpa_psk=orchid-copper-5521", "orchid-copper-5521"),
        ("psk: meadow-violet-3391", "meadow-violet-3391"),
    ],
)
def test_a_password_after_words_that_say_whose_it_is(text: str, secret: str) -> None:
    assert secret in _secrets(text)
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("[11:02] Jonas: hast du das Passwort? [11:03] Mia: ja, es ist Holunder#4471", "Holunder#4471"),
        ("Password ••••••••  Reveal ▸ Granite!Fox64", "Granite!Fox64"),
        ("Hesabınızın şifresi şu an Kartal#7788 olarak ayarlandı", "Kartal#7788"),
        ("Qual é a senha do wifi? — é Jabuticaba@2025!", "Jabuticaba@2025!"),
        ("Wi-Fi for guests: CafeLuna / Espresso#Bar77", "Espresso#Bar77"),
    ],
)
def test_a_password_told_in_prose_on_a_line_that_names_one(text: str, secret: str) -> None:
    assert secret in _secrets(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Login failed: my bank PIN 5127 is blocked", "5127"),
        ("CVC 982 · expires 11/28", "982"),
        ("Your Acme sign-in code is 731905", "731905"),
        ("731905 is your Acme verification code", "731905"),
        ("Bestätigungscode: 448210", "448210"),
        ("Tu código de verificación es 220871", "220871"),
        ("gate code for the back courtyard is 2580* after 10pm", "2580"),
        ("G-482019 is your Google verification code.", "482019"),
        ("Your PIN code 4471 was reset", "4471"),
        ("Verification code: G7KQ2X", "G7KQ2X"),
    ],
)
def test_pins_and_one_time_codes(text: str, secret: str) -> None:
    assert secret in _secrets(text)


def test_backup_codes_each_and_a_recovery_phrase() -> None:
    codes = "Recovery codes for m.tanaka: 4HJ8-K2LQ 7WZP-9XRN, 3MTC-6YVB"
    assert {"4HJ8-K2LQ", "7WZP-9XRN", "3MTC-6YVB"} <= set(_secrets(codes))
    phrase = "river amber cotton shelf eagle dune pilot sugar glide moral trust kettle"
    assert _secrets(f"Seed phrase (keep offline): {phrase}") == [phrase]
    numbered = "1. pony 2. harbor 3. velvet 4. crisp 5. rocket 6. ankle 7. lemon 8. toast 9. glove 10. orbit"
    assert _secrets(f"Seed words:\n{numbered} 11. lunar 12. depth\nContinue") == [
        f"{numbered} 11. lunar 12. depth"
    ]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            'account_key = "Xk3PqW9mZ2rT7vB5nL8cH1dJ4fG6sA0eY2uI9oK3tR7wQ1zM5xN8bV2cL4pF6hG=="',
            "Xk3PqW9mZ2rT7vB5nL8cH1dJ4fG6sA0eY2uI9oK3tR7wQ1zM5xN8bV2cL4pF6hG==",
        ),
        ("Client secret 9fQ2xLm7Tz3Rv8Nk1Wp6Yc4Hd5Fg0aEu", "9fQ2xLm7Tz3Rv8Nk1Wp6Yc4Hd5Fg0aEu"),
        (
            "MAIL_KEY='SG.Ab3dEf6hIj9kLm.Nz2yXw5vUt8sRq1pOn4mLk7jIh0gFe3dCb6aZy9xWv'",
            "SG.Ab3dEf6hIj9kLm.Nz2yXw5vUt8sRq1pOn4mLk7jIh0gFe3dCb6aZy9xWv",
        ),
        (
            "BitLocker recovery key: 402391-118822-530211-601029-219780-372163-661364-027885",
            "402391-118822-530211-601029-219780-372163-661364-027885",
        ),
        ("signing: whsec_9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c", "whsec_9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c"),
        # an id / secret pair: the secret after the id
        (
            "vonage_auth: AC7d2f9b1c4e8a3f6d0b5c9e2a7f1d4b8c / 4e1b8d3a7f2c9e6b0d5a8f3c1e7b4d2a",
            "4e1b8d3a7f2c9e6b0d5a8f3c1e7b4d2a",
        ),
    ],
)
def test_keys_named_key_or_secret_hold_random_strings(text: str, secret: str) -> None:
    assert secret in _secrets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Enter your password",
        "Your PIN must be between 4 and 6 digits long.",
        "The password for the wifi is on the fridge",
        "Password last changed: 2026-03-01",
        "Password manager: 1Password 8.10.4",
        "password hash algorithm: argon2id, memory 65536 KiB",
        "Password policy: min 12 characters, at least 1 symbol (!@#$%) and 1 digit",
        "Password reset link sent at 14:02, check your inbox",
        "Secret Santa draw on 12/20 at 3pm",
        "WARN token cache miss for key 'session:7c1e9b' — refreshing",
        "Access denied for 'ro_user'@'localhost' (using password: YES)",
        "Error code 500: password service unavailable",
        "The verification code expires in 10 minutes",
        "Security code is the 3 digits on the back of your card",
        "Door code changes every month; ask reception on floor 3",
        "Backup codes: none generated yet",
        "Recovery phrase: write these words down and keep them somewhere safe, never share them with anyone",
        'public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"',
        "STRIPE_PUBLISHABLE_KEY=pk_live_51HxYzAbCdEfGh123",
        "cache_key: user:42:profile",
        "git checkout feature/password-reset#142",
        "ssid=Guest-Network-5G channel=36",
        "token expires at 2026-12-01T08:14:22+00:00",
        "db.password = ${DB_PASSWORD}",
        "パスワードは8文字以上にしてください",
        "Password - see the team vault",
        "Area code 415, postcode 94107, error code 0x80070005",
        "Promo code SAVE20 at checkout",
        "Wi-Fi network: Guest_5G (no password needed)",
        "2026-11-02T10:01:09Z INFO auth: session renewed for worker 7",
        "Forgot your password? Call the help desk on ext#4412 or see INC#20391",
        "Password sync fixed in v2.4.1-rc+build77",
        "Your code review is 100% done",
        "object_key = uploads/2026/scan_0042_final.pdf",
        # the shape of a key filled with a placeholder, as documentation shows it
        "Set STRIPE_KEY to sk_test_XXXXXXXXXXXXXXXXXXXXXXXX in .env",
        "export OPENAI_API_KEY=sk-your-api-key-goes-here",
    ],
)
def test_lines_about_secrets_without_one_stay(text: str) -> None:
    assert _secrets(text) == []


def test_an_authorization_header_scheme_is_not_the_secret() -> None:
    text = "Authorization: Basic bWFyYTpQbHVtVHJlZTIwMjUh"
    assert _secrets(text) == ["bWFyYTpQbHVtVHJlZTIwMjUh"]
