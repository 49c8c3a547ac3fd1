"""More national IDs by their labels: Spain's social security affiliation ("Nº afiliación
Seguridad Social"), Brazil's health card (CNS), Britain's door-supervisor licence (SIA), a US
licence's "DL/ID #:", and a passenger record's passport typed "P" in JSON (national_ids). The
five numbers fail at 4df7612; "SIA" before words stays there and here (a guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Nº afiliación Seguridad Social: 08/51730294/17", "51730294"),
        ("Cartão Nacional de Saúde: 702 4018 3365 9120", "3365 9120"),
        ("Door staff: Kofi Mensah (SIA 1017 4420 9918 3306) 22:10", "9918 3306"),
        ("Owner 1: LINDGREN, ERIK A.\nWashington DL/ID #: 5528176", "5528176"),
        ('{"pax":[{"surname":"COSTA","doc":{"type":"P","no":"CC771093","iss":"PRT"}}]}', "CC771093"),
    ],
)
def test_an_id_by_its_label(text: str, number: str) -> None:
    assert number not in Scrubber().scrub(text)


def test_sia_before_words_stays() -> None:  # guard
    text = "SIA approved contractor scheme since 2019"
    assert Scrubber().scrub(text) == text
