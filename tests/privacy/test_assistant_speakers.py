"""An app's assistant named as a person is, speaking in a chat ("Cleo AI:", "Erica Assistant:"),
is a program (names._ASSISTANT_WORDS). It is taken for a person at 944809f; a person who speaks
stays found (a guard)."""

from __future__ import annotations

from app.privacy.scrub import Scrubber


def test_an_assistant_speaker_is_no_person() -> None:
    text = "Nova AI: You've spent £212 on groceries this month.\nYou: ouch\nNova AI: Want a budget?"
    assert Scrubber().scrub(text) == text


def test_a_person_speaking_stays_found() -> None:  # guard
    assert "Lopez" not in Scrubber().scrub("Anna Lopez: see you at 5\nYou: ok")
