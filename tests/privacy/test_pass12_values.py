"""Twelfth pass on values: what is nobody's, though shaped like a value (a form's blanks, an
exception's key, an image's digest, a version in a file name or after a word, a router's pool
of private addresses, a company's footer, a period of years, an order's "#" reference, a
published test card whatever read it), and codes and passwords people tell each other.
Every example is written here, none copied from a corpus."""

# ruff: noqa: RUF001  (examples are written in their own scripts)
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, f.value) for f in detect(text)}


def _kinds(text: str) -> set[str]:
    return {f.kind for f in detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Card PIN: ______   Repeat PIN: ______",
        "Passwort: __________   Passwort wiederholen: __________",
        "Mot de passe : ________",
    ],
)
def test_a_forms_blank_is_no_secret(text: str) -> None:
    assert "SECRET" not in _kinds(text)


def test_a_secret_with_underscores_in_it_stays_one() -> None:
    assert ("SECRET", "tr0ub__ad0r") in _found("Password: tr0ub__ad0r")


@pytest.mark.parametrize(
    "text",
    [
        "KeyError: 'passport_no' while building the row",
        "InvalidTokenError: 'aud' claim mismatch",
    ],
)
def test_an_exceptions_message_is_no_secret(text: str) -> None:
    assert "SECRET" not in _kinds(text)


def test_a_key_assigned_in_code_stays_a_secret() -> None:
    assert ("SECRET", "Qm83_zt4Lpw9") in _found("apiKey: 'Qm83_zt4Lpw9'")


def test_an_images_digest_is_no_mailbox() -> None:
    text = "FROM registry.example.net/web:2.0.1-beta@sha256:" + "0a1b2c3d4e5f6a7b" * 4
    assert "EMAIL" not in _kinds(text)


def test_a_mailbox_at_a_host_stays_one() -> None:
    assert ("EMAIL", "b.okafor@mailhost.ng") in _found("write to b.okafor@mailhost.ng")


@pytest.mark.parametrize(
    "text",
    [
        "Download toolkit-10.2.0.11-win64.zip from the portal",
        "Install agent-7.2.0.14-linux-arm64.tar.gz",
    ],
)
def test_a_version_in_a_file_name_is_no_ip(text: str) -> None:
    assert "IP" not in _kinds(text)


def test_an_address_next_to_a_word_stays_one() -> None:
    assert ("IP", "203.0.114.7") in _found("blocked host-203.0.114.7 after 5 failures")


@pytest.mark.parametrize(
    "text",
    [
        "Address pool: 10.0.0.20 - 10.0.0.250",
        "Plage DHCP de 172.16.5.2 à 172.16.5.99",
    ],
)
def test_a_pool_of_private_addresses_is_nobodys(text: str) -> None:
    assert "IP" not in _kinds(text)


def test_a_range_of_public_addresses_stays() -> None:
    assert ("IP", "81.2.69.160") in _found("Logins from 81.2.69.160 - 81.2.69.171 were blocked")


@pytest.mark.parametrize(
    "text",
    [
        "Impressum · Copyright 2025 Fernwald GmbH, Lindenstraße 14, Kassel",
        "© 2024 Harbourline Ltd · 5 Quay Street · All rights reserved",
    ],
)
def test_a_companys_footer_has_no_home_address(text: str) -> None:
    assert "ADDRESS" not in _kinds(text)


def test_an_address_in_a_letter_stays() -> None:
    assert "ADDRESS" in _kinds("Please send the keys to 5 Quay Street, Bristol")


@pytest.mark.parametrize(
    "text",
    [
        "Verslagweg 3.2.1 is klaar, kijk even",
        "Nach dem Hotfixring 2.4.1 neu starten",
    ],
)
def test_a_version_after_a_word_is_no_house_number(text: str) -> None:
    assert "ADDRESS" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chopin vécut rue Tronchet de 1839 à 1841.",
        "Liszt wohnte in der Schillerstraße 1848 bis 1861.",
    ],
)
def test_a_period_of_years_is_no_house_number(text: str) -> None:
    assert "ADDRESS" not in _kinds(text)


def test_a_house_number_before_a_town_stays() -> None:
    assert "ADDRESS" in _kinds("Wir wohnen jetzt in der Hauptstraße 1912, 04109 Leipzig")


def test_an_orders_reference_is_no_street() -> None:
    assert "ADDRESS" not in _kinds("Commande #BD-5521 expédiée")
    assert "ADDRESS" not in _kinds("তোমার অর্ডার #BD-7783 পৌঁছেছে")


def test_a_published_test_card_on_a_documentation_line_is_nobodys() -> None:
    assert "CARD" not in _kinds("Sandbox card number 5555 5555 5555 4444 always succeeds")


def test_a_published_test_card_on_a_receipt_stays() -> None:
    assert "CARD" in _kinds("Card number 5555 5555 5555 4444, charged 42.10 EUR")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Key safe code for 7 Mill Row is 5308, thanks", "5308"),
        ("The back door lock: code for the cleaner is 4406", "4406"),
        ("Garage door code is #2719", "2719"),
        ("code for the gate is 61 04 88 until Monday", "61 04 88"),
        ("הקוד לדלת הוא 31842", "31842"),
        ("Kode OTP kamu 590231, jangan dibagikan", "590231"),
        ("Dein PIN dein 4417", "4417"),
        ("माँ का पिन 6620 है", "6620"),
    ],
)
def test_a_code_people_tell_each_other(text: str, value: str) -> None:
    assert ("SECRET", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The door code was changed on Monday",
        "Gate code reader offline since 2026",
        "Error code for the gate: see manual",
        "הקוד לדלת נשלח אליך במייל",
    ],
)
def test_talk_about_a_code_has_no_code(text: str) -> None:
    assert "SECRET" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ndugu, neno la siri la Wi-Fi ni Kilimanjaro#42", "Kilimanjaro#42"),
        ("PIN ya benki ni 7713", "7713"),
        ("会議室のパスワードは umi-2291 です", "umi-2291"),
        ("우리집 와이파이 비번 gangnam8842 이야", "gangnam8842"),
        ("كلمة سر الراوتر هي falafel_771", "falafel_771"),
        ("WLAN: Netzwerkschlüssel 88-Rhein-Ufer-12", "88-Rhein-Ufer-12"),
        ("Clé Wi-Fi Bretagne-2231-mer", "Bretagne-2231-mer"),
    ],
)
def test_a_password_told_in_chat_in_many_languages(text: str, value: str) -> None:
    assert ("SECRET", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "パスワードは 8文字以上 にしてください",
        "Netzwerkschlüssel vergessen? Am Router steht er.",
        "Tatizo ni mtandao, si nenosiri",
    ],
)
def test_a_sentence_about_a_password_has_none(text: str) -> None:
    assert "SECRET" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("export PGPASSWORD='blue-otter-canoe-88' && psql", "blue-otter-canoe-88"),
        ("set VAULTTOKEN=hvs_Q2x8LmWp03", "hvs_Q2x8LmWp03"),
        ("docker login -u ops -p Tr1cky!Pass registry.example.net", "Tr1cky!Pass"),
        ("podman login --password=Qx93mzKL quay.io", "Qx93mzKL"),
        ("docker login -u ci -p dckr_pat_Ab3dE5gH7jK9mN1pQ3sT5vX7z", "dckr_pat_Ab3dE5gH7jK9mN1pQ3sT5vX7z"),
    ],
)
def test_a_password_on_a_command_line(text: str, value: str) -> None:
    assert ("SECRET", value) in _found(text)


def test_a_password_setting_is_no_password() -> None:
    assert "SECRET" not in _kinds("PGPASSFILE=/home/app/.pgpass")
    assert "SECRET" not in _kinds("docker login --password-stdin < token.txt")


def test_an_encoded_private_key_is_a_secret() -> None:
    value = "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVB"
    assert ("SECRET", value) in _found("  client-key-data: " + value)


def test_an_encoded_certificate_is_public() -> None:
    value = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURCVENDQWUyZ0F3SUJBZ0lJ"
    assert "SECRET" not in _kinds("  certificate-authority-data: " + value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pay with 4539 1488 0343 6467 exp 09/28 code 207", "207"),
        ("tarjeta 4539 1488 0343 6467 vence 11/27 cód. 845", "845"),
    ],
)
def test_a_cards_code_after_its_expiry(text: str, value: str) -> None:
    assert ("SECRET", value) in _found(text)


def test_an_expiry_alone_has_no_code() -> None:
    assert "SECRET" not in _kinds("Card expires 09/28; code changes are free")


def test_a_recovery_phrase_after_an_equals_sign() -> None:
    phrase = "tiger maple orbit canvas lemon bridge jungle copper velvet ranch pilot ember"
    assert ("SECRET", phrase) in _found("seed phrase = " + phrase)


def test_a_sentence_after_a_recovery_phrase_label_is_no_phrase() -> None:
    text = "recovery phrase = write the words down and keep them in a safe place away from the computer"
    assert "SECRET" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Születési idő: 1985. április 3.", "1985. április 3."),
        ("Anyja neve: X · született 1990. október 21.", "1990. október 21."),
        ("a Bia nasceu em 02/07/1994, lembra?", "02/07/1994"),
        ("mi primo nació el 9 de junio de 1979", "9 de junio de 1979"),
    ],
)
def test_a_birth_date_told_by_the_verb_or_written_year_first(text: str, value: str) -> None:
    assert ("DOB", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A csomag 2026. május 3. érkezik",
        "O projeto nasceu em 2019 numa garagem",
    ],
)
def test_a_date_without_a_birth_is_no_birth_date(text: str) -> None:
    assert "DOB" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Social Insurance Number / NAS: 046 454 286", "046 454 286"),
        ("Passport No. / Nº: X1234567 — Expires 2031", "X1234567"),
        ("DRIVING LICENCE  DL N0.  K3301-44172-09", "K3301-44172-09"),
        ("Паспорт: серия 40 09 № 512377, выдан ОВД", "40 09 № 512377"),
        ("Паспорт громадянина: серія КВ 123456", "КВ 123456"),
        ("Dowód osobisty: seria ABC numer 523411", "ABC numer 523411"),
    ],
)
def test_an_id_by_its_bilingual_label_ocrs_label_or_series(text: str, value: str) -> None:
    assert ("NATIONAL_ID", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Número de serie 2024 123456 del router",
        "Сериал: 3 серия вышла вчера",
    ],
)
def test_a_series_that_is_no_document(text: str) -> None:
    assert "NATIONAL_ID" not in _kinds(text)


def test_my_number_in_hindi_is_a_phone() -> None:
    assert ("PHONE", "91234 56780") in _found("भैया, मेरा नंबर 91234 56780 है, कॉल कर लेना")
    assert ("PHONE", "99887 66554") in _found("मोबाइल नंबर: 99887 66554")


def test_an_order_number_in_hindi_is_no_phone() -> None:
    assert "PHONE" not in _kinds("आपका ऑर्डर नंबर 40211987 है")
