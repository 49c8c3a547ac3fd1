"""People named by a handle, a device, a home network or their family's name
(app/privacy/households.py)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # handles after a social or marketplace screen's words, or after "@"
        ("message from rosa_m1992: is the bike still for sale?", "rosa_m1992"),
        ("Posted by karl.wendt.84 · 2h", "karl.wendt.84"),
        ("Zapytanie od użytkownika kasia_w88: czy aktualne?", "kasia_w88"),
        ("@quinn.harlow_ tagged you in a photo", "quinn.harlow_"),
        ("sent it to @Tobi-Adeyemi-3 but it bounced", "Tobi-Adeyemi-3"),
        # a first name joined to a device's word
        ('client-hostname "Rafaels-MacBook-Air";', "Rafael"),
        ("Connected devices: Laptop-Henrike, Galaxy-S22", "Henrike"),
        ("DHCP lease: Imogen-s-iPhone expires 23:59", "Imogen"),
        # a home network named after its household
        ("Network: TheOkaforFamily_5G", "Okafor"),
        ("connected: Casa_Marisol (5 GHz)", "Marisol"),
        # a family by its surname
        ("Thanks to the Okonkwo family for the flowers", "Okonkwo"),
        ("Remind the Hendersons about Saturday", "Henderson"),
    ],
)
def test_a_person_named_by_what_is_theirs(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # decorators, package scopes, imports, hosts and tables written like handles
        "@pytest.fixture",
        "npm install @types/node",
        "from app.privacy import names",
        "SELECT * FROM order_items WHERE id = 4",
        "  host: db.internal.example.net",
        "config loaded from settings.yaml",
        # a title's plural after "of the"
        "The Lord of the Rings: The Two Towers",
        # a device or network with no name in it
        "Connected devices: Galaxy-S22, Living-Room-TV",
        "Network: Office_5G",
    ],
)
def test_things_written_like_handles_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("@okonjo approved these changes", "okonjo"),
        ("@adaeze commented on this pull request", "adaeze"),
    ],
)
def test_a_handle_that_acts_is_found(text: str, handle: str) -> None:
    assert handle not in Scrubber().scrub(text)


def test_a_bot_that_acts_stays() -> None:
    text = "@dependabot opened this pull request"
    assert Scrubber().scrub(text) == text
