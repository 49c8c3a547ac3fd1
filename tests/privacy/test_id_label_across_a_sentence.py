"""A national ID named in one sentence and given in the next ("we need the deceased's TFN. Our
records show 420 050 473"), and one told "as" ("I typed my BVN as 22187403351"), where the
number's check holds or the label stands right before it (national_ids._LABEL_OF_WHOM_CHECKED,
_VERB). Both fail at 944809f; a service's phone after the next sentence's own label stays (a
guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "To close the estate we still need your father's TFN. Our file shows 123 456 782 for him.",
            "123 456 782",
        ),
        ("I typed my BVN as 22418830927 on the form by mistake.", "22418830927"),
    ],
)
def test_an_id_told_after_its_label(text: str, number: str) -> None:
    assert number not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Aktivér MitID med dit pas eller kørekort. Support: 33 98 00 10 (døgnåbent).", "33 98 00 10"),
    ],
)
def test_other_numbers_after_the_label_stay(text: str, kept: str) -> None:  # guard
    assert kept in Scrubber().scrub(text)
