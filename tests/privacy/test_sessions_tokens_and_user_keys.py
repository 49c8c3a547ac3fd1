"""Who `last` lists, tokens in a URL's user and an authenticator's seed, and user keys.

At 599e473 these failed:
- `last`'s and `who`'s rows kept their accounts ("fiona    pts/0   86.139.54.21 ...");
- a Sentry DSN's key, a token as a URL's user, was left;
- an authenticator app's seed under "totp_seed:" was left, and Hungarian's password key in ASCII
  ("JELSZO=");
- a user key glued to a prefix or spelled in ASCII kept its account ("SMS_KASUTAJA=kadri.tamm",
  "anvandare = olle_lindgren");
- a record's key for who did something was read for a few verbs only ('"checked_out_by":').

Guards that passed then and must still: root's and a reboot's rows of `last`, and a URL whose
user is a word ("https://git@example.org/team/app.git").
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber

_LAST = (
    "$ last -n 4\n"
    "fiona    pts/0        86.139.54.21     Sun Dec  6 21:10   still logged in\n"
    "wesley   pts/1        2a01:4b00:8c3e::1 Sun Dec  6 20:02 - 20:40  (00:37)\n"
    "root     tty1                          Sun Dec  6 19:00 - 19:10  (00:10)\n"
    "reboot   system boot  6.1.0-18-amd64   Sun Dec  6 18:59   still running"
)


def test_last_names_its_people_not_root_nor_a_reboot() -> None:
    scrubbed = Scrubber().scrub(_LAST)
    assert "fiona" not in scrubbed
    assert "wesley" not in scrubbed
    assert "\nroot     tty1" in scrubbed
    assert "\nreboot   system boot" in scrubbed


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "SENTRY_DSN=https://a81f33c0d9e24b7f9a56e0c4b2d7f118@o44120.ingest.sentry.io/551",
            "a81f33c0d9e24b7f9a56e0c4b2d7f118",
        ),
        (
            "    password: Engine21-Ladder!\n    totp_seed: JBSWY3DPEHPK3PXPQ7RK4LZA",
            "JBSWY3DPEHPK3PXPQ7RK4LZA",
        ),
        ("BEJELENTKEZES=kovacs.gabor@freemail.hu\nJELSZO=Herend1826_porcelan", "Herend1826_porcelan"),
    ],
)
def test_the_secret_is_found(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("SMS_KASUTAJA=kadri.tamm\nSMS_PAROOL=Paaste!Voru2026", "kadri.tamm"),
        ("[tradera]\nanvandare = olle_lindgren\nlosenord = Gustaviansk1790!", "olle_lindgren"),
        ('{"tool":"Festool Domino DF 500","checked_out_by":"yusuf.kaplan"}', "yusuf.kaplan"),
    ],
)
def test_the_account_is_found(text: str, login: str) -> None:
    assert login not in Scrubber().scrub(text)


def test_a_word_as_a_urls_user_is_left() -> None:
    text = "Clone it from https://git@example.org/team/app.git"
    assert Scrubber().scrub(text) == text
