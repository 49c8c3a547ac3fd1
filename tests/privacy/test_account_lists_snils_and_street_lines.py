"""A list of accounts and their passwords, a СНИЛС told later in its sentence, and a street
line with no street word above its postcode and town.

At 599e473 these failed:
- a list of accounts, one "login:password" a line, kept its logins and its second password
  ("jelena.nikolic:Crvena_Cisterna9");
- a СНИЛС whose label has words between it and its colon ("СНИЛС наследника для отчётности:
  139-472-518 87"): python-stdnum checks no СНИЛС, so a number told later in the sentence was
  never taken for one;
- a street with no street word above a line of a postcode and its town ("U Stadionu 1248/9"
  over "370 01 České Budějovice", "Am Mühlbach 3" over "87435 Kempten"), and a town with
  Czech letters after its postcode.

Guards that passed then and must still: a dotted setting and its value on one line
("logging.level:debug") and a СНИЛС whose check fails.
"""

# ruff: noqa: RUF001  (the letter's Czech and the label's Cyrillic)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


def test_every_account_and_password_of_a_list_is_found() -> None:
    text = "# ДВД Инђија – налози\nmarko.petrovic:Vatrogasac!2026\njelena.nikolic:Crvena_Cisterna9"
    scrubbed = Scrubber().scrub(text)
    for value in ("marko.petrovic", "Vatrogasac!2026", "jelena.nikolic", "Crvena_Cisterna9"):
        assert value not in scrubbed


def test_a_snils_told_after_its_label_is_found_where_its_check_holds() -> None:
    found = Scrubber().scrub("СНИЛС наследника для отчётности: 139-472-518 87.")
    assert "139-472-518 87" not in found
    failing = "СНИЛС наследника для отчётности: 139-472-518 88."
    assert Scrubber().scrub(failing) == failing


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Vážená paní\nJana Dvořáková\nU Stadionu 1248/9\n370 01 České Budějovice",
            ["Stadionu", "1248/9", "Budějovice"],
        ),
        # (the house number too: a name's rule took the street's words alone then)
        ("Marie Weber\nAm Mühlbach 3\n87435 Kempten", ["Mühlbach", " 3\n", "87435"]),
    ],
)
def test_a_street_line_above_its_postcode_is_found(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for value in values:
        assert value not in scrubbed


def test_a_dotted_setting_is_left() -> None:
    assert Scrubber().scrub("logging.level:debug") == "logging.level:debug"
