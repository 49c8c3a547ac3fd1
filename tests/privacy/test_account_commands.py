"""The account a command acts on (accounts._ACCOUNT_COMMAND): Active Directory's cmdlets
("Get-ADUser -Identity ssithole") and Unix's user commands ("sudo passwd mwatts"), where the
account is shaped as a person's login. Both fail at 944809f; a system's account ("passwd root",
"passwd deploy") stays (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("PS C:\\Admin> Get-ADUser -Identity pnakashima -Properties LastLogonDate", "pnakashima"),
        ("ops@hr-01:~$ sudo passwd dokonkwo\nNew password:", "dokonkwo"),
    ],
)
def test_the_account_a_command_acts_on(text: str, login: str) -> None:
    assert login not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", ["ops@hr-01:~$ sudo passwd root", "ops@hr-01:~$ sudo passwd deploy"])
def test_a_system_account_stays(text: str) -> None:  # guard
    assert Scrubber().scrub(text) == text
