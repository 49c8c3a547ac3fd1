"""Birth dates in Catalan, Welsh, Tagalog and Yoruba words.

Catalan ("Data de naixement", "setembre", "d'agost") and Welsh ("Dyddiad geni", "Ebrill",
"ganwyd") had no labels and no month words; Tagalog joins its day and month with "ng"
("Ika-8 ng Disyembre 1975") and Yoruba names a month by its number after "Oṣù" ("4 Oṣù Kẹrin
1986"). Every case of BIRTH_DATES fails at e548393; the guards (a date that is no birth's,
and a Welsh month that dates a meeting) pass there and must keep passing.
"""

import pytest

from app.privacy.scrub import Scrubber

BIRTH_DATES = [
    ("Data de naixement: 21 de setembre de 1963", "21 de setembre de 1963"),
    ("Nom: Jordi Vila\nData de naixement: 3 d'agost de 1971", "3 d'agost de 1971"),
    ("La Núria va néixer a Girona; nascuda el 12 de desembre de 1980.", "12 de desembre de 1980"),
    ("Dyddiad geni: 28 Ebrill 1982", "28 Ebrill 1982"),
    ("Enw: Gethin Rhys\nDyddiad geni: 5 Gorffennaf 1990", "5 Gorffennaf 1990"),
    ("Ganwyd Elin ar 14 Chwefror 1979 yn Aberystwyth.", "14 Chwefror 1979"),
    ("Petsa ng kapanganakan: Ika-8 ng Disyembre 1975", "8 ng Disyembre 1975"),
    ("Ọjọ́ ìbí: 4 Oṣù Kẹrin 1986", "4 Oṣù Kẹrin 1986"),
]

GUARDS = [
    "Cyfarfod y pwyllgor: 28 Ebrill 2027, 7pm yn Neuadd y Dref.",
    "Data de lliurament: 21 de setembre de 2026",
    "Petsa ng bayad: Ika-8 ng Disyembre 2026",
]


@pytest.mark.parametrize(("text", "value"), BIRTH_DATES)
def test_birth_date_in_these_languages_is_masked(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", GUARDS)
def test_other_dates_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
