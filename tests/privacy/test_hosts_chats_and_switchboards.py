# ruff: noqa: RUF001  (the lines are written in their own scripts)
"""Causes read in holdout58 and 59 in the twenty-fourth session: an example's word inside a
host's name, mail headers in other languages, role mailboxes, a switchboard's round number, a
booking's reference and a roster's hours, multicast addresses, prepositions read as Italian
streets, example notes in other languages, a currency's code, a chat app's heading, a person's
role before a first name, a passport's key, a firm's department before its legal form, a
flight's number; answers in a chat's next turn, one-time codes in more languages, titles in small
letters, desks' staff, ships, laws and shows named after people, car models, funeral directors,
a French hour, a Thai school, codes beside a shed and before the next speaker, passwords asked
without a question mark, Indian, camp and Baltic addresses, a title before initials and a
particle, a life's span under the name of the dead, a birth date as OCR misreads it or after
Hungarian's and Polish words, a Twitch token, a password file's line, a password of digits told,
a placeholder after a role's label. Each case failed before its rule but for the guards that say
what a rule must not take (marked), which passed before it too."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in detect(text)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # "sample" and "eksempel" in a domain say nothing of the mail: it is no template
        (
            "From: Kiran Deshmukh <kiran.deshmukh@bajaj-allianz-sample.in>\nTo: ravi.menon@gmail.com\n"
            "Subject: Claim query\n\nDear Mr. Ravi Menon ji,",
            "EMAIL",
            "ravi.menon@gmail.com",
        ),
        (
            "Fra: Søren Mikkelsen <soeren.mikkelsen@stud.ku-eksempel.dk>\n"
            "Til: specialekontoret@hum.ku-eksempel.dk\nEmne: Aflevering\n\n"
            "Mit CPR er 311266-1009 hvis I skal bruge det.",
            "NATIONAL_ID",
            "311266-1009",
        ),
        # under a chat app's heading a turn of digits is a speaker's too, and so is a handle
        (
            "WhatsApp\nHafiz: bro, farmasi tanya nombor IC mak\nAmir: 620311-08-5102\nHafiz: ok terima kasih",
            "NAME",
            "Amir",
        ),
        (
            "Discord — #uni-housing\nkaz_the_great: anyone subletting near campus?\n"
            "mollyrose: my room is free jan-may, dm me\nkaz_the_great: dm'd!",
            "NAME",
            "kaz_the_great",
        ),
        # a person's role before a first name the lists know
        ("Treasurer Halima: pls nobody lose this.\nChair Bosco: noted", "NAME", "Halima"),
        # a passport's and a SIN's key in a record
        ('{"applicant": {"dob": "1999-12-04", "passport": "AK0492817"}}', "NATIONAL_ID", "AK0492817"),
        ('payload={"holder":"Nicole Tremblay","sin":"527 183 941"}', "NATIONAL_ID", "527 183 941"),
        # an answer in the next turn to an ID the label table knows, a phone asked by a chat's
        # words, after words of assent, a card's code on the back
        ("Bence: a patikában kérik a TAJ számodat\nAnya: 114 720 588 😘", "NATIONAL_ID", "114 720 588"),
        ("Faizal: noted. his hp?\nWei Ling: 9173 4486\nFaizal: ok booked", "PHONE", "9173 4486"),
        ("Marit: har du nummeret hennes?\nKristian: 481 20 937\nMarit: takk", "PHONE", "481 20 937"),
        (
            "Tunde: they need your BVN\nAunty Bisi: ok it is 22150394817. dont give anybody",
            "NATIONAL_ID",
            "22150394817",
        ),
        (
            "agent Nicole: and the 3 digit code on the back?\ncustomer: 417\nagent Nicole: thanks",
            "SECRET",
            "417",
        ),
        # one-time codes in Slovak and Estonian, an ID's label before a comma
        (
            "Tatra banka: Jednorazovy kod pre prihlasenie do Internet bankingu: Q7K-4821.",
            "SECRET",
            "Q7K-4821",
        ),
        ("Swedbank: Smart-ID kontrollkood on 4719. Ära sisesta PIN-koodi.", "SECRET", "4719"),
        ("Ineke: zijn pas + BSN, dat is 316582074. Apotheek Zuidplein", "NATIONAL_ID", "316582074"),
        # a title in small letters, a desk's staff in Japanese, a reception's before a dash, a
        # mentor's label
        ("ragazze, la signora Ferraguti vuole la culla in camera 309", "NAME", "Ferraguti"),
        ("フロント山田: 明日の団体わかる？\n予約係 高橋: 080-3317-9025 です", "NAME", "高橋"),
        ("Pepa (údržba): ve 215 teče z radiátoru\nRecepce – Lucka: díky, jdu tam", "NAME", "Lucka"),
        ("Mentor: Okafor", "NAME", "Okafor"),
        # a code's word beside a shed ("skuret", not "sku") and before the next turn's speaker
        ("Birthe: Tak, koden til skuret er 1066", "SECRET", "1066"),
        ("Ola: a kłódka na szafce ma kod 0907\nBartek: dzięki Ola!", "SECRET", "0907"),
        # a chat asks for a password without a question mark, answers after words of assent
        (
            "jess: anyone know the wifi pw for the library 3rd floor\nsam_okoro: its EastLib-Study!2026 but",
            "SECRET",
            "EastLib-Study!2026",
        ),
        ("Bagus: btw password wifi lab ganti ya?\nRina: iya skrg biokim2027ugm", "SECRET", "biokim2027ugm"),
        ("שירה: הסיסמה לחשבון השתנתה?\nעידו: כן, Weizmann#lab7, אל תפיצי", "SECRET", "Weizmann#lab7"),
        # an Indian address before its PIN, a camp's grid, a Baltic street, a Dutch title before
        # initials and a particle
        (
            "deliver to B-42, Lajpat Nagar II, New Delhi 110024 pls",
            "ADDRESS",
            "B-42, Lajpat Nagar II, New Delhi 110024",
        ),
        (
            "Customer: Mr. Mwansa Chileshe, Farm 112, Chiparamba Block",
            "ADDRESS",
            "Farm 112, Chiparamba Block",
        ),
        ("Shelter: Kakuma 3, Block 14, Plot 22", "ADDRESS", "Kakuma 3, Block 14, Plot 22"),
        ("Kęstučio g. 55, Kaunas", "ADDRESS", "Kęstučio g. 55"),
        ("Dhr. J.P. van der Heijden-Bakker\nKastanjelaan 41", "NAME", "Dhr. J.P. van der Heijden-Bakker"),
        # a life's span under the name of the dead, a birth date as OCR misreads it
        (
            "In loving memory of Margaret Lindqvist\n3 March 1941 – 22 September 2024",
            "DOB",
            "3 March 1941",
        ),
        ("Given names: NGOZI  Date of birth: 14 MAR 199l", "DOB", "14 MAR 199l"),
        ("Születési hely, idő: Debrecen, 1983. október 4.", "DOB", "1983. október 4."),
        ("Magda: 01230545626, urodziny 5 marca 2001 jakby pytali", "DOB", "5 marca 2001"),
        # a Twitch bot's token, a PostgreSQL password file's password
        (
            "PS C:\\Bots> $env:TWITCH_OAUTH\noauth:x7k2m9q4v1b8n3c6z0p5w2r7t4y9u1",
            "SECRET",
            "oauth:x7k2m9q4v1b8n3c6z0p5w2r7t4y9u1",
        ),
        ("$ cat ~/.pgpass\n10.20.0.15:5432:epr:epr_app:Pl4nt-Sparrow-19", "SECRET", "Pl4nt-Sparrow-19"),
        # a password of digits told by its word in other languages
        ("Ирина: отдала ноутбук в ремонт, пароль на BIOS 7731", "SECRET", "7731"),
        # guards: a mailbox line still names its person after "Invoice to:", an Indonesian
        # mobile's groups are no roster's hours, Italian's "via" after a verb of living
        ("Invoice to: Ottoline Featherstonehaugh, 3 Marlowe Mews", "NAME", "Ottoline Featherstonehaugh"),
        ("WA saya 0813-2112-6122 ya", "PHONE", "0813-2112-6122"),
        ("abito in via Garibaldi 7, Milano", "ADDRESS", "via Garibaldi 7"),
        (
            "Client : Mme Océane Mercier, 7 place Bellecour, 69002 Lyon",
            "ADDRESS",
            "place Bellecour, 69002 Lyon",
        ),
    ],
)
def test_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # mail headers in Danish and a role mailbox with its role glued on
        "Til: specialekontoret@hum.ku.dk\nEmne: Aflevering af speciale",
        # a role mailbox's display name
        "From: Rostering <rostering@skyline-air.com>\nTo: Crew LGW <crew-lgw@skyline-air.com>",
        # a switchboard's round number, a German exchange's extension 0
        "Need help? Dial 0 from your room or call +61 2 9251 0000",
        "Zimmerreservierung: +49 30 2261-0",
        # a booking's confirmation, a roster's hours
        "Hilton London Tower Bridge · Room assigned at 3:00 PM\nConfirmation 3318847256 · 2 nights",
        "03 Thu  SIM 0600-1000\n05 Sat  STBY HOME 0500-1700",
        # a multicast group's address
        "[fids]\nmulticast = 239.10.2.1:5004",
        # "via" after an amount or a verb of sending, a till's shortcode
        "Net to pay: KES 20,343,538.00 via M-Pesa B2C (shortcode 600000)",
        "sent via Western Union 24 hours ago",
        # an example's note in Estonian, Chinese, Spanish
        "SEB pank\nNäidis-IBAN: EE38 2200 2210 2014 5685",
        "保管箱业务请提前预约。示例身份证号：11010519491231002X（仅供演示）",
        "ERROR matricula-api: DNI inválido '12345678Z' (ejemplo de la documentación) — rechazado",
        # a currency's code after its amount, a status after "moved to:", a form's fields, a
        # greeting to a member
        "Plata de 149,90 RON la Farmacia Tei a fost aprobată.",
        "Your claim has moved to: ASSESSMENT",
        "CERTIFICATE 0F INSURANCE\nPolicy Number: TRV/27/00441882\nArea: Worldwide excluding USA & Canada\n"
        "Emergency Assistance: +44 1273 000 000 (24 hrs)",
        "Dear Member,\n\nYour 2028 Annual Benefits Statement",
        # a firm's address after its department, an airport's gate, a flight, a codeshare
        "Bill to: Accounts Payable, Zenith Logistics Ltd, 14 Akin Adesola Street, Victoria Island, Lagos",
        '{"status":"SCHEDULED","gate":"9","codeshare":["EK5001"]}',
        "hemos enviado un código de verificación a tu móvil. Vuelo VY 1293 BCN-AMS, puerta C41.",
        "แอร์เอเชีย: เที่ยวบิน FD 3015 ประตู 54 รหัสการจอง Q8XK2P ขอให้เดินทางโดยสวัสดิภาพ",
        # guards: an order's number asked for is no phone, a dash before a quarter names no staff
        "A: what is your order number?\nB: 48812734",
        "Sales – Q3: up 4%",
        # a venue's contact line under its noise licence, a law and a ship named after someone,
        # a car's model, a German weekday, a show, a field's person's title
        "Music must end at 23:45 (noise licence). Enquiries: events@thornburyhall.co.uk or 01454 281 182.",
        "Allergens: ask for the Natasha's Law allergen sheet.",
        "Skipene MS Richard With og MS Kong Harald seiler daglig.",
        "10:02:11 PORTCALL  vessel=CORAL VENTURE imo=9321483 berth=PS-07",
        "Nissan Leaf 40kWh · 2021 · 31,000 miles · £14,995",
        "Kindergarten Sonnenschein: Am Freitag bleibt die Kita geschlossen.",
        "Matilda the Musical · Cambridge Theatre · Family ticket £120",
        # a funeral director's address, a French hour, a Thai school's notice
        "Co-op Funeralcare Swindon · 12 Commercial Road, Swindon SN1 5NF · 01793 522 522",
        "Veolia Eau: coupure d'eau prévue le 14/12 de 8h à 12h rue Victor Hugo (n° 2 à 48).",
        "โรงเรียนอนุบาลบ้านสวน: ปิดเรียนวันศุกร์ที่ 5 ธันวาคม",
        "Name: Ivanov Ivan Ivanovich (образец)",
        # guards: a placeholder after a role's label, a lease's dates under its tenant
        "Class: Spin 45 · Instructor: TBC · Studio 2 · 18:30",
        "Tenant: Flat 3\n01/03/2010 - 28/02/2025",
        # guards: a total is no Indian PIN, "e.g." no Lithuanian street
        "Order 55, Green Box, Qty 2, Total 110024",
        "see e.g. Room 12 for the forms",
        # a time's minutes and an hour before "am"
        "Ceremony 1: Mon 13 Dec, 10:30, Eden Court Theatre",
        "Today's cover: Leeds Briggate 8am-6pm, Harrogate 9am-5:30pm.",
        # a street's word before a name is no role (guard)
        "Via Verde: passagem registada na A1 – Portagem de Alverca, 14:32.",
    ],
)
def test_left_alone(text: str) -> None:
    assert Scrubber().scrub(text) == text, _found(text)


def test_thanks_before_a_comma_addresses_no_one() -> None:
    scrubbed = Scrubber().scrub("Birthe: Tak, koden til skuret er 1066")
    assert "Tak, koden" in scrubbed
    assert "1066" not in scrubbed


def test_a_relatives_word_speaks_as_no_one_under_a_chat_heading() -> None:
    """A guard: under a chat's heading a turn of digits counts, but "Μαμά" names no one."""
    scrubbed = Scrubber().scrub("Viber\nΓιώργος: Μάνα, θέλει το ΑΜΚΑ\nΜαμά: 29117203587\nΓιώργος: ευχαριστώ.")
    assert "Γιώργος" not in scrubbed
    assert "\nΜαμά: " in scrubbed
