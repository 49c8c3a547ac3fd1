"""A secret given in the turn after the question that asks for it (app/privacy/credentials.py),
a CPF at a sentence's end (national_ids.py) and a double first name in a record's row
(rows.py)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _values(text: str, kind: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Rui: qual é a senha do router?\nMarta: Gaivota!2231", "Gaivota!2231"),
        ("Sam: what's the key safe code?\nPriya: 6604, it's by the meter", "6604"),
        ("Jonas: wie ist das WLAN-Passwort?\nElif: ok, es ist Birke7Regen", "Birke7Regen"),
    ],
)
def test_a_secret_answered_in_the_next_turn(text: str, secret: str) -> None:
    assert secret in _values(text, "SECRET")


@pytest.mark.parametrize(
    "text",
    [
        "Ana: what's the meeting code?\nBo: 10:30 in room 4",
        "Ana: code for the gate?\nBo: 2026-12-04 I think",
        "Ana: do you have the pin?\nBo: no idea sorry",
        "Ana: which wifi do I use?\nBo: the guest one, it is open",
    ],
)
def test_an_answer_that_gives_no_secret_is_left(text: str) -> None:
    assert _values(text, "SECRET") == []


def test_a_cpf_before_a_full_stop_is_found() -> None:
    assert _values("Segue o CPF da aluna: 529.982.247-25. Obrigada!", "NATIONAL_ID") == ["529.982.247-25"]


def test_a_double_first_name_beside_a_surname_makes_the_row_a_persons() -> None:
    text = "Popescu;Ana-Maria;2910815400014;15.08.1991;Bucuresti"
    assert {"Popescu", "Ana-Maria"} <= set(_values(text, "NAME"))
    assert _values(text, "NATIONAL_ID") == ["2910815400014"]
