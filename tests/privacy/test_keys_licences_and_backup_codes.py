"""Keys and answers the secret rules did not read at 7af7018.

Failed then:
- an API key in a settings file in another language ("api_lykill = ...");
- a Mailchimp API key, its data centre after a dash ("...-us14");
- a program's licence key after its label ("Licence key: ABC-4K7Q-...");
- backup codes in markdown's backticks ("Backup codes: `7710 2284`, `9031 4475`");
- a security question's answer after the question in brackets ("Security question (mother's
  maiden name): **Pemberton**");
- an account's recovery answer in quotes ("My account recovery answer is 'Gullfoss2004'");
- the number an authenticator's sign-in asks for ("Enter the number shown to sign in: 63");
- a password after Czech's "Hesla:" (the word in another case).

Guards that passed then and must still: a licence's name ("Licence: MIT"), a key's setting
that is no secret ("api_version = 3"), and prose about a recovery answer with no value.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("api_lykill = ice_7Hd8Qw2Lx9Vb3Nm1", "ice_7Hd8Qw2Lx9Vb3Nm1"),
        ("- Mailchimp: `0a1b2c3d4e5f60718293a4b5c6d7e8f9-us14`", "0a1b2c3d4e5f60718293a4b5c6d7e8f9-us14"),
        ("Licence key: ABC-4K7Q-88ZX-2LMN-93PD", "ABC-4K7Q-88ZX-2LMN-93PD"),
        ("- Backup codes: `7710 2284`, `9031 4475`", "7710 2284"),
        ("- Backup codes: `7710 2284`, `9031 4475`", "9031 4475"),
        ("- Security question (mother's maiden name): **Pemberton**", "Pemberton"),
        ("He wrote: \"My account recovery answer is 'Gullfoss2004' if you need it.\"", "Gullfoss2004"),
        ("Approve sign-in?\nEnter the number shown to sign in: 63\nApp: Outlook", "63"),
        ("Hesla: Jezevec99", "Jezevec99"),
    ],
)
def test_the_secret_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Licence: MIT\nCopyright 2026 the contributors", "MIT"),
        ("api_version = 3\napi_timeout = 30", "api_timeout = 30"),
        ("Set a recovery answer you will remember in Settings.", "you will remember"),
        ("Změna hesla proběhla úspěšně.", "Změna hesla"),
    ],
)
def test_what_is_no_secret_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
