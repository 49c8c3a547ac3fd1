"""A card's number right before its expiry, and one a script without spaces runs on from.

At 5ca31b5 these failed: "new one is 4485 1834 0855 4368 09/29" (the expiry's month ran into
the number, whose eighteen digits fail the check) and "JCB 3538 8069 9017 8241でお願いします"
(the word after it glued to its last digit).

Guards that passed then and must still: a long order number with two digits after it and no
expiry, and a tracking number whose groups fail the check.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Owen: my card got replaced, new one is 4485 1834 0855 4368 09/29, cvv 774", "4485 1834 0855 4368"),
        ("Flo: klar, zahl mit meiner: 5238 4710 0418 2636 09/28", "5238 4710 0418 2636"),
        ("なお、カード決済はJCB 3538 8069 9017 8241でお願いします。", "3538 8069 9017 8241"),
    ],
)
def test_the_card_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Order 4485183408554368 12", "4485183408554368"),
        ("Tracking 1234 5678 9012 3456 78", "1234 5678 9012 3456 78"),
    ],
)
def test_what_is_no_one_s_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
