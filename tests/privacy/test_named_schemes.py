"""A number in the exact shape of a scheme the text names anywhere (national_ids._NAMED_SCHEMES):
Nigeria's BVN and NIN, India's Aadhaar (Verhoeff-checked) and a person's PAN, given a sentence or
a chat turn away from the scheme's name. The four fail at 944809f; a Nigerian phone beside "NIN",
an Aadhaar-shaped number whose check fails and a firm's PAN (fourth letter C) stay (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


def _aadhaar(first11: str) -> str:
    from stdnum import verhoeff

    return first11 + verhoeff.calc_check_digit(first11)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Don't share your BVN with anyone.\nAde: too late, I sent 22490317765 to the 'agent'",
            "22490317765",
        ),
        ("Bring the NIN slip.\nChika: mine na 61820493357, abeg print am", "61820493357"),
        (
            "Aadhaar copy needed for the lease.\nSunil: mine is " + _aadhaar("73190482561"),
            _aadhaar("73190482561"),
        ),
        ("We also need your mother's PAN; she thinks it is AQZPK7710R.", "AQZPK7710R"),
    ],
)
def test_a_number_of_a_scheme_the_text_names(text: str, number: str) -> None:
    assert number not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bring the NIN slip. Office line 08031234567 is for the front desk.", "08031234567"),
        ("Aadhaar seeding camp on Saturday, token 7319 0482 5612 for the queue.", "7319 0482 5612"),
        ("PAN details are on page 2. Supplier code AACCM4417K.", "AACCM4417K"),
    ],
)
def test_other_numbers_stay(text: str, kept: str) -> None:  # guard
    assert kept in Scrubber().scrub(text)
