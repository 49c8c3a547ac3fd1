# ruff: noqa: RUF001  (a Chinese chat writes its colon and question mark full width)
"""A phone told in a chat ("my number ...", a contact's label, Chinese "電話係 ...") is a
person's (scrub._CALL_CUE, scrub._PHONE_LABELLED); where a secret is kept or read from (a
Windows variable, "using $TOKEN", a key file's path) is no secret (credentials._NOT_LITERAL).
The four phones and the three references fail at 4df7612; the two others pass there (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("ok i transfer now, my number 8765 2210 for paynow", "8765 2210"),
        ("Buyer: Lim Wei Jie\nContact: 9734 1180", "9734 1180"),
        ("阿明：你電話係咪 6123 4408？", "6123 4408"),
        ("my new number is 8812 0394 btw", "8812 0394"),
        ("Mobile: 9734 1180", "9734 1180"),  # guard
    ],
)
def test_a_phone_told_in_a_chat(text: str, phone: str) -> None:
    assert phone not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("[sip]\nuser=kiosk\npassword=%SIP_KIOSK_PASS%", "%SIP_KIOSK_PASS%"),
        ("Auth token: using $SURVEY_TOKEN from the environment", "using $SURVEY_TOKEN"),
        ("$ echo $SIGNER_KEYPAIR_PATH\n/home/deploy/.config/signer/id.json", "/home/deploy/.config/signer"),
        ("Contact: 24/7 through the app", "24/7"),  # guard
    ],
)
def test_where_a_secret_is_kept_is_no_secret(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
