"""A chat message's first word a pronoun follows is a verb that asks, not a name the line's
speaker makes likely (beside._SUBJECT_AFTER): "Agent Marisol: Can I get your full name?". It
fails at 862b4b4; a name heading a list after a named speaker stays found (guard)."""

from __future__ import annotations

from app.privacy.scrub import Scrubber


def test_a_question_s_verb_stays() -> None:
    assert "Can I get" in Scrubber().scrub("Agent Marisol: Can I get your full name?")


def test_a_name_heading_the_message_is_still_found() -> None:  # guard
    text = "Schichtübergabe Ayşe Demir: Jens an Linie 3, Mehmet an der Verpackung"
    assert "Jens" not in Scrubber().scrub(text)
