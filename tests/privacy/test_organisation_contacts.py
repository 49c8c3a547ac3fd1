"""An organisation's own address, phone and mailbox are kept; a person's beside one are not."""

# ruff: noqa: RUF001  (the examples are written in their own scripts and punctuation)
from __future__ import annotations

import pytest

from app.privacy.organisation_contacts import role_mailbox
from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    "text",
    [
        "Riverside Public Library, 45 Elm Avenue, Riverside, CA 92501 · (951) 826-5201",
        "Bürgeramt Mitte, Karl-Marx-Allee 31, 10178 Berlin, Tel. 030 90182 3000",
        "Mairie de Lyon — 1 place de la Comédie, 69001 Lyon — 04 72 10 30 30",
        "Northfield Dental Practice · 3 Mill Street, Ely CB7 4AB · reception@northfielddental.co.uk",
        "Questions? Write to info@northfield-clinic.org",
        "Sender: no-reply@accounts.example.com",
        "Customer care line — Tel: 0800 028 0100",
        # a firm named after its founders, by its trade or "& Sons"
        "Whitcombe & Ferris Haulage · Unit 9, Kenyon Road, Wigan WN5 0LT · 01942 496 075",
        "Sold by Bernard & Sons · dispatched from 4 Mill Yard, Bath BA1 1AA",
        "Collection point — Depot: Unit 4, Churchill Way, Basingstoke RG21 6YR",
        # a hotel chain's house, named by its brand alone
        "The Sheraton Grand at 1 Festival Square, Edinburgh EH3 9SR offers late checkout.",
        "Le Méridien Etoile, 81 Boulevard Gouvion-Saint-Cyr, 75017 Paris",
        # a London postcode's first half is no misread word
        "Sentinel Mutual Insurance, 200 Aldersgate Street, London EC1A 4HD",
    ],
)
def test_an_organisations_own_contact_line_is_kept(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a street named after the institution is an address's own word
        ("Home address: 14 Church Lane, Oxford OX2 6JL", "14 Church Lane"),
        ("Send the keys to 7 Station Road, Harpenden AL5 4SD", "7 Station Road"),
        # a person named on the line makes its data theirs
        ("Mireille Dufour, St Luke's Hospital, ward 4 — 020 7946 0321", "020 7946 0321"),
        # a personal word does too
        ("Northfield Clinic said to call my landline, 01632 960 123", "01632 960 123"),
        # a mobile is someone's, whatever the line names
        ("St Mary's Hospital reception, ward 5: 07911 123456", "07911 123456"),
        # a free mail service's address is someone's, even beside an organisation's
        ("To: office@northfieldprimary.org.uk; Cc: r.okafor1984@outlook.com", "r.okafor1984@outlook.com"),
        ('{"org": "Ashby Judo Club", "admin_email": "hgreaves.judo@gmail.com"}', "hgreaves.judo@gmail.com"),
        # a mailbox whose user is a name is that person's
        ("Northfield Clinic · marta.kowalska@northfield-clinic.org", "marta.kowalska@northfield-clinic.org"),
        # an ID found where a phone is found too stays an ID
        ("Social security number: 078-05-1120   Dept: Sales", "078-05-1120"),
    ],
)
def test_a_persons_data_beside_an_organisation_is_still_scrubbed(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_guests_address_on_a_hotels_booking_is_still_scrubbed() -> None:
    text = "Booking for Ibis Styles: guest Oriana Featherstone, 14 Larch Close, Leeds LS6 2AB"
    scrubbed = Scrubber().scrub(text)
    assert "14 Larch Close" not in scrubbed and "Oriana Featherstone" not in scrubbed


def test_a_role_is_told_from_a_person_by_the_mailbox_user() -> None:
    assert role_mailbox("info") and role_mailbox("support.de") and role_mailbox("no-reply")
    assert not role_mailbox("marta.kowalska") and not role_mailbox("jdoe")


def test_a_listed_organisation_makes_the_line_its_own() -> None:
    # "Marks & Spencer" is no institution word, but the organisation list names it
    text = "Marks & Spencer customer services: 0333 014 8555, PO Box 3339, Chester CH99 9QS"
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a receipt's number, a company's VAT number and a parcel's number are no phones
        "Scontrino n. 0417-0093 · P.IVA 01234567890 · Totale € 23,40",
        "お問い合わせ伝票番号 4417-2290-3318 のお荷物は明日お届け予定です。",
        # a customer service centre's number, in Korean
        "[Web발신] 배송 완료되었습니다. 고객센터 1588-1255",
    ],
)
def test_reference_numbers_and_service_lines_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_persons_number_beside_a_receipt_number_is_found() -> None:
    scrubbed = Scrubber().scrub("Scontrino n. 0417-0093 · cliente Marta, cell. 347 112 8890")
    assert "347 112 8890" not in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        # a letterhead or a receipt's header: the firm's name above its address and phone
        "Pemberton & Vale Ltd\nUnit 7 Harbour Trade Park, Hull HU9 1TX\nTel 01482 496 000",
        "株式会社ミドリ商会\n〒530-0001 大阪府大阪市北区梅田 3-1-1\nTEL 06-0000-0000",
        "ALMACENES RIVAS, S.L.\nC/ Alcalá, 120 – 28009 Madrid\nNIF B-84512369 · Tel. 910 000 000",
        # a Brazilian company's register number
        "Loja Exemplo Ltda · CNPJ 12.345.678/0001-95",
        # a shop's list of its stores, under its word in the shop's language
        "Mağazalarımız\nKadıköy: Bahariye Caddesi No: 44, İstanbul",
        "Butiker: Drottninggatan 45, Stockholm · Kungsgatan 12, Göteborg",
    ],
)
def test_a_firms_block_gives_its_own_contact_details(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the block hands the address over to the reader, or a person is named in it
        (
            "Pemberton & Vale Ltd\nYour order is on its way to:\n14 Larch Close, Leeds LS6 2AB",
            "14 Larch Close",
        ),
        ("Pemberton & Vale Ltd\nShip to:\n14 Larch Close, Leeds LS6 2AB", "14 Larch Close"),
        (
            "Pemberton & Vale Ltd\nInvoice 4471 for Oriana Featherstone\n14 Larch Close, Leeds LS6 2AB",
            "14 Larch Close",
        ),
        # a person's own tax number after the same label, and a Brazilian person's CPF
        ("NIF 12345678Z · Cliente: Lucía Ferrer", "12345678Z"),
        ("Cliente: Ana Souza · CPF 123.456.789-09", "123.456.789-09"),
    ],
)
def test_a_customers_data_under_a_firms_name_is_still_scrubbed(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text), detect(text)
