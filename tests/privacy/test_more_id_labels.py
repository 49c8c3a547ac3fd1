"""National numbers by labels found missing on text nobody tuned for (app/privacy/national_ids.py)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("UPDATE staff SET passport_no = '702418853' WHERE id = 7;", "702418853"),
        ("Bitte prüfen Sie Ihre Steuer-ID (36574261809) bis Freitag.", "36574261809"),
        ("برجاء إرسال صورة الرقم القومي 29001011234567 للملف", "29001011234567"),
        ("Mohon cek NPWP Anda: 01.855.081.4-412.000 sebelum tanggal 10", "01.855.081.4-412.000"),
        ("Guard roster · Lindiwe Khumalo · ID 8001015009087 · grade B", "8001015009087"),
        # voters', refugees' and aid's papers; Africa's and Asia's cards; a UK taxpayer's and a
        # farm holding's references
        ("Voter ID: TNX4829173 (polling station 14)", "TNX4829173"),
        ("UNHCR case no: 592-21C04817, family size 5", "592-21C04817"),
        ("BVN: 22184736591", "22184736591"),
        ("Ghana Card: GHA-718293645-2", "GHA-718293645-2"),
        ("Your UTR 20421 75423 is on the letter", "20421 75423"),
        ("CPH: 12/345/6789 · 42 ewes", "12/345/6789"),
        ("NID: 4619203847", "4619203847"),
    ],
)
def test_a_labelled_national_number_is_found(text: str, number: str) -> None:
    assert any(number in f.value for f in detect(text)), detect(text)
    assert number not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order · ID 12345678901 · shipped",
        "SELECT passport_no FROM staff WHERE id = 7;",
        # a support case's number is the ticket's, not a refugee's case
        "Case number: 88213 for your broadband fault",
        # "nid" in lower case is no label
        "bird nid 4471 in the hedge",
    ],
)
def test_no_number_or_an_unchecked_run_is_no_national_id(text: str) -> None:
    assert [f for f in detect(text) if f.kind == "NATIONAL_ID"] == [], detect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PAN (guardian): BQRPR4417K | Mobile: +91 98450 27316", "BQRPR4417K"),
        (
            "FISP E-VOUCHER: Dear BWALYA MUSONDA, NRC 482915/61/1, your e-voucher PIN is 738201.",
            "482915/61/1",
        ),
    ],
)
def test_a_pan_with_its_holder_in_brackets_and_zambias_nrc(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_nrc_without_a_number_is_an_organisations_name() -> None:
    text = "The NRC office in Lusaka opens at 9."
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mgonjwa: Amina Juma · Kitambulisho Na.: 28471930", "28471930"),
        ("Namba ya kitambulisho cha mzazi: 28471936", "28471936"),
        ("Lambar NIN ta mahaifi: 40298173365", "40298173365"),
        ("Mã số thuế cá nhân: 8004235166", "8004235166"),
        ("የፋይዳ ቁጥር፦ 4829 1730 6652", "4829 1730 6652"),
        ("ఆధార్: 5290 6318 4720", "5290 6318 4720"),
        ("IRD number: 142-199-084", "142-199-084"),
        ("KVNR: T482093152 · Kasse: AOK Bayern", "T482093152"),
        ("Krankenkasse: TK   Vers.-Nr.: K482917304", "K482917304"),
        ("CURP: GOMA910415MDFNRL76 | RFC: GOMA910415654", "GOMA910415654"),
    ],
)
def test_more_languages_id_labels(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    ["See RFC 5737 for the documentation ranges.", "Cliente: público en general | RFC: XAXX010101000"],
)
def test_a_standards_number_and_the_generic_rfc_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vekil eden: Ayşe Kaya, T.C. 10000000146, Kadıköy", "10000000146"),
        ("Sozialversicherungsnr.: 1237 010180", "1237 010180"),
        ("Personenkennziffer: 240581-K-10293", "240581-K-10293"),
        ("الموكل: سارة محمود، رقم قومي 29001011234567، القاهرة", "29001011234567"),
        ("የፋይዳ መለያ ቁጥር: 6140 2297 3381", "6140 2297 3381"),
        ("$ ssh amara@145.14.72.39\namara@145.14.72.39's password:", "145.14.72.39"),
        ("swap shifts? my new number btw 07398 215 664", "07398 215 664"),
        (
            "مطار دبي الدولي، مبنى 3\nرقم الهوية: 784-1990-1234567-1\nرقم الهاتف المتحرك: 050 418 2273",
            "050 418 2273",
        ),
    ],
)
def test_ids_by_these_labels_a_hosts_copy_and_a_mobile_are_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_dutch_vat_number_in_capitals_stays_a_code() -> None:
    assert Scrubber().scrub("BTW 0012 3456 7801, KvK 12345678") == "BTW 0012 3456 7801, KvK 12345678"
