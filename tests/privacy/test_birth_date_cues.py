"""Birth dates by cues the table lacked (app/privacy/birthdates.py): the Nordic "f." and Finnish
"s." before a full date, Greek, Russian and Ukrainian words, an insurance message's <BirthDt>,
a CJK date with "born" after it, and the run-together "14MAR1986" of passports and airlines."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Avdøde: Ola Bakken, f. 12.04.1950", "12.04.1950"),
        ("Vainaja: Aino Virtanen, s. 3.2.1938", "3.2.1938"),
        ("Ημερ. γέννησης: 21/06/1979", "21/06/1979"),
        ("Дата рождения: 05.11.1984", "05.11.1984"),
        ("Народився 17.08.1991 у Львові", "17.08.1991"),
        ("<Insured><BirthDt>1969-02-28</BirthDt></Insured>", "1969-02-28"),
        ("立遗嘱人：王建国，男，1952年3月14日出生", "1952年3月14日"),
        ("API for passenger 1: passport C01X00T47, date of birth 02FEB1990.", "02FEB1990"),
    ],
)
def test_a_birth_date_by_these_cues_is_found(text: str, date: str) -> None:
    assert date not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Se side s. 12 i boka for detaljer.",
        "Flight EI 154 leaves 14DEC2026 at 07:05 from gate 12.",
        "Заседание перенесено на 05.11.2026.",
    ],
)
def test_a_page_a_flight_date_and_a_meeting_keep_their_numbers(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)
