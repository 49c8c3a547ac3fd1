"""An initial and a surname on their own (initials._INITIAL_SURNAME): a surname the lists know
anywhere ("Inducted by P. Ramsbottom" is also a field), one no list knows where a field holds it
(after a colon, "=", a cell's bar or tab, an arrow, "by", before the field's end). The
resolver's and the table cell's fail at 944809f (the optometrist's and the pick list's were
found there by other rules: guards); an outline's lettered headings, a journal's
abbreviation and a publisher named after its founder stay (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Optometrist: H. Pemberton   GOC 01-44120", "Pemberton"),
        ("Password reset done. Resolved by: T. Wasilewski", "Wasilewski"),
        ("02  SKU KT-4410  x1  \u2192 O. Adeyemi  M14 5RT", "Adeyemi"),
        ("| 03/12 | T. Oyebanji | wrong size returned | open |", "Oyebanji"),
    ],
)
def test_an_initial_and_surname_is_a_person(text: str, surname: str) -> None:
    assert surname not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "A. Introduction\nB. Background\nC. Scope",
        "Cited in J. Biol. Chem. 2019, p. 14.",
        "Der Roman erschien 1901 bei S. Fischer.",
    ],
)
def test_headings_journals_and_publishers_stay(text: str) -> None:  # guard
    assert Scrubber().scrub(text) == text
