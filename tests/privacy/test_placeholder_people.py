"""Placeholder people and test accounts in more languages, and a card's "pan=" (app/privacy/examples.py,
app/privacy/national_ids.py)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    "text",
    [
        "Jan Kowalski to konto testowe – nie usuwać.",
        "Иван Иванов (тестовый пользователь) создан в системе",
        "ישראל ישראלי (דוגמה) - יש למלא את פרטי הנהג",
        "Ali Veli örnek kaydı silindi.",
        "สมชาย ใจดี (ตัวอย่าง) - กรุณากรอกข้อมูล",
    ],
)
def test_a_placeholder_person_on_a_test_or_example_line_is_kept(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_placeholder_name_alone_is_still_scrubbed() -> None:
    assert "Jan Kowalski" not in Scrubber().scrub("Przelew od: Jan Kowalski, 250 zł")


def test_a_cards_pan_in_a_sandbox_log_is_kept_and_an_indian_pan_is_an_id() -> None:
    sandbox = "pay DEBUG sandbox txn pan=4111111111111111 amount=1.00 env=test"
    assert Scrubber().scrub(sandbox) == sandbox, detect(sandbox)
    assert ("NATIONAL_ID", "BKRPS4821A") in [(f.kind, f.value) for f in detect("PAN: BKRPS4821A")]


@pytest.mark.parametrize(
    "text",
    [
        "AutoPASS-avtale — utfyllingseksempel\nNavn: Ola Nordmann\nBrikke-ID: 00-001-2345",
        "Placeholder accounts for the demo league: Player One, Jane Roe, Test Coach.",
    ],
)
def test_a_placeholder_on_a_nordic_example_or_beside_placeholder_words_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_placeholders_name_on_a_real_record_is_still_found() -> None:
    assert "Jane Roe" not in Scrubber().scrub("Patient: Jane Roe, DOB 12/03/1981, ward 4")
