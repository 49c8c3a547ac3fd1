"""Secrets in the shapes people send them (app/privacy/hushed.py, credentials.py): six digits in
two groups on a line that warns about its code, a login answered as "account / password", a
card's "CID" after its expiry, porting codes in groups, an activation code of four groups, an
Estonian door code, a log's "otp_attempt=", a router's password read with "nvram get", a remote
support session's code and a 2FA backup code."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Salonist POS: 839 204 is your login code. Don't share it.", "839 204"),
        ("Ο κωδικός επιβεβαίωσης στο My Cosmote είναι 715 209. Ισχύει για 5 λεπτά.", "715 209"),
        ("eCitizen: Nambari yako ya uthibitisho ni 4821 90. Usimpe mtu yeyote nambari hii.", "4821 90"),
        (
            "Nadia: whats the login for the trade portal again\nOwen: estimating@ / J3ws0n!Trade24",
            "J3ws0n!Trade24",
        ),
        ("Ingrid: noen som har innlogging til arkivet?\nThomas: desk@ / Fjord-Nyhet-42", "Fjord-Nyhet-42"),
        ("Niamh: netflix login is niamh.d@hotmail.com / Pastel4Nata! dont change it", "Pastel4Nata!"),
        ("Card no.: 3412 987720 45199   Exp: 11/27   CID: 4402", "4402"),
        ("Mobile to port: 07862 450 139   PAC: PAC448 391", "PAC448 391"),
        ("Mon code RIO : 04 P1K 7A2 9QX.", "04 P1K 7A2 9QX"),
        ("Activation code: K2-7FQ3X-9HD2V-4PLM8", "K2-7FQ3X-9HD2V-4PLM8"),
        ("Omniva: Tere, Margus! Uksekood: 471902. Pakk on automaadis 7 päeva.", "471902"),
        ("WARN auth.mfa user=m.fitz@eircom.net otp_attempt=592014 result=expired", "592014"),
        ("root# nvram get wan0_pppoe_passwd\nkT7vqP2mRw\nroot# nvram get lan_ipaddr", "kT7vqP2mRw"),
        ("Remote session code: 839-201-447", "839-201-447"),
        ("2FA backup code 4829-1736", "4829-1736"),
    ],
)
def test_a_secret_in_these_shapes_is_found(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # six digits in groups after a mere word for a code are a product's
        "Tuotekoodi 123 456",
        # a slash between words and numbers where no one speaks of a login
        "Rates today: EUR / USD 1.0841, GBP / USD2024 report attached.",
        "OTP delivery rate last week: 98.4% of 120450 messages.",
        "Session code 2024-11 of the conference",
        # a ticket's code of two groups with a two-letter first one
        "รหัสบัตร BP-99812",
    ],
)
def test_codes_and_pairs_that_are_no_secret_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_greeting_before_a_comma_lists_no_one() -> None:
    assert [f.value for f in detect("Tere, Margus! Teie pakk on valmis.") if f.kind == "NAME"] == ["Margus"]
