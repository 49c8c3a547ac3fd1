"""Dates of birth as forms and their scans write them: OCR's "Date of blrth:" and a box per
digit read "2 1 / 0 6 / 1 9 3 8" (labelled._DATE, data/labels.txt), a date as one number
after its label ("생년월일: 950221", "dob=19870415"), Hungarian's "születési dátumom" (my date of
birth, birthdates._CUE), and the copy of an MRZ's birth date a kiosk prints under it
(scrub._REPEATED_KINDS). They fail at 862b4b4; a number after no birth label and a postcode
after a birth place stay (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Name of applicant: BARBARA  J0AN  HOLLIS\nDate of Birth: 2 1 / 0 6 / 1 9 3 8", "1 9 3 8"),
        ("Full name: MAUREEN  O'CALLAGHAN\nDate of blrth: 3O/O6/1946", "1946"),
        ("예금주: 한지민\n생년월일: 950221", "950221"),
        ("menu=REGISTER_FARMER step=3 field=dob input='19870415'", "19870415"),
        ("TAJ számom: 591 658 640, születési dátumom 1958. október 30.", "1958. október 30."),
        (
            "P<GBRHARGREAVES<<OLIVIA<MAY<<<<<<<<<<<<<<<<<\n"
            "5338012477GBR8902144F3109074<<<<<<<<<<<<<<00\n"
            "Name read: HARGREAVES<<OLIVIA<MAY   Doc: 533801247   DOB: 890214",
            "890214",
        ),
    ],
)
def test_the_birth_date_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    ["Order 950221 shipped on Tuesday.", "Place of birth: Wien 1010, Austria"],
)
def test_other_numbers_stay(text: str) -> None:  # guards
    assert Scrubber().scrub(text) == text
