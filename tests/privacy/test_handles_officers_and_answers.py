"""Personal values of the twenty-first session's rules (accounts.py, names.py, speakers.py,
answers.py, credentials.py, national_ids.py, data/labels.txt) and the organisations' and the
examples' values they leave alone (organisation_contacts.py, examples.py, addresses.py,
public.py): a player's handle after its label or in quotes, an officer by rank and collar
number, a chat's other speakers once one is a person, an ID asked for and answered in the next
turn, one-time codes in more languages, a Turkish ID by "TC'm" and a Croatian OIB a few words
from its label. Each beside what stays untouched."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # handles after their label, or in quotes after a player's or an account's word
        ("Team captain: Ruth Adeyemi (IGN: ruthless_ra)", "ruthless_ra"),
        ("Pseudo : LeChatNoir77\nNom : Hugo Marchand", "LeChatNoir77"),
        ("加我微信 lixiaomei_sh 吧", "lixiaomei_sh"),
        ('{"display_name":"gardengnome42","tier":"gold"}', "gardengnome42"),
        ("[21:04:11] Player 'NightOwl_Bex' connected from 10.0.0.7:27015", "NightOwl_Bex"),
        ("Wiederherstellung für das Konto „StormRider_HB“ angefordert", "StormRider_HB"),
        # officers by rank and collar number, a judge by the Crown Court's title
        ("Arresting officer: PC 4127 Okonjo\nCustody: DS Wren", "Okonjo"),
        ("<judge>HHJ Pemberton</judge>", "Pemberton"),
        # a chat's other speakers once one is found as a person
        ("[07:02, 21/05] Karen Holt: van 3 won't start\n[07:04, 21/05] Baz: on my way", "Baz"),
        ("Tom Hardacre: keys are with reception\nLou (stores): got them, ta", "Lou"),
        ("omar_h 09:10: who has the forklift?\nkpetrova 09:11: me, bay 4", "kpetrova"),
        # an ID asked for and given in the next turn with words after it, or after a time stamp
        ("Gemma: can you send me your passport number for the ferry?\nLiv: 531907286 ty", "531907286"),
        (
            "[18:01] Sam: I need your UTR for the return\n[18:03] Dad: 61820 44391 on the letter",
            "61820 44391",
        ),
        # one-time codes in more languages, a share code, a parcel locker's code
        ("Din engångskod för Mina sidor är 604 913. Koden gäller i 10 minuter.", "604 913"),
        ("Mã xác minh của bạn là 418 227.", "418 227"),
        ("DVLA share code: Qp7Lx2Rv", "Qp7Lx2Rv"),
        ("【驿站】取件码 5-3-2281，请尽快取件。", "5-3-2281"),
        ("mon mdp c toujours soleil2021 si tu veux te connecter", "soleil2021"),
        # a password asked for by "login", told later in the next turn
        (
            "anyone got the login for the boiler panel?\nreza: check the binder, but its Boiler!Room42",
            "Boiler!Room42",
        ),
        # a Turkish ID by "TC'm", a Croatian OIB a few words from its label
        ("Ayşe: tamam, TC'm 10000000146, yarın getiririm", "10000000146"),
        ("Trebamo Vaš OIB – naveli ste 12345678903.", "12345678903"),
        # a patient's name and a marriage's parties by their labels
        ("Beteg neve: Tóth-Varga Zsófia", "Tóth-Varga Zsófia"),
        ("Party 2: Imogen Clare Bastable   Nationality: British", "Imogen Clare Bastable"),
        # a customer's service address, and the phone of a form that names their employer
        (
            "Applicant: Rhea Castillo\nService address: 2210 County Road 9, Albion, IN 46701",
            "2210 County Road 9",
        ),
        ("Applicant: Rhea Castillo\nPhone: 260-555-0187   Employer: Lakeview Hospital", "260-555-0187"),
        # a message signed with a first name under a greeting; a Vietnamese kin word's name
        ("Hi both,\nthe photos are up.\nPlease keep the link private.\nMarta", "Marta"),
        ("Chào anh Khoa và chị Vy, ảnh cưới đã xong.", "Vy"),
        # a card's three digits in German, an alarm's code in a setting, a quoted passphrase
        ("Lea: pin brauchst du nicht, nur die 3 Ziffern hinten: 418", "418"),
        ("CLUBHOUSE_ALARMCODE=5512-07", "5512-07"),
        ("Password for pick-up is 'green otter'. Thanks, Jo", "green otter"),
        # birth dates after their labels' short forms
        ("Nombre: Rocío Valdés   Fecha de nac.: 02/11/1979", "02/11/1979"),
        ("Иванова А.П., д.р. 14.06.1971", "14.06.1971"),
        ("Doğum yeri ve tarihi: Bursa, 03.09.1988", "03.09.1988"),
        # a passport's number by its label in more languages
        ("Pasaport No: U48291374", "U48291374"),
        ("护照号码：E48291373", "E48291373"),
        ("Útlevélszám: BE4829137", "BE4829137"),
        ("מספר דרכון: 34829137", "34829137"),
        # identity cards, driving licences, health insurance and tax numbers in more languages
        ("Numer dowodu osobistego: ABC123456", "ABC123456"),
        ("Henkilökortin numero: 123456789", "123456789"),
        ("Vezetői engedély száma: AB123456", "AB123456"),
        ("Krankenversicherungsnummer: A123456780", "A123456780"),
        ("Daňové identifikační číslo: CZ8503121234", "CZ8503121234"),
        # a card's PIN in Finnish; birth dates written in Vietnamese and Lithuanian words
        ("Tunnusluku: 5519", "5519"),
        ("Ngày sinh: 02 tháng 9 năm 1987", "02 tháng 9 năm 1987"),
        ("Gimimo data: 1987 m. rugsėjo 2 d.", "1987 m. rugsėjo 2"),
        # a seafarer's papers by their label
        ("Crew list: Bosun R. Alcantara, Seaman's book: PH-0771245", "PH-0771245"),
        # a lab's "Sample ID" column is no example's heading
        ("Sample ID\tPatient\tDOB\nS-1182\tHARGREAVES, Polly\t03/04/1961", "03/04/1961"),
    ],
)
def test_the_value_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        # a firm billed by its legal form, an organisation's block under "Contact us"
        "Bill to: Ashgrove Timber Ltd, Unit 7 Canal Side, Leeds LS11 5QP",
        "Contact us\nSwitchboard: 0113 496 0000\nAddress: Infirmary Street, Leeds LS1 3EX",
        # a count of homes before a street, a public calling and "named after"
        "Planned outage: 42 properties on Mill Lane, Ref PLN-5531.",
        "The evening was hosted by broadcaster Clara Amfo at the Savoy.",
        "Our depot is named after the canal's engineer Thomas Telford.",
        # a law report's bracketed forename, a processor's test card
        "See *R v Hughes (Michael)* [2013] UKSC 56.",
        "QA only: test card 4000 0027 6000 3184 (3-D Secure)",
        # a table of example people, an account's or a player's plain word
        "first,last,email\nMax,Mustermann,max@example.com\nJane,Doe,jane.doe@example.org",
        'Your account "Savings" is ready. Player "One" wins the round.',
        # a label's words are no handle: "handle with care", "discord for the link"
        "Handle with care. Next stream Thu — !discord for the server link",
        "Nubank: Compra aprovada de R$ 89,90 em UBER *TRIP no cartão final 0912.",
        "The CDC says wash your hands for twenty seconds.",
        # a firm's tax number on its receipt; a water company named after a queen
        "Pekárna U Mlýna s.r.o.\nIČO 27082440  DIČ CZ27082440\nCELKEM 66,90 Kč",
        "Canal de Isabel II: corte de agua el martes en la calle Alcalá.",
        'The password field is "required".',
        # a parcel's number, a street named after a titled person, a city of two words
        "Vaše zásilka Z 512 3307 448 je připravena k vyzvednutí.",
        "Clínica Boa Vista - Rua Dr. Arnaldo Vieira de Carvalho, 120, São Paulo.",
        # a configuration's database user, whose password it reads from the environment
        "db_url: postgres://ward_dash:${DB_PASSWORD}@10.20.4.30:5432/wards",
    ],
)
def test_nothing_is_found(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_chat_with_a_form_label_among_its_speakers_keeps_the_label() -> None:
    text = "Karen Holt: van 3 won't start\nStatus: waiting for RAC"
    assert "Status" in Scrubber().scrub(text)


def test_an_address_to_a_person_under_contact_us_stays_found() -> None:
    text = "Contact us\nYour address: 4 Elm Road, Leeds LS6 2AB"
    assert "4 Elm Road" not in Scrubber().scrub(text), detect(text)
