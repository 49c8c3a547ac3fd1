"""A soldier's or a veteran's numbers after their labels (national_ids._LABEL): "Service number
25123456", "Army number 30087654", "DoD ID: 1234567890", "VA file number: 28 456 789". They fail
at 862b4b4; a customer service's number stays a business's (guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Service number 25123456, Pte J. McAllister, 2 RIFLES", "25123456"),
        ("Army number 30087654", "30087654"),
        ("DoD ID: 1234567890", "1234567890"),
        ("VA file number: 28 456 789", "28 456 789"),
    ],
)
def test_the_number_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_customer_services_number_stays() -> None:  # guard
    text = "Customer service number: 0800 123 4567"
    assert Scrubber().scrub(text) == text, detect(text)
