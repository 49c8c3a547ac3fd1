"""A message signed with the short form of its writer's given name, which the rules missed at
c785ac7: "From: Patrick Mahoney <...>" then "Pat" alone on the last line, "Daniel Ahern" then
"Dan", "Tyrone Beckford" then "Ty".

Guard that passed then and must still: a closing word on the last line ("Thanks").
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "From: Patrick Mahoney <pat.mahoney@outlook.ie>\nSubject: repeat\n\nMobile 087 224 9130.\nPat",
            "Pat",
        ),
        (
            "From: Daniel Ahern <dan.ahern@me.com>\nTo: accounts@example.org\n\nPlease resend it.\nDan",
            "Dan",
        ),
        ("From: Tyrone Beckford <tbeckford@hotmail.com>\nRunning late, sorry.\nTy", "Ty"),
    ],
)
def test_the_short_name_is_found(text: str, short: str) -> None:
    assert not Scrubber().scrub(text).endswith(short)


def test_a_closing_word_stays() -> None:
    assert (
        Scrubber()
        .scrub("From: Thomas Berg <t.berg@x.se>\nSee you at the meeting.\nThanks")
        .endswith("Thanks")
    )
