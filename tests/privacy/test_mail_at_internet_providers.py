"""A mailbox at an internet provider's own mail service is someone's, whatever its user.

At 5ca31b5 these failed: "eoinos@eircom.net" and "nkaragiannis@otenet.gr" were read as teams'
mailboxes (a plural's "s" at the user's end, at a domain no list gave as a mail service's).

Guards that passed then and must still: a team's plural mailbox at its club's own domain
("fixtures@hartleyvalefc.org.uk").
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("M-20933,Eoin Ó Súilleabháin,eoinos@eircom.net,2024-02-14,Friend,N", "eoinos@eircom.net"),
        ("Από: Νίκος Καραγιάννης <nkaragiannis@otenet.gr>", "nkaragiannis@otenet.gr"),
    ],
)
def test_the_mailbox_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_team_s_mailbox_is_kept() -> None:
    assert "fixtures@hartleyvalefc.org.uk" in Scrubber().scrub(
        "Send results to fixtures@hartleyvalefc.org.uk"
    )
