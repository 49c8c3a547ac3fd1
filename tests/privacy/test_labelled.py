"""Values after their label or greeting in languages the other rules never met (issue 16).

Every example here was written for this test (names, numbers and places invented), in the
shapes the vocabulary tables promise: a label or salutation of one of 44 languages, then the
value, so a language is covered by a line of data, not by a rule of its own.
"""

# ruff: noqa: RUF001  (the examples are written in their own scripts and punctuation)
from __future__ import annotations

import pytest

from app.privacy import labelled, names, national_ids
from app.privacy.scrub import Scrubber, detect
from app.privacy.vocabulary import CONCEPT_KINDS, vocabulary, words_pattern


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, f.value) for f in labelled.find(text)}


def test_the_tables_cover_forty_languages_and_every_concept() -> None:
    vocab = vocabulary()
    assert len(vocab.languages) >= 40
    assert set(vocab.labels) == set(CONCEPT_KINDS)
    assert all(len(words) >= 40 for words in vocab.labels.values())
    assert len(vocab.greetings) >= 100 and sum(len(w) for w in vocab.streets.values()) >= 100


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Получатель: Евгения Марковна Лыкова, г. Тверь", "NAME", "Евгения Марковна Лыкова"),
        ("Одержувач: Остап Мирошниченко", "NAME", "Остап Мирошниченко"),
        ("Παραλήπτης: Ευάγγελος Δρακόπουλος", "NAME", "Ευάγγελος Δρακόπουλος"),
        ("Pacjentka: Bożena Wróblewska-Nowak; sala 4", "NAME", "Bożena Wróblewska-Nowak"),
        ("Asiakas: Väinö Räsänen", "NAME", "Väinö Räsänen"),
        ("Mteja: Neema Wanjiru Mwangi, simu 0722 418 330", "NAME", "Neema Wanjiru Mwangi"),
        ("المريض: يوسف القحطاني، الغرفة 12", "NAME", "يوسف القحطاني"),
        ("מטופלת: נועה ברקוביץ, חדר 3", "NAME", "נועה ברקוביץ"),
        ("گیرنده: مهسا رضایی", "NAME", "مهسا رضایی"),
        ("প্রাপক: তানভীর হাসান", "NAME", "তানভীর হাসান"),
        ("ผู้ป่วย: ประภาพร แก้วมณี เตียง 5", "NAME", "ประภาพร แก้วมณี"),
        ("Bệnh nhân: Đỗ Minh Châu", "NAME", "Đỗ Minh Châu"),
        ("Last name\tOyelaran-Whitfield", "NAME", "Oyelaran-Whitfield"),
        ("Cardholder: MS TEMPERANCE ABIODUN-HOLT", "NAME", "TEMPERANCE ABIODUN-HOLT"),
        ("Дата рождения: 03.11.1979", "DOB", "03.11.1979"),
        ("Tarikh lahir: 14/07/1991", "DOB", "14/07/1991"),
        ("Gimimo data: 1988-02-29", "DOB", "1988-02-29"),
        ("วันเกิด: 9 ตุลาคม 2533", "DOB", "9 ตุลาคม 2533"),
        ("Κωδικός πρόσβασης: Tyropita!44", "SECRET", "Tyropita!44"),
        ("Lozinka: Burek2027", "SECRET", "Burek2027"),
        ("Nenosiri: Ugali_77x", "SECRET", "Ugali_77x"),
        ("Korisničko ime: ivana.kos", "NAME", "ivana.kos"),
        ("Puhelin: 040 555 1298", "PHONE", "040 555 1298"),
        ("Sähköposti: aino.virt", "EMAIL", "aino.virt"),
        ("EGN: 7503126541", "NATIONAL_ID", "7503126541"),
        ("Asmens kodas 38705120987", "NATIONAL_ID", "38705120987"),
        ("OIB: 40211775290", "NATIONAL_ID", "40211775290"),
        ("Adresa: Ilica 242, 10000 Zagreb", "ADDRESS", "Ilica 242, 10000 Zagreb"),
        ("Kode pos: 40115", "ADDRESS", "40115"),
        ('zip: "8010"', "ADDRESS", "8010"),
    ],
)
def test_a_value_after_its_label_is_found_in_any_language(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Уважаемая Антонина Павловна, ваш счёт готов.", "Антонина Павловна"),
        ("Шановна пані Ярина Ковальчук, дякуємо!", "Ярина Ковальчук"),
        ("Αξιότιμε κύριε Παντελή Ζαχαρίου,", "Παντελή Ζαχαρίου"),
        ("Vážená paní Květoslava Dvořáková, děkujeme.", "Květoslava Dvořáková"),
        ("Stimată doamnă Rodica Pârvulescu,", "Rodica Pârvulescu"),
        ("Sayın Gülizar Erdoğan, siparişiniz yolda.", "Gülizar Erdoğan"),
        ("عزيزتي ليلى الحربي، شكرا لك", "ليلى الحربي"),
        ("לכבוד מר אהרון שטיינברג, שלום רב", "אהרון שטיינברג"),
        ("प्रिय श्रीमती सुनीता अग्रवाल, धन्यवाद", "सुनीता अग्रवाल"),
        ("เรียน คุณวิไลวรรณ ทองดี ขอบคุณค่ะ", "วิไลวรรณ ทองดี"),
        ("Kedves Lakatos Imre! Köszönjük.", "Lakatos Imre"),
    ],
)
def test_a_name_after_a_greeting_is_found_in_any_script(text: str, value: str) -> None:
    assert ("NAME", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hello world, this is a test build.",
        "Dear all, the office is closed on Friday.",
        "Hi team! Stand-up moves to 10:00.",
        "Name: Deploy to staging",
        "Nombre:          Fecha de alta:",
        "First name: ______  Last name: ______",
        "Last login: Wed Jan 08 09:12:44 2025 on tty1",
        "Username: required",
        "Password: ********",
        "Mot de passe : au moins 12 caractères",
        "密码：至少8位",
        "Drop the pin: 51.5072, -0.1276 on the map.",
        "生日快乐！派对在 2026年5月3日",
        "Phone: see below",
    ],
)
def test_labels_without_a_personal_value_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_label_of_a_things_name_names_no_person() -> None:
    assert _found("File name: Quarterly Report") == set()
    assert _found("Company name: Larkspur Freight") == set()


def test_a_label_pattern_matches_whole_words_only() -> None:
    import re

    pattern = re.compile(words_pattern({"tel", "ซอย"}))
    assert pattern.search("Hotel Astoria") is None
    assert pattern.search("Tel: 1") is not None
    assert pattern.search("ที่อยู่ ซอยลาดพร้าว") is not None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NISS: 85073003328", "85073003328"),
        ("Isikukood 49403136526", "49403136526"),
        ("Fødselsnummer: 01017012345", "01017012345"),
        ("CURP: BADD110313HCMLNS09", "BADD110313HCMLNS09"),
    ],
)
def test_every_personal_id_stdnum_knows_is_a_label(text: str, value: str) -> None:
    assert ("NATIONAL_ID", value) in _found(text)


def test_stdnum_gives_the_labels_of_forty_countries() -> None:
    labels = national_ids.stdnum_labels()
    assert {"pesel", "bsn", "egn", "егн", "hetu", "amka", "cnp", "nik", "oib"} <= labels
    assert not {"pin", "inn", "cc"} & labels
    assert len(national_ids.STDNUM_PERSONAL) >= 40


def test_a_structured_personal_number_counts_without_a_label_when_it_checks() -> None:
    # a Finnish HETU, a Czech birth number and a Swedish personnummer (valid check digits)
    for value in ("131052-308T", "736028/5163", "811228-9874"):
        assert ("NATIONAL_ID", value) in {(f.kind, f.value) for f in national_ids.find(f"ref {value} ok")}
    # the same shapes with a wrong check digit are some other number
    for value in ("131052-308A", "736028/5164", "811228-9875"):
        assert not list(national_ids.find(f"ref {value} ok"))


def test_a_bare_long_number_is_an_id_only_on_a_line_about_a_person() -> None:
    pesel = "44051401359"  # valid check digit
    assert ("NATIONAL_ID", pesel) in _found(f"Pacjent: Zbigniew Malec, {pesel}")
    assert ("NATIONAL_ID", pesel) not in _found(f"Tracking {pesel} left the depot")


def test_a_column_named_for_an_id_holds_ids() -> None:
    text = "staff_no;pesel;team\n0042;44051401359;blue\n0043;02070803628;red"
    assert {("NATIONAL_ID", "44051401359"), ("NATIONAL_ID", "02070803628")} <= _found(text)
    assert not {v for k, v in _found(text) if v in {"0042", "0043"}}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Доставка: ул. Малая Бронная, д. 24, кв. 7, Москва", "ул. Малая Бронная, д. 24, кв. 7"),
        ("вул. Сагайдачного, 12, кв. 3", "вул. Сагайдачного, 12, кв. 3"),
        ("Οδός Αθηνάς 12", "Οδός Αθηνάς 12"),
        ("Jl. Diponegoro No. 45", "Jl. Diponegoro No. 45"),
        ("שדרות רוטשילד 22 דירה 4", "שדרות רוטשילד 22 דירה 4"),
        ("Kargo: Bağdat Caddesi 210 Daire 6", "Bağdat Caddesi 210 Daire 6"),
        ("RETURN TO: KASTANIENALLEE 19", "KASTANIENALLEE 19"),
        ("Strada Lipscani 18, București", "Strada Lipscani 18"),
    ],
)
def test_a_street_of_the_table_with_its_number_is_an_address(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_the_part_of_an_address_line_with_a_postcode_is_its_town() -> None:
    text = "Οδός Αθηνάς 12, 105 51 Αθήνα"
    assert "105 51" not in Scrubber().scrub(text)
    line = "ул. Малая Бронная, д. 24, Москва, 123104"
    assert "123104" not in Scrubber().scrub(line)


@pytest.mark.parametrize(
    "text",
    [
        "Parcel shipped via UPS Ground on 2025-03-14",
        "The parade goes along the avenue from 5th to 9th.",
        "Build 4312 passed, 2 warnings",
    ],
)
def test_street_words_in_prose_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_field_label_is_no_name_and_a_flag_or_service_account_no_secret_or_login() -> None:
    assert Scrubber().scrub("Hakija:") == "Hakija:"
    assert ("NAME", "svc_billing") not in _found("User Id=svc_billing;")
    assert not any(k == "SECRET" for k, _ in _found("password: NO)"))


def test_a_field_captioned_by_a_table_label_holds_its_kind() -> None:
    from app.privacy.fields import field_kind

    assert field_kind("Κωδικός πρόσβασης") == "SECRET"
    assert field_kind("Tarikh lahir:") == "DOB"
    assert field_kind("ที่อยู่") == "ADDRESS"
    assert field_kind("Kullanıcı adı") == "NAME"
    assert field_kind("Şehir") is None


def test_a_log_user_key_is_a_login_unless_a_system_account() -> None:
    assert ("NAME", "giorgia.ferri") in _found("INFO session opened user=giorgia.ferri from 10.1.2.3")
    assert not any(v == "root" for _, v in _found("INFO session opened user=root"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ring me on +44 7700 900123 tonight.", "+44 7700 900123"),
        ("write to lucia [at] ferrandiz-mora [dot] es", "lucia [at] ferrandiz-mora [dot] es"),
    ],
)
def test_an_international_number_in_a_test_range_and_a_spaced_obfuscated_email(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Employee: Tobias Lindqvist (ID 4471)", "Tobias Lindqvist"),
        ("Mitarbeiterin: Svenja Kühnel, Abteilung Einkauf", "Svenja Kühnel"),
        ("الموظفة: ليلى حداد — القسم: المالية", "ليلى حداد"),
        ("עובדת: מיכל אברהם, מחלקה: רכש", "מיכל אברהם"),
        ("कर्मचारी: अनिल कुमार, विभाग: बिक्री", "अनिल कुमार"),
        ("사원: 박서연 / 부서: 인사팀", "박서연"),
    ],
)
def test_an_employee_label_names_the_person_after_it(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", ["Employee ID: 88213", "Employee of the month: the night shift crew"])
def test_an_employee_label_without_a_person_after_it_changes_nothing(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Guest name: Tomasz Wrona   Room 512   Check-out 12 Dec", "Room 512"),
        ("Child's name: Ifeoma   Class: Robins", "Class: Robins"),
    ],
)
def test_a_labelled_name_ends_at_a_columns_gap(text: str, kept: str) -> None:
    scrubbed = Scrubber().scrub(text)
    assert kept in scrubbed
    assert "Wrona" not in scrubbed and "Ifeoma" not in scrubbed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pupil: Temitope Adebanjo-Shaw   Class: 6B", "Temitope Adebanjo-Shaw"),
        ("Renter: Crystal Mbeki-Hart   Vehicle: Polo", "Crystal Mbeki-Hart"),
        ("Claimant: Precious Okonjo-Dube   Policy HX-44120", "Precious"),
        ("Responsável: Antônia Beatriz Farias — 2º ano", "Antônia"),
        ("Cardmember: Dashiell Okoye", "Dashiell"),
        ("Server: Ximena   Table 7   Guests 2", "Ximena"),
    ],
)
def test_a_role_label_names_the_person_after_it(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    ["Member: Gold Tier", "Parent: Yes", "Passenger: 2 adults", "Server: Apache", "Server: Production EU-1"],
)
def test_a_role_label_before_a_tier_or_an_answer_changes_nothing(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("学生：陈思远　学号 2023114", "陈思远", "学号 2023114"),
        ("승객: 오하늘 / 좌석 14C", "오하늘", "좌석 14C"),
    ],
)
def test_a_cjk_role_label_names_the_person_up_to_the_fields_gap(text: str, name: str, kept: str) -> None:
    scrubbed = Scrubber().scrub(text)
    assert name not in scrubbed and kept in scrubbed


def test_a_tamil_mobile_label_in_either_spelling_names_the_phone() -> None:
    assert "94441 20387" not in Scrubber().scrub("அலைபேசி: 94441 20387")


def test_a_role_label_with_nothing_after_it_names_no_one() -> None:
    assert Scrubber().scrub("Member:   \nServer:") == "Member:   \nServer:"
    assert not names.role_holder("member", "   ")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the parties of a police, court or insurance record
        ("Incident 4471 · Victim: Rowena Achterberg · reported 02:10", "Rowena Achterberg"),
        (
            "Depoimento — Testemunha: Genival Tavares dos Reis, residente em Recife",
            "Genival Tavares dos Reis",
        ),
        ("Procès-verbal · Plaignante : Ségolène Vautrin", "Ségolène Vautrin"),
        ("Registered keeper: MR  P J  ADEWALE", "P J  ADEWALE"),
        # a thing's word earlier on the line is not the label's own ("Mortgage application -")
        ("Loan application - Applicant 2: Ottilie Brandvold   DOB 02/03/1988", "Ottilie Brandvold"),
    ],
)
def test_a_records_party_after_its_label_is_a_name(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Company name: Harrison Holdings",
        "Suspect: unknown male, 30s, dark jacket",
        "Witness statements are due by Friday.",
    ],
)
def test_a_things_name_or_an_unknown_party_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the sentence goes on after the name's full stop
        (
            "Estate of the late R. Pim. Executor: Marigold Ashdown-Frere. Value of estate: £418,200.",
            "Marigold Ashdown-Frere",
        ),
        # a nickname in quotes inside the name
        ('Policyholder: Beauregard "Bo" Tillman   DOB 10/03/1958', 'Beauregard "Bo" Tillman'),
        # a role's holder in capitals, a short first name among them
        ("MEMBER: IVY DELACROIX-HART   No. 004417   Valid to 12/26", "IVY DELACROIX-HART"),
    ],
)
def test_a_labelled_name_ends_at_its_sentence_and_keeps_its_nickname(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text), detect(text)


def test_a_title_with_a_full_stop_starts_the_name_it_is_given() -> None:
    assert "Kimaro" not in Scrubber().scrub("Mpendwa Dkt. Kimaro, nimeambatanisha sura ya pili")
