"""A tenant's, a landlord's, a parent's, a guardian's and a manager's label in nineteen languages.

At 77695bb the Thai, Hindi and Tamil names here were left: the label table knew these roles in
English ("Tenant:", "Parent:", "Manager:") and a few other languages only, so "ผู้เช่า:" (the
tenant), "पिता/पति:" (father or husband) and "மேலாளர்" (manager) were no labels. The Arabic,
Polish and Dutch names were found then by the name lists and stay found after their new labels
("المستأجر:", "Najemca:", "Huurder:"). A form's later field is a guard; it passed then too.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("المستأجر: سالم أحمد الكعبي\nرقم الوحدة: 12", "سالم أحمد الكعبي"),
        ("ผู้เช่า: วิชัย สุขสันต์ ห้อง A-17", "วิชัย สุขสันต์"),
        ("नाम: कमला देवी\nपिता/पति: हरिप्रसाद", "हरिप्रसाद"),
        ("Najemca: Zbigniew Wróblewski, lokal 4", "Zbigniew Wróblewski"),
        ("Huurder: Sjoerd Hoekstra\nUnit: B-12", "Sjoerd Hoekstra"),
        ("மேலாளர் = முத்து ராமலிங்கம்", "முத்து ராமலிங்கம்"),
    ],
)
def test_the_name_after_the_role_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


def test_a_later_field_is_left() -> None:
    assert "Unit: B-12" in Scrubber().scrub("Huurder: Sjoerd Hoekstra\nUnit: B-12")
