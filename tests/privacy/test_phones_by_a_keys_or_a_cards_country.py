"""Phones read with a country's numbering plan that the line did not show at 7af7018: Iceland's
by its word for a phone at a settings key's end ("eigandi_simi = 897 1153"), Malaysia's by an
identity card's number on the line (which the matcher also joined to the phone before it).

Guards that passed then and must still: the identity card's number itself stays an ID, and a
line of seven digits with no Icelandic word keeps them.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect

_ROW = "2  Lim Wei Jie              016-229 4418   920105-08-7713"


@pytest.mark.parametrize(
    ("text", "value"),
    [("eigandi_simi = 897 1153", "897 1153"), (_ROW, "016-229 4418")],
)
def test_the_phone_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_the_identity_number_stays_an_id() -> None:
    kinds = {f.kind for f in detect(_ROW) if f.value == "920105-08-7713"}
    assert kinds == {"NATIONAL_ID"}


def test_seven_digits_without_the_word_are_kept() -> None:
    assert "897 1153" in Scrubber().scrub("batch_size = 897 1153 rows")
