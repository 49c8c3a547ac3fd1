"""A name that is part of an institution's, right after its word: the institution is named after
someone, and is nobody's data (organisation_contacts.named_after_by_an_institution)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "Centro de Salud Ramón y Cajal — Cita previa por teléfono",
        "Nemocnice Na Bulovce — informace pro návštěvy",
        "RSUP Dr. Hasan Sadikin — layanan gawat darurat 24 jam",
        "Sekretariat SP nr 12 im. Marii Konopnickiej zaprasza",
        "مستشفى الملك فيصل التخصصي — قسم المواعيد",
        "Parrocchia San Lorenzo: catechismo sospeso",
    ],
)
def test_an_institution_named_after_someone_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person at an institution, after a label's colon or a comma
        ("Hospital visit: Maria Lopez, room 4", "Lopez"),
        ("Clinic: Dr Sarah Reid will see you at 3", "Reid"),
        ("Szpital Bródnowski, pacjent: Tomasz Wrona", "Wrona"),
    ],
)
def test_a_person_at_an_institution_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)
