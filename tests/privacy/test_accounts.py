"""Accounts in their own notation (names._LOG_ACCOUNT, names._LOGINS) and versions after "@"."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("Event 4740: account locked out — FABRIKAM\\r.oyelaran after 5 attempts", "r.oyelaran"),
        ("ldapmodify: modifying entry (uid=hbjornsdottir,ou=people,dc=corp)", "hbjornsdottir"),
        ("openvpn[912]: lnakashima/81.2.69.160:51820 MULTI: Learn: 10.8.0.6", "lnakashima"),
        ("Pipeline red since @wanjiru-k pushed the config change", "wanjiru-k"),
        ("congrats to @beatriz.lm on the new job!!", "beatriz.lm"),
    ],
)
def test_an_account_in_its_notation_is_found(text: str, login: str) -> None:
    assert login in [f.value for f in detect(text)]
    assert login not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "reg add HKLM\\software\\policies /v NoAutoUpdate",
        "copy \\\\FILESRV\\share\\reports\\q3.xlsx",
        "- uses: actions/setup-python@v5",
        "npm install eslint@latest --save-dev",
        "npm i @angular-devkit/build-angular",
        "@font-face { font-family: Inter; }",
        "(uid=root) matched 1 entry",
    ],
)
def test_paths_versions_and_at_rules_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Wrappers made with `@functools.wraps` keep the wrapped name.",
        "ruff check @arguments.txt",
        "print(width('XY\\x07'))",
    ],
)
def test_code_files_and_escapes_are_no_accounts(text: str) -> None:
    assert Scrubber().scrub(text) == text
