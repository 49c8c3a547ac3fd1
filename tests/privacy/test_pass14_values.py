# ruff: noqa: RUF001  (a Japanese label is written with full-width brackets and colon)
"""Values the fourteenth pass reads (issue 16, tuning splits holdout19 and holdout21; phrasings
written here, not copied from a corpus): a personal number after "ID" alone where a bracket or a
cell opens, a label ending in an abbreviation's dot, full-width brackets around a label's other
name, door codes named after the code in Romance languages, a Czech "kód" and a code in brackets."""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, f.value) for f in detect(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a South African ID number (birth date, Luhn) after "ID" in a bracket and in a cell
        ("Beneficiary: Thabo Mokoena (ID 9202204720083)", "9202204720083"),
        ("Row 12 | Mokoena, T. | ID 9202204720083 | Soweto", "9202204720083"),
        ("Claimant PPS No. 8473625E, reference JB/2026/7", "8473625E"),
        ("個人番号（マイナンバー）：1234 5678 9012", "1234 5678 9012"),
    ],
)
def test_a_personal_number_after_its_label_is_found(text: str, value: str) -> None:
    assert ("NATIONAL_ID", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same run with a wrong check digit: "ID" alone is too weak a label to trust it
        "Beneficiary: Thabo Mokoena (ID 9202204720084)",
        # an order's ID, however valid its digits look
        "Order ID 9202204720083 shipped on Monday",
    ],
)
def test_a_long_run_after_a_weak_id_label_stays(text: str) -> None:
    assert not any(kind == "NATIONAL_ID" for kind, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Il codice del cancello è 4827, grazie", "4827"),
        ("El código del portal es 1938.", "1938"),
        ("Le code de la porte est 7290.", "7290"),
        ("Ověřovací kód je 481 220.", "481 220"),
        ("[알림] 인증번호 [552019] 입력", "552019"),
    ],
)
def test_a_door_or_sign_in_code_is_a_secret(text: str, code: str) -> None:
    assert ("SECRET", code) in _found(text)


def test_a_products_code_stays() -> None:
    assert not any(kind == "SECRET" for kind, _ in _found("Il codice del prodotto è 4827"))
