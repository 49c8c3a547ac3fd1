"""A table's column of players' handles or members' logins.

A header that names handles ("handle", "IGN", "gamertag", "Discord") marks its cells as a
person's, mixed case and a Discord tag included ("TBrooksy", "riptide#0042"), and a header
word may hold a digit ("2fa") without the header being taken for a row. Every case of
HANDLES fails at e548393; the guards (a system's accounts under "user", a bot's login, a
column of digits) pass there and must keep passing.
"""

import pytest

from app.privacy.scrub import Scrubber

_ROSTER = (
    "| Role | IGN | Name | Discord |\n|---|---|---|---|\n| Top | Riptide | Ethan Nakamura | riptide#0042 |"
)

HANDLES = [
    (
        "ticket_id,created,player_email,handle,category\n"
        "GS-1,2026-12-01T09:12Z,tyler.b04@yahoo.com,TBrooksy,refund\n",
        "TBrooksy",
    ),
    (_ROSTER, "Riptide"),
    (_ROSTER, "riptide#0042"),
    ("gamertag,country,mobile\nVenomStrike,US,+1 415 555 2671\n", "VenomStrike"),
    (
        "login,name,email,team,last_active,2fa\n"
        "priyaraghu,Priyanka Raghunathan,priyanka.r@gmail.com,payments,2025-02-10,true\n",
        "priyaraghu",
    ),
]

GUARDS = [
    "user,action,at\nroot,reboot,2026-01-02\nadmin,login,2026-01-02\n",
    "login,team,2fa\nci-bot,platform,n/a\n",
    "handle,count\n1024,12\n",
]


@pytest.mark.parametrize(("text", "value"), HANDLES)
def test_handle_under_its_column_is_masked(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", GUARDS)
def test_systems_accounts_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
