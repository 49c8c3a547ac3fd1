# ruff: noqa: RUF001  (labels are written in their own scripts)
"""Norwegian phones, direct lines, Indonesian accounts, and labels in their short or
transliterated forms.

At 5ca31b5 these failed:
- a number right after Norwegian's "ring" ("ring 952 18 730 om noe");
- a person's direct line in a text a firm's name or its hours head ("Contacto direto: 912 604
  387" under a week's hours, "Direct: +65 6805 2231" under a school's name);
- an Indonesian account told for a transfer ("rekening BCA 5270 4418 93 a.n. ...", "BCA
  8730412256 a.n. Yuniarti");
- Greek's short birth-date key ("ημ_γέννησης"), Lithuanian's "asm. kodas", Slovene's
  "uporabnik =", a Croatian column "datum_rodjenja" (đ written "dj");
- an ID's label whose person is "der/des Erziehungsberechtigten";
- Arabic's "my address" and "the family's address" ("عنواني:", "عنوان العائلة:"), Vietnamese's
  "place of residence" ("Nơi cư trú:");
- a name signed after Irish's "Le meas,".

Guards that passed then and must still: "ring" before a count, a bank's own help line, a firm
called Direct Line, a date that is no birth date after a Greek label of another kind, an Arabic
title ("عنوان:", which is "address" too) over a meeting's date.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Ingrid: ring 952 18 730 om noe", ["952 18 730"]),
        ("Disponibilidade: seg–sex, 8h–17h\nContacto direto: 912 604 387 · ines@sapo.pt", ["912 604 387"]),
        (
            "Rosa Brightwell\nAdmissions Officer | Dunmore International School\n"
            "Direct: +65 6805 2231 | Main office: +65 6805 2200",
            ["+65 6805 2231"],
        ),
        ("siap pak, transfer ke rekening BCA 5270 4418 93 a.n. Rizky ya", ["5270 4418 93"]),
        ("Gaji bulan ini tolong transfer ke BCA 8730412256 a.n. Yuniarti", ["8730412256"]),
        ('"ΑΜΚΑ":"22081004719","ημ_γέννησης":"22/08/2010"', ["22/08/2010"]),
        ("- Rūta – vandens punktas 2 (asm. kodas 48006191246)", ["48006191246"]),
        ("[baza]\nuporabnik = ana.zupancic", ["ana.zupancic"]),
        ("putnik,datum_rodjenja,kabina\nMarko,14.03.1986.,214", ["14.03.1986"]),
        ("Personalausweis-Nr. der/des Erziehungsberechtigten: LZ6311T475", ["LZ6311T475"]),
        ("المنتج وصل مكسوراً. عنواني: حي الرياض، زنقة 14، رقم 9، الرباط", ["زنقة 14"]),
        ("أحمد: تمام، عنوان العائلة: حي النزهة، شارع 15، بناية 7", ["شارع 15"]),
        ("Nơi cư trú: 118/4 Nguyễn Trãi, Phường 3, Quận 5, TP.HCM", ["Nguyễn Trãi"]),
        ("Tá do sheic ar an mbealach.\nLe meas,\nSeán Ó Briain", ["Seán Ó Briain"]),
    ],
)
def test_the_value_is_found(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for value in values:
        assert value not in scrubbed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ring 3 times if nobody answers", "ring 3 times"),
        ("عنوان: اجتماع 15 ديسمبر", "اجتماع 15 ديسمبر"),
        ("Call BCA 1500 888 for help", "1500 888"),
        ("Direct Line Insurance: 0345 246 8704", "0345 246 8704"),
        ('"ημ_λήξης":"22/08/2030"', "22/08/2030"),
    ],
)
def test_what_is_no_one_s_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
