"""Staff, witness and trade-party labels in more languages, and Zulu form labels
(app/privacy/data/labels.txt, read by app/privacy/labelled.py)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in detect(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Turno de mañana | Enf.: Nieves | TCAE: Consuelo | Celador: Paco", ("NAME", "Consuelo")),
        ("Turno de mañana | Enf.: Nieves | TCAE: Consuelo | Celador: Paco", ("NAME", "Paco")),
        ("Zmiana dzienna | pielęgniarka: Grażyna | lekarz: Wojciech Nowicki", ("NAME", "Grażyna")),
        ("Смена 2 | медсестра: Людмила | врач: Соколова Е. Н.", ("NAME", "Людмила")),
        ("Compte rendu · Infirmière : Solène · Médecin : Dr Perrin", ("NAME", "Solène")),
        ("Fahrer: Jürgen Baumann · Tour 12 · Kennzeichen M-XY 4412", ("NAME", "Jürgen Baumann")),
        ("Isiguli: Lwazi Dlamini · Usuku lokuzalwa: 1979-04-02", ("NAME", "Lwazi Dlamini")),
        ("Isiguli: Lwazi Dlamini · Usuku lokuzalwa: 1979-04-02", ("DOB", "1979-04-02")),
        ("Inombolo kamazisi: 7904025800083 · Igama: Lwazi Dlamini", ("NATIONAL_ID", "7904025800083")),
    ],
)
def test_a_value_after_such_a_label_is_found(text: str, value: tuple[str, str]) -> None:
    assert value in _found(text), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Enfermera: disponible · Celador: pendiente de asignar",
        "Médecin : non renseigné",
    ],
)
def test_an_empty_staff_field_is_kept(text: str) -> None:
    assert not [v for k, v in _found(text) if k == "NAME"], _found(text)
