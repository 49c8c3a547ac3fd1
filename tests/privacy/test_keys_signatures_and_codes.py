"""Keys, signatures and codes the fourteenth session's corpora showed missed (issue 16).

Each example was written for this test: an authenticator's setup key in one run, a webhook's
signature header, an Ed25519 private key's body, backup codes after a long account, a padlock's
code without a preposition, a code whose last group is two characters, a Chinese authorisation
code, a locker's number before its code, an Amharic code. Their look-alikes (a fingerprint, a
product code, a locker's size) stay.
"""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Can't scan it? Enter this key instead: JZ3WK5LQNBXGC4TFMZ2XI6DP", "JZ3WK5LQNBXGC4TF"),
        (
            "POST /hooks/pay 200 Stripe-Signature: t=1765000000,v1=0f9e8d7c6b5a49382716f5e4d3c2b1a0",
            "0f9e8d7c6b5a4938",
        ),
        (
            "signer (keep private): MC4CAQAwBQYDK2VwBCIEIAb3Kp9Lm2Qr7Tx4Vw8Yz1Cd6Ef0Gh5Jk3Ns9Pu2RsQw",
            "K2VwBCIEIAb3Kp9",
        ),
        (
            "Backup codes for priyanka.venkataraman@northgate-housing.org (print them): 4hx2-9kpq  m7rt-2c8w",
            "m7rt-2c8w",
        ),
        ("Luca: codice lucchetto 7-3-0-2, poi rimettete le chiavi", "7-3-0-2"),
        ("Votre colis vous attend. Code de retrait : 4K9P-27", "4K9P-27"),
        ("您的授权码：M4Q8-T2WZ，请勿转发。", "T2WZ"),
        # what the code opens carries its own number
        ("and the bike shed? — shed 3 is 4419", "4419"),
        # the words between the code and "is" hold an account with dots
        ("The security code for j.k.rowe@example.net is 8HQ2-4TZP.", "8HQ2-4TZP"),
        # four digits, a hyphen, two more
        ("Seu código de verificação é 5521-08.", "5521-08"),
        ("የበሩ ኮድ 2291 ነው", "2291"),
    ],
)
def test_the_key_signature_or_code_is_a_secret(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Host key fingerprint: SHA256:AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
        "Product key family: KMS client setup keys are listed on the vendor's page.",
        "Certificate (public): MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UE",
        "Locker 12 is 40 cm wide and 180 cm tall.",
    ],
)
def test_their_look_alikes_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)
