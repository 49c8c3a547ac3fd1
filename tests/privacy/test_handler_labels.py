"""Whoever handled, checked or served a record, by a label of their role (issue 16,
thirty-fourth session).

A ticket, a booking or a form names the staff member who handled it by a first name after a
label ("Verified by: Lupe", "Bearbeiter: Jonas", "Asignado a: Rafa", "Behandeld door: Kim",
"Tätowierer: Mirko"), and a signer by a form's short "Sig:"; staff are private persons. At
387342c none of these labels was in the label lists (app/privacy/data/labels.txt): the German,
Spanish, Dutch and Polish lines kept their names, and "Sig:" was read as a chat's speaker
called Sig; the other English ones lost their names to other rules and stay as guards of the
new labels. The guards keep what such labels are given that is no person (a team, a system, a
user agent, a signature's check), and a chat's speaker whose surname is a role word ("Dean
Porter:") stays a speaker.
The names are made up for these tests; none is a corpus line's.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ID checked at the desk\nVerified by: Imogen", "Imogen"),
        ("Refund approved\nAuthorised by: Priyanka", "Priyanka"),
        ("Status: erledigt\nBearbeiter: Jonas", "Jonas"),
        ("Incidencia 4471 abierta\nAsignado a: Rafa", "Rafa"),
        ("Klacht ontvangen op 2 december\nBehandeld door: Kim", "Kim"),
        ("Termin: 14.12. 11:00\nTätowierer: Mirko", "Mirko"),
        ("Sesión de piercing, sábado\nPerforadora: Carla", "Carla"),
        ("Sesja tatuażu, sobota 13:00\nTatuator: Kuba", "Kuba"),
        ("Lost key card, room T-009\nNight porter: Desmond", "Desmond"),
        ("Amount: £1,204.50\nSig: Y Thistlewood", "Y Thistlewood"),
    ],
)
def test_a_first_name_after_a_handlers_label(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agent: Mozilla/5.0 (X11; Linux x86_64)",
        "Processed by: SYSTEM",
        "Reviewed by: QA team",
        "Prepared by: Accounts Payable",
        "Signature: Valid",
    ],
)
def test_a_team_or_a_system_after_such_a_label_stays(text: str) -> None:
    assert _names(text) == []


def test_a_speaker_whose_surname_is_a_role_stays_a_speaker() -> None:
    text = "[06:41, 14/03] Dean Porter: van 14 has a flat\n[06:43, 14/03] Shaz: ok ill ring fleet"
    assert {"Dean Porter", "Shaz"} <= set(_names(text))
