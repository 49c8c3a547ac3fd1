"""A label that names whose value it is in the genitive, and Ukrainian's and Russian's
abbreviations for "born".

At 77695bb the first and the last birth date here were left: "Geburtsdatum der Empfängerin
(...):" was read as a label followed by words, not as the recipient's birth date, since the
label's own genitive ("der Empfängerin", "du destinataire") was no qualifier the label may
carry; and "нар." (Ukrainian, born) was no label. "Geburtsdatum des Antragstellers:" was found
then by the date's nearness and stays found. A label whose genitive names a thing ("Name des
Hotels", "Datum der Veranstaltung") is a guard; it passed then too.
"""

# ruff: noqa: RUF001  (Cyrillic letters)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Geburtsdatum der Empfängerin (für den Geburtstagsservice): 03.12.1946", "03.12.1946"),
        ("Geburtsdatum des Antragstellers: 14.07.1962\nAntrag vom 02.12.2026", "14.07.1962"),
        ("Підтверджуємо свято для Софії (нар. 18.12.2019) у суботу 19.12", "18.12.2019"),
    ],
)
def test_the_birth_date_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", ["Name des Hotels: Adlon", "Datum der Veranstaltung: 03.12.2026"])
def test_a_things_label_is_left(text: str) -> None:
    assert Scrubber().scrub(text) == text
