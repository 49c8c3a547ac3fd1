"""A social service's "Usuario/a:" and "Beneficiaria:" name the person served (data/labels.txt),
also before a form's column gap and the next field: "Usuario/a: Carmen Ruiz Delgado        DNI:
96476478B". The first fails at 862b4b4; a login after "Usuario:" stays found as one (guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Usuario/a: Carmen Ruiz Delgado        DNI: 96476478B", "Ruiz Delgado"),
        ("Beneficiaria: Rosa Méndez Ortiz   Expediente 2231", "Méndez Ortiz"),
    ],
)
def test_the_person_served_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_login_after_usuario_is_still_found() -> None:  # guard
    assert "mgarciap" not in Scrubber().scrub("Usuario: mgarciap")
