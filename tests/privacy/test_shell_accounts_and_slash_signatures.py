"""Accounts and signatures the rules missed at c785ac7.

Failed then:
- the account a shell's `whoami` prints on the next line ("$ whoami" then "ewan");
- an administrator's account in quotes in an audit log ("changed by admin 'rwilliams'");
- a text message signed after a slash with the writer's number after the name ("Ta med
  förkläde. /Karin 073-642 18 05").

Guards that passed then and must still: a service's account after `whoami` ("root") or after
"admin" ("admin 'root'"), an office's word before a landline after a comma.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$ env | grep -i token\nMAPBOX_TOKEN=${MAPBOX}\n$ whoami\newan", "ewan"),
        (
            "Dec 06 14:22:31 clubserver auth: password for user 'sophie.kim' changed by admin 'rwilliams'",
            "rwilliams",
        ),
        (
            "Hej! Påminnelse: ostkursen börjar 18.00 på Gårdsbutiken. Ta med förkläde. /Karin 073-642 18 05",
            "Karin",
        ),
    ],
)
def test_the_person_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "$ whoami\nroot",
        "Logged in as admin 'root'",
        "Questions? Call the office, Reception 0161 496 0000",
    ],
)
def test_no_one_is_found(text: str) -> None:
    assert Scrubber().scrub(text) == text
