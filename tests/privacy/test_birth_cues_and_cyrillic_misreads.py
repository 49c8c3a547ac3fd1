"""Birth dates the birth-date rules missed at c785ac7.

Failed then:
- Italian's "nato" right before a date, as a log writes it ("nato 1990-10-08");
- Ukrainian's "Дата народж." cut short, before a date OCR misread ("19.1O.1991");
- a Russian date with OCR's Cyrillic "З" for a 3 ("2З.О4.1988").

Guard that passed then and must still: "NATO" in capitals before a date is the alliance.
"""

# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "2026-12-06 19:44:02 [INFO] nuovo iscritto: Marco Neri, nato 1990-10-08, email m@x.it",
            "1990-10-08",
        ),
        ("ПОСВІДЧЕННЯ ЧЛЕНА КЛУБУ\nДата народж.: 19.1O.1991", "19.1O.1991"),
        ("ПАСПОРТ\nДата рождения 2З.О4.1988", "2З.О4.1988"),
    ],
)
def test_the_birth_date_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_the_alliance_is_no_birth() -> None:
    text = "NATO 2026-07-07 summit in Ankara"
    assert Scrubber().scrub(text) == text
