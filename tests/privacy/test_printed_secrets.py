"""Secrets a console prints or stores, escaped JSON, a told password's other words, a code
answered on the next line (app/privacy/credentials.py, app/privacy/told.py)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("$ az keyvault secret show --name smtp --query value -o tsv  →  Kettle-Moss-31", "Kettle-Moss-31"),
        (
            "$ kubectl get secret ledger -o jsonpath='{.data.password}' | base64 -d\nB1rch#Lake2026",
            "B1rch#Lake2026",
        ),
        (
            "$ aws configure set aws_secret_access_key Qm7v2RkT9xLp4WnZ8sYb3HcJ6dFg --profile ops",
            "Qm7v2RkT9xLp4WnZ8sYb3HcJ6dFg",
        ),
        ("eSIM ready: scan or type LPA:1$rsp.carrier.example$7QKD-22MX-PLW8", "7QKD-22MX-PLW8"),
        ('{"SecretString": "{\\"user\\":\\"billing\\",\\"password\\":\\"Tz8!mQ2#vLp\\"}"}', "Tz8!mQ2#vLp"),
        ('vault_token = "hvs.K8fPq2LmX9vT4nRz7WbY3cJd"', "hvs.K8fPq2LmX9vT4nRz7WbY3cJd"),
        ("Sveiki! Tere Kadri, sinu uus parool on Kask-Meri-42", "Kask-Meri-42"),
        ("Здравей, Петре, новата ти парола е Липа_Рила_88", "Липа_Рила_88"),
        ("Courier: at the gate, what's the code?\nMe: 7 3 1 9 and push hard", "7 3 1 9"),
    ],
)
def test_a_printed_stored_or_told_secret_is_found(text: str, secret: str) -> None:
    assert secret in [f.value.rstrip(".") for f in detect(text) if f.kind == "SECRET"], detect(text)
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "$ kubectl get secret ledger -o jsonpath='{.data.password}' | base64 -d",
        "api_key = settings.SECRET_KEY",
        "password = process.env.DB_PASSWORD",
        "$ aws configure set region eu-west-2 --profile ops",
        "What's the postcode?\nMe: SW1A 1AA",
    ],
)
def test_a_reference_or_no_output_is_no_secret(text: str) -> None:
    assert [f for f in detect(text) if f.kind == "SECRET"] == [], detect(text)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "Backup codes for the staff portal\nq7m2-x9k4   w3p8-z6n1\nEach code works once.",
            ["q7m2-x9k4", "w3p8-z6n1"],
        ),
        ("my seed phrase is lunar basket hollow timber cradle ozone", []),  # six words: no wallet's phrase
        (
            "the recovery phrase is maple orbit velvet crane hollow timber cradle ozone ladder sunset gravel"
            " pepper, don't lose it",
            ["maple orbit velvet crane hollow timber cradle ozone ladder sunset gravel pepper"],
        ),
        ("【快递】取件码 55021937，请凭码取件。", ["55021937"]),
        ("Lambar tabbatarwa ku ita ce 604218. Kada ku bayyana ta.", ["604218"]),
    ],
)
def test_listed_codes_a_recovery_phrase_and_a_pickup_code_are_secrets(text: str, secrets: list[str]) -> None:
    assert [f.value for f in detect(text) if f.kind == "SECRET"] == secrets, detect(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('$ bitcoin-cli walletpassphrase "maple-ferry-71-Dune" 60', "maple-ferry-71-Dune"),
        ("שלום דנה, הקוד לכספת השתנה ל-4417. תמחקי אחרי שקראת", "4417"),
        ("Lindiwe, ikhodi yegeyithi ngu-3390", "3390"),
        ("Sawubona Sipho, iphasiwedi yakho ithi Msinga#2207", "Msinga#2207"),
    ],
)
def test_a_secret_joined_to_its_word_or_a_wallets_passphrase_is_found(text: str, secret: str) -> None:
    assert secret in [f.value for f in detect(text) if f.kind == "SECRET"], detect(text)
