"""Accounts a program names beside a credential, which the account rules did not read at 29be316.

Failed then:
- git's prompts ("Username for 'https://github.com': kowens", "Password for
  'https://kowens@github.com':");
- curl's "-u login:password";
- a .pgpass line's user;
- a till's "staff=" key;
- a login found once, named again under a key no rule reads ('to="ted_lowther"').

Guards that passed then and must still: a service's account in those places ("admin",
"x-access-token", "postgres"), and a "staff=" key's value that is no one ("staff=all").
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber

_GIT = (
    "$ git push origin main\nUsername for 'https://github.com': kowens\n"
    "Password for 'https://kowens@github.com': "
)
_FORUM = (
    '[08:10:33] forum.login user="ted_lowther" email="ted@example.org"\n'
    '[08:20:30] forum.pm from="system" to="ted_lowther"'
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_GIT, "kowens"),
        ("$ curl -s -u hbrandt:Kl0ster-77 https://club.example/api/members/12", "hbrandt"),
        ("# ~/.pgpass\n10.1.4.20:5432:members:lfarrow:Pw0rd!2026", "lfarrow"),
        ("Dec 04 10:31:17 till02 pos[2218]: txn ok amount=12.00 staff=tamsin", "tamsin"),
        (_FORUM, "ted_lowther"),
    ],
)
def test_the_account_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "$ curl -u admin:$ADMIN_PASS https://club.example/health",
        "Username for 'https://github.com': x-access-token",
        "# ~/.pgpass\nlocalhost:5432:*:postgres:$PGPASS",
        "rota updated staff=all shift=late",
    ],
)
def test_service_accounts_stay(text: str) -> None:
    scrubbed = Scrubber().scrub(text)
    assert "NAME" not in scrubbed, scrubbed
