"""People in prose by a cue the earlier rules lacked: a role then the name between commas, a
council or clergy title, inflected first names in a list, a spoken one-time password."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ring the office if the plumber, Declan, has not arrived by ten.", "Declan"),
        ("I forwarded it to my solicitor, Priscilla Ambrose, this morning.", "Priscilla Ambrose"),
        ("Minutes: Cllr Ashdown moved the motion; Revd Okafor closed with a prayer.", "Ashdown"),
        ("Minutes: Cllr Ashdown moved the motion; Revd Okafor closed with a prayer.", "Okafor"),
        ("Podziękowania dla Bartosza i Zuzanny za pomoc!", "Bartosza"),
        ("Ihr Einmalpasswort lautet 518 274.", "518 274"),
    ],
)
def test_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "We flew to the capital, Paris, then on to Lyon.",
        "The opening act, Queen, played for an hour.",
        "The report is due Friday; the rest, Appendix B, can wait.",
    ],
)
def test_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text
