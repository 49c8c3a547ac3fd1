"""Eleventh pass on values: OCR-damaged numbers, a UK licence, login pairs, codes and passwords
in Arabic and Hebrew, a repeated secret, a date in a person's CSV row; and what is no one's:
a system account's shell prompt, an address the text says takes no replies, a letter-spaced
date. Every example is written here, none copied from a corpus."""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, f.value) for f in detect(text)}


def _kinds(text: str) -> set[str]:
    return {f.kind for f in detect(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mobi1e: +44 7911 1O3 456", "+44 7911 1O3 456"),
        ("Te1. +1 (206) 5l4-3378", "+1 (206) 5l4-3378"),
    ],
)
def test_a_letter_read_for_a_digit_inside_a_phone(text: str, value: str) -> None:
    assert ("PHONE", value) in _found(text)


def test_a_word_between_digits_stays_a_word() -> None:
    assert "PHONE" not in _kinds("Flight 2O4 to Lisbon boards at gate 12")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Social security number:  078 - 05 - 1120   Dept: Sales", "078 - 05 - 1120"),
        ("SSN 219 - 09 - 9999", "219 - 09 - 9999"),
    ],
)
def test_an_ssn_with_spaced_dashes(text: str, value: str) -> None:
    assert ("NATIONAL_ID", value) in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Driving licence number  MORGA753116SM9IJ", "MORGA753116SM9IJ"),
        ("licence: WOOD9862045JW8KP (provisional)", "WOOD9862045JW8KP"),
    ],
)
def test_a_uk_driving_licence_number(text: str, value: str) -> None:
    assert ("NATIONAL_ID", value) in _found(text)


def test_a_code_of_that_length_with_no_birth_date_is_no_licence() -> None:
    # month 23 and day 47 are no date: a part or batch number
    assert "NATIONAL_ID" not in _kinds("Part ABCDE723471XY9ZZ in stock")


def test_a_letter_spaced_card_number() -> None:
    text = "5 5 5 5  5 5 5 5  5 5 5 5  4 4 4 4   EXPIRES 11/29"
    assert ("CARD", "5 5 5 5  5 5 5 5  5 5 5 5  4 4 4 4") in _found(text)


@pytest.mark.parametrize(
    "text",
    ["S T A T E M E N T   D A T E   1 5 / 0 3 / 2 0 2 5", "R E P O R T   2 0 2 5 - 0 3 - 1 5"],
)
def test_a_letter_spaced_date_is_no_phone(text: str) -> None:
    assert "PHONE" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("here you go: user marta.k / pass Lighthouse#4417", "Lighthouse#4417"),
        ("login: r.osei, pw Bramble_92x", "Bramble_92x"),
        ("usuario jmartin / clave Olivo2025!", "Olivo2025!"),
    ],
)
def test_a_password_after_its_user_in_a_pair(text: str, value: str) -> None:
    assert ("SECRET", value) in _found(text)


def test_a_pass_that_is_no_password_stays() -> None:
    assert "SECRET" not in _kinds("All users pass the check in 2 steps")


def test_a_secret_repeated_on_the_row_is_scrubbed_twice() -> None:
    text = "Password: Copper!Fern_208    Repeat password: Copper!Fern_208"
    assert [f.value for f in detect(text) if f.kind == "SECRET"] == ["Copper!Fern_208"] * 2


def test_a_code_repeated_after_its_message() -> None:
    text = "Your security code is 55120. Never share it. #55120"
    assert [f.value for f in detect(text) if f.kind == "SECRET"] == ["55120", "55120"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("رمز التأكيد الخاص بك هو 604218", "604218"),
        ("קוד האימות שלך הוא 918273", "918273"),
        ("הסיסמה של הראוטר היא Dekel!77", "Dekel!77"),
        ("كلمة السر هي Nakhla2023", "Nakhla2023"),
    ],
)
def test_codes_and_passwords_in_arabic_and_hebrew(text: str, value: str) -> None:
    assert ("SECRET", value) in _found(text)


def test_a_hebrew_sentence_about_a_password_without_one() -> None:
    assert "SECRET" not in _kinds("הסיסמה של הראוטר היא על המדבקה")


def test_a_birth_date_in_a_quoted_csv_row_of_a_person() -> None:
    text = '"Ingrid","Solberg","1979-02-14","ingrid.solberg@posteo.no"'
    assert ("DOB", "1979-02-14") in _found(text)


def test_a_date_in_a_csv_row_without_a_person_stays() -> None:
    assert "DOB" not in _kinds('"SKU-114","Desk lamp","2012-06-30","in stock"')


@pytest.mark.parametrize(
    "text",
    [
        "admin@build-07:/var/log# tail -f syslog",
        "ec2-user@ip-10-0-3-7:~$ df -h",
        "[deploy@db2 ~]$ pg_dump app > app.sql",
    ],
)
def test_a_system_accounts_prompt_is_no_email(text: str) -> None:
    assert "EMAIL" not in _kinds(text)


def test_a_persons_login_in_a_prompt_stays_personal() -> None:
    assert "EMAIL" in _kinds("kvoss@laptop:~/code$ make test")


def test_an_address_the_text_says_takes_no_replies() -> None:
    assert "EMAIL" not in _kinds("Sent from alerts-billing@shop.example — please do not reply to this email.")


def test_an_address_to_reply_to_stays() -> None:
    assert "EMAIL" in _kinds("Questions? Reply to tomas.reyes@shop.example, he will help.")


def test_a_list_of_keywords_is_no_key() -> None:
    assert "SECRET" not in _kinds("Keywords: geometry, offsetting, boolean")


def test_a_key_with_a_name_around_it_stays_a_key() -> None:
    assert ("SECRET", "Qp7!vRt2Lx") in _found("MasterKey: Qp7!vRt2Lx")


def test_a_forms_stand_in_address_is_nobodys() -> None:
    assert "EMAIL" not in _kinds("E-mail  ( your.name@example.org )   Phone  ( optional )")


def test_a_real_looking_address_at_an_example_domain_stays() -> None:
    assert "EMAIL" in _kinds("Contact: hana.kobayashi@example.com")
