"""Personal values said in ways the labels missed (names.py, speakers.py, credentials.py,
hushed.py, travel_documents.py, labelled.py, birthdates.py, data/labels.txt): the name a card
or a booking is in, a chat's speaker with a role in brackets or pasted in bold, one-time codes
in two fours, in Turkish and Finnish and in groups with their hours of validity, helpdesk
passwords in German compounds and Telugu, a wallet's MPIN, a check-in log's birth date beside
a masked passport, a terminal table's DOB column, a Ukrainian "р. н." date, and surnames and
IDs under labels in more languages. Each beside what stays untouched."""

# ruff: noqa: RUF001, RUF002
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("here it is: card 4929 1385 7720 1344, name on card D R Whitfield. thanks", "D R Whitfield"),
        ("name on the reservation is tomas okafor, can you check", "tomas okafor"),
        ("Priya (reception): your car is ready for collection\nTom: great, thanks", "Priya"),
        ("**mara.k** 09:14 — shall I restart the print server?", "mara.k"),
        ("Your account security code is 7731 0284. Don't share it.", "7731 0284"),
        ("Doğrulama kodu: 318 552", "318 552"),
        ("Kirjautumiskoodi: 552 019 (voimassa 5 min)", "552 019"),
        ("Ihr Zugangscode: 7QX-4MR-2LP (24 h gültig)", "7QX-4MR-2LP"),
        ("Startpasswort vergeben: Linde#Regen-44, bitte sofort ändern.", "Linde#Regen-44"),
        ("తాత్కాలిక పాస్‌వర్డ్: Jasmine#Vzg21", "Jasmine#Vzg21"),
        ("I gave them my MPIN 5521 by mistake", "5521"),
        ("SSR DOCS LH HK1 P/DEU/*****8812/DEU/03MAR79/M/11JAN31/BRANDT/JONAS", "03MAR79"),
        (
            "ID      NAME                 DOB         TOWN\nP-2210  OKAFOR, Chidi        1979-04-11  Leeds\n",
            "1979-04-11",
        ),
        ("ПІБ: Петренко Олег Іванович, 21.11.1990 р. н.", "21.11.1990"),
        ("Nombre(s): Rosa   Apellido paterno: Ramírez   Apellido materno: Soto", "Ramírez"),
        ("Surname(s): NGUYEN          Surname at birth: PHAM", "PHAM"),
        # a teacher's title before a name, a chat's speaker after their time or before an emoji
        ("Chiara: domani colloqui con la maestra Colombo, avete prenotato?", "Colombo"),
        ("Petra: paní učitelka Horáková říkala, ať se zapíšeme", "Horáková"),
        ("Juf Marloes: morgen gaan we naar Artis!\nPieter Bakker: lunchpakket mee?", "Marloes"),
        ("[19:40] Fernandinho: oi Rafa, me passa teu pix\n[19:41] Rafa: blz", "Fernandinho"),
        ("Mum: who has the car on Saturday?\nJess 🐝: me! ikea run", "Jess"),
        ("The name on the policy is Ana Brandão, not Ana Brandao.", "Ana Brandão"),
        ("Am Telefon: お問い合わせありがとうございます。電話：090-1234-5678", "090-1234-5678"),
        # a PIN asked for, then told in a short sentence or a chat's next turn
        ("The caller kept asking for my PIN. I gave him 5082 before I realised.", "5082"),
        ("Ani: ada yang telpon minta PIN.\nIbu: ibu kasih 731904 😟", "731904"),
        ("রুমা: ওরা পিন চাইছে, দিব?\nসাকিব: না!\nরুমা: আগেই বলে দিছি ৫৫১৯", "৫৫১৯"),
        # a court's list of criminal cases, a ward's consultant before the next column's label,
        # a stream chat's users in brackets
        ("10:00  R v Darren WHITTAKER  (Sentence)\n10:30  R v Jo ELLIS (Trial)", "Darren WHITTAKER"),
        ("Consultant: Mr A. Patel   Registrar: Dr Sian Hughes", "Mr A. Patel"),
        ("Stream chat: [ninja_gran]: gg! [mike_the_tank]: lol", "ninja_gran"),
    ],
)
def test_the_value_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "the name on the booking is spelled wrong",
        "Name on card must match your ID",
        "Price (EUR): 12.50 per month",
        "کد کلاس: LIT-204",
        "Ticket valid for 2 hours from validation.",
        "Security code is printed on the back of the card.",
        "Reset your PIN at any branch. Open 0900 to 1700.",
        "Your PIN has been changed. Your order 48213 ships today.",
        "As decided in R v Brown [1994] 1 AC 212, consent is no defence.",
        "Arsenal v Chelsea kicks off at 17:30",
        "[main]: started\n[worker-1]: ready\n[worker-2]: ready",
        "Astrid Lindgrens skola: höstlovet är vecka 44.",
    ],
)
def test_nothing_is_found(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_an_airline_segment_status_is_no_misread_name() -> None:
    text = "SSR DOCS LH HK1 P/DEU/*****8812/DEU/03MAR79/M/11JAN31/BRANDT/JONAS"
    assert "LH HK1" in Scrubber().scrub(text)


def test_a_family_chat_names_people_on_every_turn() -> None:
    text = "Mama: Umeongea na Wanjiku?\nBaraka: Ndiyo, atakuja kesho\nMama: Mwambie Amina alete chai"
    assert "Amina" not in Scrubber().scrub(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        # a form's labels are no chat's speakers, so its words stay
        "Guest: Anna Berg\nDietary: vegetarian\nSong request: Grant me the serenity",
        # a turn's first word is its greeting or answer, not a name
        "מיכל: מחר יום פיג'מות\nאבי פרץ: שלום, יש איסוף מוקדם?",
    ],
)
def test_a_form_or_a_turns_first_word_is_not_read_as_a_chat_name(text: str) -> None:
    found = [f.value for f in detect(text) if f.kind == "NAME"]
    assert "Grant" not in found and "שלום" not in found, found
