"""A test card beside a camel-cased test key or a fixture's run is the processor's published
card (examples._TEST_CUE): '"testCard":"4242 4242 4242 4242"', stripe's "Running fixture for:
payment_intent (card 4242 ..., cvc 123)". They fail at 862b4b4; the same card on an order with
no such word stays found, and "testosterone" is no test's word (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    "text",
    [
        '{"reservation":"84120937","card":{"brand":"VISA","last4":"0832"},"testCard":"4242 4242 4242 4242"}',
        "Running fixture for: payment_intent  (card 4242 4242 4242 4242, exp 12/34, cvc 123)",
    ],
)
def test_a_published_test_card_in_a_test_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order 5521 paid with card 4242 4242 4242 4242, exp 12/34",
        "Testosterone panel for order 5521, card 4242 4242 4242 4242",
    ],
)
def test_a_test_card_without_a_test_word_is_still_found(text: str) -> None:  # guards
    assert "4242 4242 4242 4242" not in Scrubber().scrub(text)
