"""Firms and towns the name rules took for people at c785ac7.

Failed then:
- a firm's name before America's comma and its legal form ("From: Sysco Chicago, Inc., 250
  Wieboldt Dr, Des Plaines, IL 60016"): the name was taken, and the firm's address with it;
- a town after its postcode that is a closing word too ("5683 CG Best, NL": "Best," read as a
  letter's closing and "NL" as its writer).

Guards that passed then and must still: a person before a comma and a word that is a legal form
in a sentence ("Anna Berg, Ltd edition prints"), a closing inside a message ("Thanks, Rob").
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "From: Sysco Chicago, Inc., 250 Wieboldt Dr, Des Plaines, IL 60016",
        "INVOICE 2026-7781   Medisupply Europe BV, Industrieweg 12, 5683 CG Best, NL",
    ],
)
def test_the_firm_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thanks to Anna Berg, Ltd edition prints are sold out", "Anna Berg"),
        ("Ok see you then. Thanks, Rob", "Rob"),
    ],
)
def test_the_person_is_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)
