"""What services, logs and forms print that has a person's shape and is no one's (scrub.py,
addresses.py, labelled.py, names.py, speakers.py, credentials.py, hushed.py, examples.py,
public.py, organisation_contacts.py): a company's universal access number, a month or a law's
section before a street's word, a greeting to a group, a role where a person is
expected, a system's login, a bank's example IBAN, a form's example, a service's one-line
notice, a pharmacy's name, role mailboxes, a password's description, a log's login attempt,
its batches and card approvals, a table's header row and a form's row of fields. Each case
beside one where the same words hold a person's data, which stays found."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    "text",
    [
        # Britain's 03 numbers and Korea's 15xx lines are a company's one number nationwide
        "Your adviser will call you back within 48 hours from 0345 600 7712.",
        "상담 예약: 1588-3300 (평일 09:00-18:00)",
        # a month or a law's section before a street's word is no house number
        "Camp dates: 3-5 May 2027, Lake District. Practice walk: 12 Feb.",
        "Penalties are set under section 47 of the Road Traffic Act 1988.",
        # a greeting to a group or a customer at large
        "Dear Valued Customer,\nyour statement is ready.",
        "Tisztelt Ügyfelünk!\nA fiókja hamarosan lejár.",
        "Liebe Eltern,\nder Wandertag fällt aus.",
        # a role where a person's name is expected
        "Assigned to: Store Manager. SLA 20 working days.",
        # a system's logins: a role run into its system's name
        "user: WSAGTAPI\npassword: ${AMADEUS_PWD}",
        "till_admin_user: tilladmin",
        # a bank's example IBAN on a line that says it is one
        "Schulkonto (DE89 3704 0044 0532 0130 00 – Beispiel, siehe Portal)",
        # a form's example under its Filipino heading
        "Halimbawa ng pagsagot sa form:\nPangalan: Juan Dela Cruz   Tirahan: 123 Rizal Ave., Maynila",
        # a service's one-line notice, its sender a first name too
        "Kanta: Sähköinen reseptisi on uusittu. Tämä on automaattinen viesti.",
        "Catena: Comanda ta #CT-558102 poate fi ridicată din farmacia Catena Unirii.",
        # role mailboxes at an organisation's domain
        "Items left in the terminal: lostandfound@dubaiairports.ae",
        "Report suspicious emails to phishing@nationalbank.co.uk.",
        "To: all-staff@mercia-pharmacy.co.uk",
        "Venue hire enquiries: weddings@thornbury-castle.co.uk",
        "Questions about your bill? Email pals@leedsth.nhs.uk or call the ward.",
        "Appeals go to moderation@gamehub.example.net within 14 days.",
        # a password described, not given; where a login is, not what
        "Password: your normal university password",
        "exchange: Kraken (login: same as gmail)",
        # a log's login attempt, its batch and a card's approval
        "Nov 05 02:14:07 vpn-gw01 sshd[22841]: Failed password for invalid user admin port 51522 ssh2",
        "WARN eps-sync 3 items rejected: invalid dm+d code (see batch 7781)",
        "Nov 05 09:12:47 kioskd[1187]: transaction approved, auth code 0A7731, amount GBP 9.90",
        # a table's header row and a form's row of fields
        "NAME                READY   STATUS    RESTARTS   AGE\nledger-api-7d9c8   2/2     Running   0   3d",
        "Asset: LT-0277   Condition: screen scratched\nReturned by: (leaver)   Date: 30/10/2026",
        # a help line, an info desk or an advice line by name, in more languages
        "Fragen? Mieterverein Rechtsberatung: 030 226 260",
        "Programări online: rarom.ro sau la 021 202 70 00.",
        "Informacija tel. 8 700 55 888. Skiepijimas be registracijos.",
        "खोया-पाया विभाग: आगमन हॉल। हेल्पलाइन: 0124 337 6000",
        # a surgery's phone lines, a herd's ear tags, a shop's "Find us:"
        "Surgery phone lines: 0118 496 0000 (8am-6:30pm).",
        "ear tags UK 342117 600021 – UK 342117 600058, batch BX-2026-03",
        "Find us: Unit 4, Marsh Lane Parade, Leeds LS9 8AB (next to the bakery)",
        # a meter's reading with its unit, a blood pressure
        "Meter reading submitted: MPAN 1200 0512 3456 7 · reading 045812 kWh",
        "Obs 03:12: BP 168/95, HR 88, sats 97%",
        # a sign in capitals, a pet
        "Boxes labelled DO NOT USE pending the recall.",
        "Memories with Buddy 🐶",
    ],
)
def test_a_service_text_keeps_its_words(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mobile: 0345 600 7712", "0345 600 7712"),
        ("موبائل: 0300 4182937", "0300 4182937"),
        ("Home: 12 Elm Road, meet at 10:30", "12 Elm Road"),
        ("Dear Mrs Okonkwo,\nyour statement is ready.", "Okonkwo"),
        ("Assigned to: Priya Raman. SLA 20 working days.", "Priya Raman"),
        ("user: jkowalski\npassword: ${PWD}", "jkowalski"),
        ("Please pay to IBAN DE89 3704 0044 0532 0130 00 by Friday.", "DE89 3704 0044 0532 0130 00"),
        ("Password: Tulip-Rain-42", "Tulip-Rain-42"),
        (
            "seed: orbit canal lumber velvet shrimp autumn glide ivory census pluck rural topple",
            "orbit canal lumber velvet shrimp autumn glide ivory census pluck rural topple",
        ),
        ("Maria left the group", "Maria"),
        ("Email me at lostandfound.anna@gmail.com", "lostandfound.anna@gmail.com"),
    ],
)
def test_a_persons_data_beside_such_words_stays_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text), detect(text)


def test_a_place_one_goes_to_beside_a_named_speaker_stays() -> None:
    text = "Juf Marloes: morgen gaan we naar Artis!\nPieter Bakker: lunchpakket mee?"
    assert "naar Artis!" in Scrubber().scrub(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tina Maze won the giant slalom again, the commentators said.",
        "Our reading list this term: essays on Huldrych Zwingli and the Reformation.",
        "Retief Goosen will open the new clubhouse on Saturday.",
    ],
)
def test_a_public_figure_on_a_line_without_a_personal_cue_is_kept(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_public_figures_name_with_a_personal_cue_is_still_found() -> None:
    text = "Guest: Retief Goosen, mobile 07700 900461"
    assert "Retief Goosen" not in Scrubber().scrub(text)


def test_a_constables_number_is_no_postcode() -> None:
    text = "Witness statement of PC 2291 Jamie Holt: at 23:10 I attended 4 Station Road"
    assert not [f for f in detect(text) if f.kind == "ADDRESS" and "Witness" in f.value]
