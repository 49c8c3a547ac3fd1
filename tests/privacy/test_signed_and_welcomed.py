"""A letter's signature after a blank line, for someone else ("Im Auftrag") or with the
signer's post after a comma (names._CLOSED), and an account page's "Welcome, <name>"
(data/greetings.txt); a greeting inside a setting's or a file's name greets no one
(labelled._patterns). The four names and "Im Auftrag" taken for a name fail at 4df7612; the
closing with the name right under it passes there (a guard), and the three kept texts are
kept there too (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please settle the balance.\n\nKind regards,\n\nTemperance Oduyoye\nAccounts", "Oduyoye"),
        ("Bitte prüfen Sie die Unterlagen.\n\nMit freundlichen Grüßen\nIm Auftrag\nPfisterer", "Pfisterer"),
        ("Keep this letter safe.\nYours faithfully,\nJoyce Nanjala, Programme Officer", "Nanjala"),
        ("My Account\nWelcome, Ciarán Ó Súilleabháin\nLoans (2) · Holds (0)", "Súilleabháin"),
        ("Thanks again.\nBest regards,\nWendelin Obermoser", "Obermoser"),  # guard
    ],
)
def test_a_signer_or_a_welcomed_reader(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        'welcome_text = "Welcome to the club — tap your fob"',  # guard
        "greeting_prompt: prompts/en-GB/welcome_v7.wav",  # guard
        "Thanks, Monday, Tuesday and Friday work for the delivery",  # guard
    ],
)
def test_no_one_is_welcomed_or_signs(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_signing_for_someone_is_no_name() -> None:
    text = "Bitte prüfen Sie die Unterlagen.\n\nMit freundlichen Grüßen\nIm Auftrag\nPfisterer"
    assert "Im Auftrag\n<NAME_1>" in Scrubber().scrub(text)
