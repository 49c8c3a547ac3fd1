"""A secret given in the turn after the question that asks for it (app/privacy/credentials.py),
a CPF at a sentence's end (national_ids.py) and a double first name in a record's row
(rows.py)."""

from __future__ import annotations

import pytest

from app.privacy import beside
from app.privacy.finding import Finding
from app.privacy.scrub import detect


def _values(text: str, kind: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Rui: qual é a senha do router?\nMarta: Gaivota!2231", "Gaivota!2231"),
        ("Sam: what's the key safe code?\nPriya: 6604, it's by the meter", "6604"),
        ("Jonas: wie ist das WLAN-Passwort?\nElif: ok, es ist Birke7Regen", "Birke7Regen"),
    ],
)
def test_a_secret_answered_in_the_next_turn(text: str, secret: str) -> None:
    assert secret in _values(text, "SECRET")


@pytest.mark.parametrize(
    "text",
    [
        "Ana: what's the meeting code?\nBo: 10:30 in room 4",
        "Ana: code for the gate?\nBo: 2026-12-04 I think",
        "Ana: do you have the pin?\nBo: no idea sorry",
        "Ana: which wifi do I use?\nBo: the guest one, it is open",
    ],
)
def test_an_answer_that_gives_no_secret_is_left(text: str) -> None:
    assert _values(text, "SECRET") == []


def test_a_cpf_before_a_full_stop_is_found() -> None:
    assert _values("Segue o CPF da aluna: 529.982.247-25. Obrigada!", "NATIONAL_ID") == ["529.982.247-25"]


def test_a_double_first_name_beside_a_surname_makes_the_row_a_persons() -> None:
    text = "Popescu;Ana-Maria;2910815400014;15.08.1991;Bucuresti"
    assert {"Popescu", "Ana-Maria"} <= set(_values(text, "NAME"))
    assert _values(text, "NATIONAL_ID") == ["2910815400014"]


@pytest.mark.parametrize(
    ("text", "phone", "name"),
    [
        ("تم تسجيل ليلى في النادي. للاستفسار: +971 50 128 3660", "+971 50 128 3660", "ليلى"),
        ("טלפון 052-3344556 של רונית כהן", "052-3344556", "כהן"),
        ("নম্বর 01711-223344 রহিম", "01711-223344", "রহিম"),
    ],
)
def test_a_listed_name_in_a_script_without_capitals_beside_personal_data(
    text: str, phone: str, name: str
) -> None:
    start = text.index(phone)
    found = [Finding("PHONE", start, start + len(phone), phone)]
    assert any(name in f.value for f in beside.caseless_names(text, found))


def test_a_line_without_other_personal_data_gives_no_caseless_name() -> None:
    assert list(beside.caseless_names("تم تسجيل ليلى في النادي", [])) == []


def test_a_line_of_personal_data_in_a_script_without_capitals_names_no_one_unlisted() -> None:
    assert _values("رقم الموبايل: 010 2845 9173", "NAME") == []


@pytest.mark.parametrize(
    "text",
    [
        "DATABASE_URL=postgres://billing_ro:${DB_PASSWORD}@db.internal:5432/billing",
        "environment:\n  MYSQL_USER: inventory\n  MYSQL_PASSWORD: ${MYSQL_PASSWORD}",
        "Author: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>",
    ],
)
def test_a_programs_account_and_a_bots_mailbox_are_nobodys(text: str) -> None:
    assert [f for f in detect(text) if f.kind in ("NAME", "PHONE", "EMAIL")] == []


def test_a_personal_login_under_a_database_user_key_stays_a_name() -> None:
    assert "anna.berg" in _values("DB_USER=anna.berg\nDB_PASSWORD=${DB_PASSWORD}", "NAME")


def test_a_remote_shells_login_is_a_person_and_its_host_an_address() -> None:
    text = "$ scp notes.tar.gz mbrennan@81.2.69.160:/home/mbrennan/"
    found = {(f.kind, f.value) for f in detect(text)}
    assert ("NAME", "mbrennan") in found
    assert ("IP", "81.2.69.160") in found
    assert not [f for f in detect(text) if f.kind == "EMAIL"]


@pytest.mark.parametrize(
    "text",
    [
        "SENTRY_DSN=https://f3b2c1@o4504.ingest.sentry.example.com/17",
        "Email: ____________@____________",
        "$ ssh deploy@web-03.internal 'systemctl restart api'",
    ],
)
def test_a_urls_credentials_an_empty_field_and_a_system_login_are_no_mailbox(text: str) -> None:
    assert [f for f in detect(text) if f.kind == "EMAIL"] == []


def test_a_package_version_after_at_is_no_address() -> None:
    assert _values("npm install left-pad@1.3.0.1", "IP") == []


def test_a_vat_number_after_its_country_is_no_phone() -> None:
    assert _values("Total £96.00\nVAT No GB 123 4567 89", "PHONE") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("All locked, alarm set with 4 0 7 2 as always.", "4 0 7 2"),
        ("Back gate keypad 5519, then the blue door.", "5519"),
        ("Cloud backup 2FA recovery: 7TQ2-MX4K-PL9W-3RZD", "7TQ2-MX4K-PL9W-3RZD"),
    ],
)
def test_a_keyed_code_and_a_recovery_code(text: str, secret: str) -> None:
    assert secret in _values(text, "SECRET")


@pytest.mark.parametrize("text", ["Alarm set for 0630 tomorrow", "The fire alarm went off at 2026 hours"])
def test_an_alarm_clock_and_a_time_are_no_code(text: str) -> None:
    assert _values(text, "SECRET") == []
