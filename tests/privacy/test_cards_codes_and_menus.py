# ruff: noqa: RUF001  (the lines are written in their own scripts)
"""Causes read in holdout62 and 63 in the twenty-sixth session, and found by probing phrasings
in other languages: a branch's or a venue's short card with its opening hours in some twenty
languages, a phone number in its international form read as a card's, "AM" and "PM" read as
initials, dishes and cocktails named after people, codes that an identifier, a batch, an order or
a table's column says open nothing, a log's working directory and a password's date, hotlines
and offices' phones in other scripts, an order's number after "#", a stamp's seconds read as a
house number, a calendar's event ID and an SSH key's fingerprint read as mailboxes, a meeting,
a menu or a supper read as a surname, a place's own name, address and phone under its key in
a settings file or a record; and names after a courier's label where the sentence goes on, the
surname given for a doorbell, a delivery's rider in other languages, a greeting read as a
role's name, a code's full stop; IDs after
labels of voter cards and benefits in six more countries (added after reading the new blind
pair's notes, which list the ID types its lines hold), a Hong Kong ID by its check digit, an
Eircode only with its space, a service's number after "Info:" or a help number's word, and a pet
by the animal's word before its name or its care after it; a pick-up's code of six digits in
groups, Estonian's "kood" and Vietnamese's "bấm mã"; a name thanked in other languages. 77 cases:
61 fail at e4f3fc3; the 16 that pass are the guards that say what a rule must not take (marked),
which passed before it too."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in detect(text)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a person's card with their own hours to call is still theirs (guards)
        ("Hi, I'm Tomasz Nowicki, call me on 07700 900 412 daily 9-5", "PHONE", "07700 900 412"),
        (
            "Delivery address: 14 Heron Close, Norwich NR4 7TJ\nPickup point opening hours: Mon–Sat 9–18",
            "ADDRESS",
            "14 Heron Close, Norwich NR4 7TJ",
        ),
        # (guards) a name after a clock's time and its "PM", a guest named like a cocktail, a
        # card's number, a gate's code in an identifier, a password that says when it expires
        ("2:15 PM Margaret Okafor — hearing test", "NAME", "Margaret Okafor"),
        ("Table 6: Mary Collins, party of 4, window seat", "NAME", "Mary Collins"),
        ("Card: 4929 1234 5678 9012 exp 09/28", "CARD", "4929 1234 5678 9012"),
        ("gate_code: 4471", "SECRET", "4471"),
        ("Temp password: Lantern-Gale-42 (expires in 24h)", "SECRET", "Lantern-Gale-42"),
        # (guards) a person under a place's key: its manager, a customer's record
        ("store:\n  manager: Neil Hargreaves\n  manager_phone: 07700 900 318", "PHONE", "07700 900 318"),
        ("store:\n  manager: Neil Hargreaves", "NAME", "Neil Hargreaves"),
        ('{"customer":{"name":"Neil Hargreaves","phone":"07700 900 318"}}', "NAME", "Neil Hargreaves"),
        # IDs after labels of Brazil's voter title, India's EPIC, Australia's Centrelink, the
        # Philippines' UMID, Colombia's cédula; a Hong Kong ID by its check digit
        ("Título de eleitor: 1042 3318 0167   Zona: 021", "NATIONAL_ID", "1042 3318 0167"),
        ("Voter card — EPIC No: KLT4412098", "NATIONAL_ID", "KLT4412098"),
        ("Centrelink CRN: 204 118 356X", "NATIONAL_ID", "204 118 356X"),
        ("UMID CRN: 0111-4418207-3", "NATIONAL_ID", "0111-4418207-3"),
        ("Cédula: 1.032.418.556 de Bogotá", "NATIONAL_ID", "1.032.418.556"),
        ("Guest: CHAN Tai Man · K841211(1)", "NATIONAL_ID", "K841211(1)"),
        # a pick-up's or a locker's code of six digits in groups, Estonian's "kood", Vietnamese's
        # "bấm mã" (press the code)
        ("Посилка чекає в поштоматі №2210. Код: 552 130. Зберігання 5 днів.", "SECRET", "552 130"),
        ("SmartPOST: pakiautomaadi kood 71 40 28, pakk ootab 7 päeva", "SECRET", "71 40 28"),
        ("Anh bấm mã 2580 ở cổng nhé", "SECRET", "2580"),
        # a name thanked in other languages
        ("Umepokea Ksh 3,500.00 kutoka CHAMA. Asante Njeri.", "NAME", "Njeri"),
        # a courier's name after its label, where the sentence goes on after it
        ("Paczkomat: Kod odbioru: 482913. Kurier: Marek. Dziękujemy", "NAME", "Marek"),
        ("Kargo: Paketiniz bugün teslim edilecek. Kurye: Mehmet. Kod: 5521.", "NAME", "Mehmet"),
        # (guards) a person after a role that starts with an animal's word, a person's vaccination
        ("My dog walker Sarah Jones is running late", "NAME", "Sarah Jones"),
        ("Reminder: Sarah's vaccination appointment on Friday", "NAME", "Sarah"),
        # a delivery's rider as the apps name them in other languages
        ("Lieferando: Jonas ist mit deiner Bestellung unterwegs", "NAME", "Jonas"),
        ("Thuisbezorgd\nSanne is onderweg met je bestelling", "NAME", "Sanne"),
        ("iFood\nJuliana está a caminho com seu pedido", "NAME", "Juliana"),
        # the surname given for a doorbell: after the phrase, or in the turn after "which bell?"
        ("You: buzz 2B, name on it says Nakashima\nDasher: ok", "NAME", "Nakashima"),
        (
            "Fahrer: Bin unten, bei wem soll ich klingeln?\nIch: Bitte bei Schneider klingeln, 2. OG",
            "NAME",
            "Schneider",
        ),
        ("Livreur : Je suis devant, quelle sonnette ?\nMoi : Lefèvre, 3e étage", "NAME", "Lefèvre"),
        ("Bezorger: ik sta voor de deur\nJij: bel maar bij Visser, 2-hoog", "NAME", "Visser"),
    ],
)
def test_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


def test_a_code_ends_before_its_sentence_full_stop() -> None:
    text = "ACS: Η αποστολή θα παραδοθεί σήμερα. Κωδικός παραλαβής: 3391. Courier: Spyros."
    assert ("SECRET", "3391") in _found(text)
    assert "<SECRET_1>. Courier" in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # a branch's or a venue's short card: its address, fixed line and mailbox under its hours
        "Сбербанк – отделение 9038/01\nАдрес: ул. Тверская, 7\nЧасы работы: пн–пт 09:00–20:00",
        "Ощадбанк – відділення № 12\nвул. Хрещатик, 22, Київ\nГрафік роботи: 09:00–18:00",
        "Apteegi info\nAadress: Pärnu mnt 10, 10148 Tallinn\nLahtiolekuajad: E–R 9–19, L 10–16",
        "Cukrárna U Karla\nNerudova 12, 118 00 Praha 1 · 257 531 441\nOtevírací doba: Po–Ne 8–20",
        "北京路分店\n地址：广州市越秀区北京路88号\n营业时间：09:00–22:00\n电话：020-8333 1234",
        "Quán Cơm Niêu Sài Gòn\n21 Hàng Buồm, Hoàn Kiếm, Hà Nội · 024 3826 1100\nGiờ mở cửa: 10:00–21:30",
        "Åpningstider: man–fre 10–18\nAdresse: Storgata 12, 0155 Oslo · tlf 22 41 18 00",
        # a phone number in its international form is no card's, whatever Luhn says
        "Reservierung: Tel. +49 89 290136-100 (Mo–So)",
        # "AM" and "PM" after a clock's time are no initials
        "Tue 8 Dec\n10:30 AM Brakes delivery — back door\n3:00 PM GXO pallet collection",
        # dishes, cakes and cocktails named after people
        "Brunch: Eggs Benedict, Eggs Florentine, Oysters Rockefeller",
        "Bar: Tom Collins £11 · Bloody Mary £12 · Shirley Temple (0%) £6",
        # a code whose identifier, batch, order or column says it opens nothing
        '{"status":"failed","reason_code":"RC07","retry":true}',
        "Batch code: K41192B · Use by 14/01/2027",
        "کد سفارش ۵۵۱۲۰ · زمان ارسال ۳۰ دقیقه",
        "| Code | Meaning |\n|---|---|\n| NA02 | Nobody home, card left |",
        # a log's working directory, the date a password was set
        "Dec  2 09:14:01 srv2 sudo: deploy : TTY=pts/1 ; PWD=/opt/app ; USER=root ; COMMAND=/bin/systemctl",
        "Enabled         : True\nPasswordLastSet : 14/10/2026 09:02:11",
        # a hotline, a support centre, a universal number and an office's phone in other scripts
        "গ্রাহক সেবা কেন্দ্র · হটলাইন ০১৭৫৫-১২৩৪৫৬",
        "راهنما: تلفن مرکز پشتیبانی: ۰۲۱-۸۸۷۷۶۶۵۵",
        "ایزی پیسہ · یونیورسل نمبر 042 3577 1100",
        "ሆቴል ራስ · የቢሮ ስልክ 011 551 7171",
        # an order's number after "#", a stamp's seconds before a word, a calendar's event ID and
        # an SSH key's fingerprint comment
        "Swiggy: ऑर्डर #7731904418 रास्ते में है",
        "2026-12-03T08:14:22Z square-pos INFO sync ok",
        "BEGIN:VEVENT\nUID:20261210T070000-boiler-service@greenfieldcafe\nSUMMARY:Boiler service",
        "256 SHA256:Qx7fP2mL9vR4kT8nW1cY6bH3jD5sA0gE2uZ9oI4eK7a deploy@pos-02 (ED25519)",
        # a meeting, a menu, a supper and a line item are no one
        "Notice of the Annual General Meeting · Agenda item 4",
        "Burns Night Supper · Tea Menu · Line Item",
        # a place's own name, address and phone in a settings file or a record, under its key
        "warehouse:\n  name: Northgate Fulfilment\n  address: Unit 4, Kingsway Park, Rochdale OL16 4NW\n"
        "  phone: 01706 555 210",
        "[site]\nname=Wickham Market Store\naddr=Station Road, Wickham Market, Woodbridge IP13 0QX",
        '{"attempt":2,"depot":{"name":"Tulsa OK DC","phone":"+1 918-555-0177"},"next":"2026-11-20"}',
        "depo:\n  adres: Cumhuriyet Cad. No:14, Kadıköy/İstanbul\n  telefon: 0216 555 0 123",
        # a service's number after "Info:", an enquiry or help number's word in Yoruba and Tamil,
        # a practice's phone under its key
        "Paket tiba di gudang Cikarang. Estimasi dikirim besok. Info: 021-2927 8888",
        "Ìpàdé àwọn òbí ní gbọ̀ngàn. Nọ́mbà ìbéèrè: 0700 555 0199",
        "ஆர்டர் தயார். உதவி எண்: 1860 500 0101",
        '{"claim":"C-4471","vet":{"practice":"Oakfield","phone":"01245 358 600"}}',
        # a pet by the animal's word before its name or its care after it
        "Our class hamster Gerald needs a home over half-term, any volunteers?",
        "Customer: my dog Bella chewed the box but the mug is fine",
        "Reminder from Westmoor Vets: Milo's flea & worm treatment is due this week.",
        # thanks for a purchase name no one (guards)
        "Gracias por su compra. Vuelva pronto.",
        "Danke für Ihren Einkauf, Ihr Team.",
        # a phone number's groups after a code's word are no code (a guard)
        "Kod pocztowy 00-950. Infolinia: 801 102 102 (czynna całą dobę)",
        # an Eircode's parts run together are a reference's or a prisoner's number
        "Prison number A4421CD · Wing C",
        # a greeting after a role's label, a bell answered without a name, a code's full stop
        "Driver: Hi, I am outside. Which bell?\nMe: The top one, thanks",
        "Glovo: Tu pedido está en camino",  # guard
        "Pekaria Doce Lar\nRua das Flores 45, 4050-262 Porto · 22 200 1234\nAberto todos os dias 7h–20h",
    ],
)
def test_left_alone(text: str) -> None:
    assert Scrubber().scrub(text) == text, _found(text)
