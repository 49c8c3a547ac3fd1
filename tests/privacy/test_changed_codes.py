"""A code told as what it was changed to on a line that names it, with no question before it
(answers._changed_codes): "Keypad to meds room changed to 3790". It fails at 944809f; a code of
conduct changed to a new version stays (a guard)."""

from __future__ import annotations

from app.privacy.scrub import Scrubber


def test_a_changed_code() -> None:
    text = "- Keypad to the sluice room changed to 6614 (old one shared on Facebook)"
    assert "6614" not in Scrubber().scrub(text)


def test_a_code_of_conduct_stays() -> None:  # guard
    text = "The code of conduct changed to version 2024 last week."
    assert Scrubber().scrub(text) == text
