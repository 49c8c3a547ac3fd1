"""A letter to "Sehr geehrte Kundin, sehr geehrter Kunde" greets every customer, not a person
(labelled._NOT_A_NAME): it fails at 862b4b4; a greeting with a name stays found (guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    "text",
    [
        "Sehr geehrte Kundin, sehr geehrter Kunde, Ihre Datenkopie steht zum Download bereit.",
        "Estimada clienta, su pedido ha sido enviado.",
    ],
)
def test_a_greeting_to_every_customer_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_greeting_with_a_name_is_still_found() -> None:  # guard
    assert "Kowalczyk" not in Scrubber().scrub("Sehr geehrte Frau Kowalczyk, Ihre Datenkopie ist bereit.")
