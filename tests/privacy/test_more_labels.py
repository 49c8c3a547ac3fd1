"""Labels added to the vocabulary (app/privacy/data/labels.txt): an Arabic passport number's
"رقم الجواز", Hungarian "Személyi ig. szám", Lithuanian one-time "Vienkartinis slaptažodis", a
German boat's "Eigner". All four fail at 944809f; a Hungarian
label without a value keeps the line (a guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("رقم الجواز: N4470913", "N4470913"),
        ("Személyi ig. szám: 771204RB", "771204RB"),
        ("Vienkartinis slaptažodis prisijungimui: 418806", "418806"),
        ("Eigner: Achterkamp Kurt", "Achterkamp"),
    ],
)
def test_the_new_labels_introduce_personal_data(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_label_without_a_value_keeps_the_line() -> None:  # guard
    text = "Személyi ig. szám: (kérjük, töltse ki)"
    assert Scrubber().scrub(text) == text
