"""Identity documents the ID rules missed at c785ac7.

Failed then:
- a check's note that the document was seen ("Passport seen: C4R7T92KX");
- a licence named by its holder's possessive ("Jacob's current licence (no. KUGB-118472)");
- a Russian passport's series and number with OCR's "З" for a 3 ("Серия 45 12 № 6З8917");
- Arabic's "my passport number" ("رقم جوازي N2847716").

Guards that passed then and must still: a note that a passport was checked with no number
("Passport checked: yes, on 12/03/2026"), the series and number without a misread.
"""

# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- Student: Lukas Brenner\n- Passport seen: C4R7T92KX", "C4R7T92KX"),
        ("Jacob's current licence (no. KUGB-118472) remains valid.", "KUGB-118472"),
        ("ПАСПОРТ\nФамилия ЛЕБЕДЕВА\nСерия 45 12 № 6З8917", "6З8917"),
        ("ПАСПОРТ\nСерия 45 12 № 638917", "638917"),
        ("أرغب بحجز رحلة. رقم جوازي N2847716، وشكراً", "N2847716"),
    ],
)
def test_the_document_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_check_without_a_number_stays() -> None:
    text = "Passport checked: yes, on 12/03/2026"
    assert Scrubber().scrub(text) == text
