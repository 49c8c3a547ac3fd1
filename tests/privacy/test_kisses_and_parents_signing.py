"""Sign-offs the name rules read wrongly at c785ac7.

Failed then:
- a sign-off's "!" doubled and a kiss after the name ("Thanks!! Liv x") hid the writer;
- a parent's word after a closing was taken for a name ("Love, Mum xx", "Love,\\nNana").

Guard that passed then and must still: a name after a closing and before a kiss ("Cheers, Tom x").
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sort code 40-11-62 if you need to refund the overpayment.\nThanks!! Liv x", "Liv"),
        ("Cheers, Tom x", "Tom"),
    ],
)
def test_the_writer_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", ["Love, Mum xx", "Love,\nNana"])
def test_a_parent_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text
