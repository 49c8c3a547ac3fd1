"""An identity document's name and birth date as its layout sets them.

At 599e473 these failed:
- an identity card's name in capitals after its label and a space alone ("Surname MOKOENA");
- a passport's birth date with a two-digit year and its month in capitals ("Date of Birth 21 JUL
  03", "14 MAR /MARS 79"), on the label's line or the line below it.

Guard that passed then and must still: a label and capitals beside it on a text that is no
identity document ("Surname MOKOENA" alone).
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("REPUBLIC OF SOUTH AFRICA\nIDENTITY CARD\nSurname MOKOENA\nNames THABO SIPHO", ["MOKOENA"]),
        ("PASSPORT\nSurname OLUWASEUN\nDate of Birth 21 JUL 03", ["21 JUL 03"]),
        (
            "Date of birth/Date de naissance (4)\n14 MAR /MARS 79\nP<GBRHOLLOWAY<<BEATRICE<ANNE<<<",
            ["14 MAR /MARS 79"],
        ),
    ],
)
def test_the_value_is_found(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for value in values:
        assert value not in scrubbed


def test_capitals_beside_a_label_on_no_identity_document_are_left() -> None:
    assert Scrubber().scrub("Surname MOKOENA") == "Surname MOKOENA"
