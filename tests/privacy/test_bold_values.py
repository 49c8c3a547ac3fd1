"""A value markdown sets in bold, a digit in it, is read without its stars
(scrub._BOLD_VALUE): "Old house alarm: **2468** then OFF". It fails at 944809f; a masked
mailbox's and phone's stars and a bold label stay as they were (guards)."""

from __future__ import annotations

from app.privacy.scrub import Scrubber


def test_a_bold_code_after_its_label() -> None:
    assert "7305" not in Scrubber().scrub("- Shed alarm: **7305** then OFF, key under the pot")


def test_masked_values_keep_their_stars() -> None:  # guard
    text = "We sent a code to j***@gmail.com and +44 7*** ***123."
    assert Scrubber().scrub(text) == text


def test_a_bold_label_stays() -> None:  # guard
    text = "**Order:** 2291 · **Total:** £14"
    assert Scrubber().scrub(text) == text
