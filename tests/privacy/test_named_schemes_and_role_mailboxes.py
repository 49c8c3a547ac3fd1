"""Numbers of schemes a text names a sentence away, and organisations' contacts, which the
rules misread at 29be316.

Failed then:
- a German tax ID in groups a sentence after "Steuer-ID" ("65 358 517 090");
- a Slovenian EMŠO, an Austrian insurance number (taken for a phone then) and a Chilean RUT a
  few words or a line from their names, where their checks hold;
- a passport's number after its label in Arabic ("جواز السفر") and Croatian ("putovnica");

Kept, which failed then:
- a role's mailbox in parts ("api-support@...") after an e-mail key;
- a parcel's tracking number after "Royal Mail:" with a sentence's full stop after it (read
  as an address);
- a phone number after a contact's mailbox and a slash (read as its password);
- a club's mailbox by its glued word ("vibuklubi@..."), and roles' mailboxes by more words
  ("kommandant@", "dev-team@", "admission@", "manager@");
- a committee's offices after "Present:" ("Chair, Secretary, Treasurer");
- a business's number after "call us" in Welsh, Italian, Polish, Swedish and Indonesian, after
  a notice's question ("Questions? Call", "Vragen? Bel") and beside its website ("Renew online
  or call");
- a club's address on the line that names it, by its word ("Clube") or its compound's ending
  ("Postzegelvereniging").

Failed then too: a home's address on a line whose sentence opens with an everyday word before
an institution's ("Next service due ..." read as a firm "Next service").

Guards that passed then and must still: the same numbers where the text names no scheme or
their check fails, a password after a family's mailbox and a slash, a person's mailbox after
its label.
"""

# ruff: noqa: RUF001  (a full-width colon in a case)

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Für die Auszahlung brauchen wir Ihre Steuer-ID. Laut Unterlagen: 65 358 517 090.",
            "65 358 517 090",
        ),
        ("Za potrdilo rabiš moj EMŠO? 2107277839942", "2107277839942"),
        (
            "Bitte schick mir deine Sozialversicherungsnummer.\nTheresa: Servus, die ist 2103 589064.",
            "2103 589064",
        ),
        ("6a Foreign tax identifying number: 18.765.432-7\nCountry: Chile", "18.765.432-7"),
        ("جواز السفر: A12345678", "A12345678"),
        ("Ime: Ivana Horvat\nputovnica: 118234567", "118234567"),
    ],
)
def test_the_number_is_found_as_an_id(text: str, value: str) -> None:
    scrubbed = Scrubber().scrub(text)
    assert value not in scrubbed
    assert "<NATIONAL_ID_1>" in scrubbed, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        '{"info":{"title":"Ringing API","contact":{"email":"api-support@ringing.example"}}}',
        "Your order has been dispatched. Track with Royal Mail: JD014600003451780821.",
        "お問い合わせ：info@tokyo-kyudo.jp / 03-3521-6617",
        "Info: vibuklubi@tallinn-vibu.ee",
        "Present: Chair, Secretary, Treasurer, 14 members. Apologies: 3.",
        "Ffoniwch ni: 029 2018 4400",
        "Chiamaci allo 06 1234 5678",
        "Zadzwoń do nas: 22 123 45 67",
        "Ring oss på 08-123 456 78",
        "Hubungi kami di 021 555 0192",
        "Billing questions? Call (312) 555-0187",
        "Vragen? Bel 020 210 3000",
        "Two items are due tomorrow. Renew online or call 01223 765 400",
        "Eintritt frei. Kontakt: kommandant@ff-feuerwehr.de",
        "To: dev-team@pharmacy-app.example\nSubject: Sandbox keys rotated",
        "Clube de Xadrez do Porto — torneio sábado 15h, na sede (Rua de Cedofeita 120, Porto).",
        "De ruilbeurs van Postzegelvereniging Leiden is zaterdag in het buurthuis, Breestraat 44.",
        "Rechnung 65 358 517 090",
        "Steuer-ID folgt, Aktenzeichen 65 358 517 091",
    ],
)
def test_organisations_and_numbers_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Netflix — mum@family.net / Popcorn2024!", "Popcorn2024!"),
        ("Email: anna.support@gmail.com", "anna.support@gmail.com"),
        ("Any problems? Ring me on 07870 445 193", "07870 445 193"),
        (
            "Hi Rosa,\nThe boiler certificate for 9 Larch Road is attached. Next service due 11/2027."
            "\nThanks,\nGethin\nPryce Heating",
            "9 Larch Road",
        ),
    ],
)
def test_personal_values_are_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)
