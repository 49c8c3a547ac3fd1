"""Eleventh tuning pass, names: each family of screens with examples of its own, in more than
one language or format, and the clean line the rule must leave alone (issue 16)."""

# ruff: noqa: RUF001  (examples are written in their own scripts and punctuation)

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a notification's actor, whatever the script
        ("Lotte heeft je een verzoek gestuurd", "Lotte"),
        ("Benedikt hat dir 12,50 € geschickt", "Benedikt"),
        ("Mathilde vous a invité à rejoindre l'équipe", "Mathilde"),
        ("Rosalía te envió un mensaje de voz", "Rosalía"),
        ("Priscilla Oduya has invited you to edit", "Priscilla Oduya"),
        ("Ольга Коваленко надіслала вам фото", "Ольга Коваленко"),
        ("Дмитрий Соколов пригласил вас в группу", "Дмитрий Соколов"),
        ("Η Ελένη Παπαδάκη σας έστειλε ένα αρχείο", "Ελένη Παπαδάκη"),
        ("钉钉：王秀英 向你发送了一条消息", "王秀英"),
        ("LINE: สมชาย ใจดี ส่งสติกเกอร์", "สมชาย ใจดี"),
        ("שיחה שלא נענתה מנועה ברק (2)", "נועה ברק"),
        # a relative's word before a given name
        ("Missed call from Uncle Desmond", "Desmond"),
        ("Verpasster Anruf: Tante Ingrid", "Ingrid"),
        # a chat export's speaker after the app
        ("Telegram · Henrike: bin gleich da", "Henrike"),
        ("WhatsApp • Rodrigo: te llamo luego", "Rodrigo"),
        # a file or a query named after its person
        ("Contract_Annelise_Brandvold_signed.pdf — Preview", "Annelise_Brandvold"),
        ("id_card_KOWALCZYK_AGNIESZKA.jpg   340 KB", "KOWALCZYK_AGNIESZKA"),
        ("https://crm.example.org/view?customer=Thandiwe.Mokoena&tab=notes", "Thandiwe.Mokoena"),
        # a holder in capitals; a document's holder after its number and a dash
        ("Card holder: MAREN K. HOLTHUIS   exp 09/29", "MAREN K. HOLTHUIS"),
        ("Titular: BEATRIZ SALGADO PIRES", "BEATRIZ SALGADO PIRES"),
        ("SSN 512-44-9087 — Whitlock, Harriet", "Whitlock, Harriet"),
        # a CSV row's cell that spells a part of the row's e-mail
        ('"Ingrid","Vestergaard","ingrid.vestergaard@firma.dk"', "Vestergaard"),
        ("8812;Tobias;Wennerholm;tobias.wennerholm@example.se", "Wennerholm"),
        # a household by its surname after the word for family
        ("Paket abgegeben bei Familie Hofbauer, Tür 3", "Hofbauer"),
        ("Invitation de la famille Lefebvre pour samedi", "Lefebvre"),
        # a letter-spaced line read by OCR, after a label or a holder's word
        ("K u n d e :  H E I D R U N   L A N G E V E L D", "H E I D R U N   L A N G E V E L D"),
        ("A C C O U N T   H O L D E R   M A R G I T   S O L B E R G", "M A R G I T   S O L B E R G"),
        # an account in a password manager's row
        ("Bitwarden — Bank\nusername   mfrobisher77\npassword   ••••••", "mfrobisher77"),
    ],
)
def test_found(text: str, name: str) -> None:
    # another rule may take a word more around the name ("Uncle Desmond")
    assert any(name in found for found in _names(text))


@pytest.mark.parametrize(
    "text",
    [
        # brands and services notify too, a sentence starts with a capital
        "Amazon has sent you a gift card",
        "Сервис отправил вам код подтверждения",
        # an app's screen with a setting, not a speaker
        "Settings · General: on",
        # file names of things, not people
        "Grace_Period_Policy.pdf   Annual_Report_2026.pdf   Summer_Holiday.jpg",
        "Rose_Garden.png — Image Viewer",
        # a query's value that is no person's login
        "https://example.com/search?member=build.agent&page=2",
        # a licence's capitals
        "THE COPYRIGHT HOLDER OR CONTRIBUTORS",
        "Holder: Visa Platinum",
        # an order's number, then its product
        "Order 2026-114 — Standing Desk, oak",
        # a row's cells beside an address that holds no name
        '"Report","Weekly","ops.weekly@acme.com"',
        # the word for family before what is no household
        "Familie und Beruf vereinbaren: Familie Feuerstein läuft am Sonntag",
        # a letter-spaced heading in capitals
        "W E L C O M E   T O   T H E   S H O W",
        # a form's message after the label
        "username   required",
        # the damage of holdout12, by cause: a column's value, a work with its maker, a card
        # brand, a form's example, an author's name without the given name
        "Deal: Contoso renewal   Status: Closed Lost   Owner team: Sales Ops",
        "Der Zauberberg von Thomas Mann liegt auf dem Tisch.",
        "Pay with Mastercard •••• 1881 · Maestro accepted",
        "Full name  [ z. B. Max Mustermann ]",
        "Nom : p. ex. Jean Dupont",
        "The detective first appeared in a story by Conan Doyle.",
    ],
)
def test_left_alone(text: str) -> None:
    assert _names(text) == []
