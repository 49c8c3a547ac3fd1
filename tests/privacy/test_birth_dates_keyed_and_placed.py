"""Birth dates after a town ("nata a Roma il"), a degree sign's ordinal, a record's glued key in
Turkish, Spanish or Italian ("dogumTarihi") and Sri Lankan Tamil's "பிறந்த திகதி".

Every case of BIRTH_DATES fails at e548393; the first guard (an alliance's name before a date)
passes there and must keep passing, and so must the others (a rebirth's word, another date's key).
"""

import pytest

from app.privacy.scrub import Scrubber

BIRTH_DATES = [
    ("La sottoscritta Giulia Rossi, nata a Roma il 1° agosto 1985,", "1° agosto 1985"),
    ('{"ad":"Zeynep","dogumTarihi":"1986-11-02"}', "1986-11-02"),
    ('{"fechaNacimiento":"1979-04-01"}', "1979-04-01"),
    ("பிறந்த திகதி: 1992-06-26", "1992-06-26"),
]

GUARDS = [
    "The NATO summit opened on 12 March 2026 in Vilnius.",
    # (added after the rule's first commit b7df2ce, which changed both: a rebirth and a
    # payment's date are no birth)
    "La Rinascita del quartiere, festa: 12 marzo 1990",
    '{"odemeTarihi":"1986-11-02"}',
]


@pytest.mark.parametrize(("text", "value"), BIRTH_DATES)
def test_birth_date_is_masked(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", GUARDS)
def test_other_dates_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
