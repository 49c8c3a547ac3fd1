"""A team's mailbox at its organisation's own domain, named by a plural, is nobody's."""

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "The Fixtures Secretary mailbox (fixtures@northleague.org) is unattended until 5 January.",
        "To: supporters@hopeacrossborders.org\nSubject: Winter appeal",
        "Please contact trips@oakfield.example with any questions.",
    ],
)
def test_a_plural_teams_mailbox_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a free mail service's mailbox is its holder's, whatever its user
        ("Reply to dragonlovers@gmail.com", "dragonlovers@gmail.com"),
        # a plural the lists know as a name
        ("Write to jones@harbourlaw.co.uk about the lease", "jones@harbourlaw.co.uk"),
        ("From: Thandiwe Mokoena <thandi.mokoena@capeworks.co.za>", "thandi.mokoena@capeworks.co.za"),
    ],
)
def test_a_persons_mailbox_is_found(text: str, address: str) -> None:
    assert address not in Scrubber().scrub(text)
