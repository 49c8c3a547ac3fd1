"""A room or a hall joined to its namesake's name with a hyphen is a room, not a person.

Dutch, the Scandinavian languages and German join a room's word to the name it honours
("Johan Cruijff-zaal", "Olof Palme-salen"). At 220efd3 the Marie Curie and Olof Palme rooms had
the name and its room taken for a person (the other two were left then, by the public-figure
list and the initials); the guards keep a person who is only near a room a person.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "Vergaderruimte: Marie Curie-zaal (12 pers.)",
        "• Annie M.G. Schmidt-kamer - 6 plaatsen",
        "Mötet hålls i Olof Palme-salen, plan 3",
        "Book the Mary Seacole-room via the app",
    ],
)
def test_a_room_named_after_someone_is_left(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Booked by Pieter Jansen for the Marie Curie-zaal", "Pieter Jansen"),
        ("Contact: Sanne de Vries, kamer 4.12", "Sanne de Vries"),
    ],
)
def test_a_person_beside_a_room_stays_a_person(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)
