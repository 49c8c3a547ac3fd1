"""An organisation's own contact details on its line (app/privacy/organisation_contacts.py):
words glued to a compound, small-letter institution words after a name, airports and help
lines in many languages, and names that are the institution's, not a person's."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    "text",
    [
        "Zahnarztpraxis am Lindenplatz, Marktstraße 4, 37073 Göttingen · Tel. 0551 4930 220",
        "Oulun lentoasema · Lentokentäntie 720 · Finnair asiakaspalvelu 0600 140 140",
        "Library opening hours Mon–Sat 09:00–17:00 · Tel 0113 378 5005",
        "Городская поликлиника № 3, ул. Ленина, д. 25 — регистратура",
        "Aeroporto di Bologna · Via del Triumvirato 84 · 051 647 9615",
        "Airport Police (non-emergency): 0300 123 1212 · lostproperty@gla-airport.co.uk",
        'Istituto Comprensivo "Carla Bertolini" – Via Roma 12 – segreteria 055 271 8890',
        "Esenboğa Havalimanı · Özal Bulvarı No:4 · Çağrı Merkezi 444 9 828",
        "横浜みなとクリニック 受付 045-123-4567",
        "Reservations: Oak Lane Bistro, 0161 496 0311",
        # a firm named after its partners, and an agency's lettings line
        "Pay to: Whitlock & Fenn Solicitors LLP · Sort code 20-00-00",
        "Your payment of £980.00 to Harrow & Co Estate Agents has been sent",
        "Brackley Moss, 12 Tower Street, York YO1 9SA — Lettings 01904 555 012",
        # an institution's word in small letters right after the name, or with a case's suffix
        "Kelan asiakaspalvelu vastaa numerossa 020 692 206.",
        "Orhan Veli Havalimanı'nda bugün sis var, bazı seferler gecikmeli.",
        "Meeting room: Rosalind Franklin (Floor 2) — booked 09:00–10:00",
    ],
)
def test_an_organisations_own_line_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a person's landline after a possessive, or with a personal word, is still theirs
        ("Please pay Kemi's school fees, call 0161 496 0872 if unsure", "0161 496 0872"),
        ("Emergency contact: Bram Oudekerk (brother) 0161 496 0555", "Bram Oudekerk"),
        ("Estelle Fournier, 12 Birch Road, Leeds LS6 2AB", "Estelle Fournier"),
        ("The court sent it to 14 Birch Road, Leeds LS6 2AB", "14 Birch Road"),
        ("Hi, it's Dr. Ilse Marquardt's office calling about Tuesday", "Marquardt"),
    ],
)
def test_a_persons_values_are_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "nginx: upstream=10.20.3.4:9000 timed out",
        "Nameserver 10.1.0.53 answered in 2 ms",
        "zigbee2mqtt: connected to broker at 192.168.50.7",
        "Dev server listening on http://192.168.0.14:5173 and http://10.8.0.2:5173",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK3mV9wQ2pL7sT4xZ8nB1cY6hJ0dF5aG3eU9iO2kQ7r ci@runner-3",
        "Seat 14A · PNR K4Q7RT · Gate 22",
        "Moi Avenue, Nairobi",
    ],
)
def test_machines_and_references_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Accepted password for anna from 10.20.3.4 port 50211 ssh2", "10.20.3.4"),
        ("Delivery to 17 Hill Street, Bristol BS1 5TR", "BS1 5TR"),
    ],
)
def test_a_persons_address_is_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # a bank's branch, in the languages that say "branch" with a word of their own
        "Бульвар Лесі Українки, 14 – відділення Ощадбанку, гаряча лінія 0 800 210 800",
        "Strada Victoriei 12, Cluj – sucursala ING, program L–V 9–17",
        "شارع التحلية، جدة – فرع بنك الراجحي، خدمة العملاء 920003344",
        "Hanyar Murtala Mohammed, Kaduna – reshen bankin Zenith, lambar waya 0700 222 2333",
        # institutions named after a person with "of" or "named after" between, or a name's
        # middle initial before the institution's word
        "Uwanja wa Ndege wa Abeid Amani Karume · Tiketi Na. ZN-4410",
        "Чернівецький національний університет імені Юрія Федьковича · приймальна комісія",
        "Indira K. Gandhi Intl (DEL) → Dubai (DXB) · Gate 14",
        "Sabiha Gökçen Havalimanı · Çağrı merkezi 444 9 828",
        "சென்னை மத்திய ரயில் நிலையம் · அலுவலகம் 044-2819 2000",
    ],
)
def test_branches_and_institutions_named_after_people_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Email: hello@brightsmiles.co.uk · Tel: 0345 222 0199",
        "Contact: enquiries@meadowcare.org · 0161 496 0777 · Mon–Fri",
    ],
)
def test_a_line_with_a_role_mailbox_is_the_firms_contact_line(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_persons_mailbox_and_phone_on_such_a_line_stay_found() -> None:
    scrubbed = Scrubber().scrub("Email: dara.okafor@brightsmiles.co.uk · Tel: 0345 222 0199")
    assert "dara.okafor" not in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Salon Kapsalon Bella, Hoofdstraat 12, open ma-za.",
        "Friseursalon Haarmonie — Termine unter 030 1234 5678.",
        "Le Monde publie une enquête d'Ariane Chemin sur le financement des partis.",
        "El País entrevista a Almudena Grandes sobre su última novela.",
        "Der Spiegel: Kommentar von Sascha Lobo zur Digitalpolitik.",
    ],
)
def test_a_business_with_its_hours_or_bookings_and_the_press_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_my_address_beside_the_days_to_call_me_is_still_found() -> None:
    assert "Hoofdstraat 12" not in Scrubber().scrub("Mijn adres: Hoofdstraat 12, Utrecht. Bel me ma-za.")


@pytest.mark.parametrize(
    "text",
    [
        "BUFETE ORTEGA & ASOCIADOS, S.L.P. · CIF B-87412093 · Gran Vía 41, 28013 Madrid",
        "Fra: Nordhavn Fragt ApS, Containervej 12, 2150 Nordhavn",
        "Kunde: Müller GmbH, Hauptstraße 5, 80331 München",
    ],
)
def test_a_firm_by_its_legal_form_gives_its_own_address(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_person_after_the_same_label_keeps_their_address_found() -> None:
    assert "Lindenweg 4" not in Scrubber().scrub("From: Anna Berg, Lindenweg 4, 10115 Berlin")
