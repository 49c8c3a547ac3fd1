"""Health, insurance and immigration numbers after their labels (national_ids._LABEL)."""

# ruff: noqa: RUF001  (a Greek passport number is written in Greek capitals)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MRN 00482913", "00482913"),
        ("Member ID: XJH123456789", "XJH123456789"),
        ("Policy holder ID W482-119-337", "W482-119-337"),
        ("Green card # SRC1234567890", "SRC1234567890"),
        ("Visa number 2X4B7H90", "2X4B7H90"),
        ("Versichertennummer: A123456780", "A123456780"),
        ("PAN card ABCPK1234F", "ABCPK1234F"),
    ],
)
def test_a_health_or_permit_number_after_its_label_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Member ID: ____________",
        "Visa number (see your passport's visa page)",
        "MRN lookups are slow today",
    ],
)
def test_a_label_without_a_number_changes_nothing(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tax file number 12 345 678 · Name Ruby Holt", "12 345 678"),
        ("पैन कार्ड: AFZPK7190K — सुनील शर्मा", "AFZPK7190K"),
        ("Your Known Traveler Number is 912837465.", "912837465"),
        ("Insurance: Aetna, Member # 0001 4471 2290", "0001 4471 2290"),
        ("copie de mon passeport (n° 21CD77310)", "21CD77310"),
        ("Chauffeur : permis n° 120588300411", "120588300411"),
        ("Cartão de Cidadão n.º 12345678 9 ZX1", "12345678 9 ZX1"),
        ("prawo jazdy nr 00312/20/1188", "00312/20/1188"),
        ("رقم الملف الطبي 00418822", "00418822"),
        ("کد ملی: ۰۰۱۲۳۴۵۶۷۸", "۰۰۱۲۳۴۵۶۷۸"),
        ("জাতীয় পরিচয়পত্র নং: 5512093847", "5512093847"),
        ("Namba ya NHIF: 4471902", "4471902"),
        ("NIN: 39201847561", "39201847561"),
        ("Medicare Number: 7QT4-HG2-MK81", "7QT4-HG2-MK81"),
        # a long remark in brackets between the label and its colon
        ("SIN (members in Canada only, for tax receipts): 526 454 285", "526 454 285"),
        # Aadhaar in Tamil, Ethiopia's Fayda, a Japanese licence's, a Dutch document's number
        ("ஆதார் எண்: 4821 7730 1196", "4821 7730 1196"),
        ("የፋይዳ ቁጥር: 4410 2297 3381 5520", "4410 2297 3381 5520"),
        ("免許証番号：301845529017", "301845529017"),
        ("Legitimatie: paspoort, documentnummer BR4KT7P21", "BR4KT7P21"),
        # a card's security code as a payment's JSON writes it
        ('{"number":"4484 4906 7463 5818","exp":"08/29","cvc":"417"}', "417"),
        # a Persian birth date in the Solar Hijri calendar
        ("تاریخ تولد: 1368/11/03", "1368/11/03"),
        # a Troy card (Türkiye)
        ("Mehmet Öztürk,05419769501,Ankara,9792 6163 1996 7739", "9792 6163 1996 7739"),
    ],
)
def test_more_id_labels(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_an_id_stops_before_the_next_sentence() -> None:
    scrubbed = Scrubber().scrub("Medicare Number 7QT4-HG2-MK81. Thank you for calling.")
    assert scrubbed.endswith("Thank you for calling.")


def test_a_published_sample_id_on_an_example_line_stays() -> None:
    text = "Sample card — Medicare Number 1EG4-TE5-MK73. This is an example only."
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ασθενής: Γ. Π., ημ. γέννησης 12/05/1983", "12/05/1983"),
        ("מטופלת: מ. ב., ת. לידה 04/09/1986", "04/09/1986"),
        ("Rakkaamme Eero Juhani Virtanen s. 4.7.1951 k. 23.11.2026", "4.7.1951"),
    ],
)
def test_birth_dates_after_short_labels(text: str, date: str) -> None:
    assert date not in Scrubber().scrub(text)


def test_a_passport_number_with_greek_letters() -> None:
    assert "ΑΕ1234567" not in Scrubber().scrub(
        "Hotel check-in: Mr. Dimitrios Papadakis, passport GR ΑΕ1234567"
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hosp No: KGH5520917 · Ward 3", "KGH5520917"),
        ("CHI: 0507629913 · GP: Dr Reid", "0507629913"),
        ("NHI: BHM7731 · Allergies: nil known", "BHM7731"),
        ("Hospital number 40021877 on the wristband", "40021877"),
    ],
)
def test_a_hospital_or_health_index_number_is_hidden(text: str, number: str) -> None:
    assert number not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Führerschein-Nr.: J010000SD51 · Klasse CE", "J010000SD51"),
        ("SV-Nr. 12 150385 M 027 (Rentenversicherung)", "12 150385 M 027"),
        ("Carnet de conducir: 71234567Q", "71234567Q"),
        ("Kierowca: nr dowodu ABC123456, prawo jazdy 00123/15/0413", "ABC123456"),
        ("Beneficiary ID UNHCR 288-11C04417 · family of 4", "288-11C04417"),
    ],
)
def test_licence_insurance_and_refugee_numbers_are_found_by_their_labels(text: str, number: str) -> None:
    assert number not in Scrubber().scrub(text)
