"""Clean text a scrubber was tempted by: a template's placeholder person in the words guides use
for "in the samples" (app/privacy/examples.py), a letter that greets a role ("Dear Sirs"), a
service's database host in a config (app/privacy/scrub.py), and a sentence's full stop after
an e-mail address."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    "text",
    [
        "В образцах заявлений пишут «Иванов Иван Иванович», а вы укажите свои данные.",
        "У зразках анкет зазвичай стоїть «Петренко Петро Петрович».",
        "Nei fac-simile del contratto compare Mario Rossi, nato il 01/01/1970.",
        "Örnek dilekçede Ahmet Yılmaz adı geçer; kendi adınızı yazın.",
        "Trong mẫu đơn ghi Nguyễn Văn A, hãy thay bằng tên của bạn.",
        "Los modelos usan nombres ficticios como Juan Pérez.",
        "Pavyzdyje rašoma Vardenis Pavardenis.",
        "In het voorbeeld staat Jan Janssens, Kerkstraat 1, 1000 Brussel.",
    ],
)
def test_a_templates_placeholder_person_in_other_languages_is_kept(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_placeholder_name_without_a_templates_word_is_still_a_name() -> None:
    assert "Ahmet Yılmaz" not in Scrubber().scrub("Kiracı: Ahmet Yılmaz, tel. 0532 418 22 90")


@pytest.mark.parametrize(
    "text", ["Dear Sirs,\nPlease find our invoice attached.", "Dear Landlord,\nYour gas check is due."]
)
def test_a_letter_that_greets_a_role_names_no_one(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_letter_to_a_person_still_hides_the_name() -> None:
    assert "Pemberton" not in Scrubber().scrub("Dear Mr Pemberton,\nYour gas check is due.")


@pytest.mark.parametrize(
    "text",
    [
        "database:\n  host: 10.0.12.40\n  port: 5432",
        "DB_HOST=10.20.0.14",
        "2026-01-04T07:10:23Z connected to redis 10.244.1.17:6379",
        "INFO kobler til database 10.40.2.17:5432",
        # a connection URL's host too (holdout5 labelled this one; the corpora written since leave
        # a database's private host unlabelled, and the thirty-first session followed them)
        "jdbc:mysql://10.20.0.15:3306/crm?user=crm_ro",
    ],
)
def test_a_services_private_database_host_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Accepted publickey for mike from 192.168.0.23 port 50214", "192.168.0.23"),
        ("db host is fine, but my laptop is 81.2.69.160 today", "81.2.69.160"),
    ],
)
def test_a_persons_or_a_connections_address_is_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_sentences_full_stop_is_not_part_of_the_address() -> None:
    assert Scrubber().scrub("Write to me at anna.berg@gmail.com.") == "Write to me at <EMAIL_1>."


@pytest.mark.parametrize(
    "text",
    [
        "Questions about the rota? Write to fleet-ops@northwold.co.uk",
        "Sender: apoio.cliente@correios.example.pt",
        "Ask the Dangerous Goods Safety Adviser (DGSA) at dgsa@freightco.co.uk.",
        "Booking enquiries for the Cryo-EM suite: cryoem@facility.ac.uk",
        "[ELN] uid=u40213 entry=EXP-2291 status=signed",
        "Award MR/W01234X/1 is due for its annual report.",
        "Software: MaxQuant 2.6.3.0, R 4.4.1, Python 3.12",
        "BankID: signeringsbegäran (skadeanmälan 5502-771-204)",
        "The adjudicator decided on deposit ID 1187-0543-2291.",
        "Your claim CLM-7730192 is registered. Never share your password with anyone.",
    ],
)
def test_an_organisations_mailbox_a_numbered_account_and_references_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Forwarded by anna.support@northwold.co.uk", "anna.support@northwold.co.uk"),
        ("Signer: hbo.legal@protonmail.com", "hbo.legal@protonmail.com"),
        ("Contact KOWALSKA at kowalska@firma.pl", "kowalska@firma.pl"),
        ("(uid=pmwangi) bound", "pmwangi"),
        ("Address: 4 Quay St, Galway H91 E2W4", "H91 E2W4"),
        ("devices: laptop 81.2.69.160, phone 81.2.69.161", "81.2.69.161"),
        ("my wifi password is Salamander42 ok", "Salamander42"),
    ],
)
def test_a_persons_mailbox_login_address_and_password_are_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents still love Frank Sinatra and Dame Shirley Bassey on a Sunday.",
        "The course passes the statue of Sir Matt Busby before the canal.",
        "Named after Rosalind Franklin and the late Professor Dorothy Hodgkin, the wings open in May.",
        "For advice, contact the Joint Service Housing Advice Office (JSHAO) on 02392 707 000.",
        "Book at bristolgasservices.co.uk or call 0117 944 1200.",
        "Travel cover: emergency assistance +44 20 3320 8800 (24h).",
        "To find out more, call the team on 0161 306 0000.",
    ],
)
def test_honoured_figures_namesakes_and_a_services_numbers_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dear Sir John Pemberton, thank you for your letter of 3 May.", "Pemberton"),
        ("Our puppy is named after my aunt Odile Marchetti.", "Odile Marchetti"),
        ("Text me on 07700 900461 or call the office on 0161 306 0000", "07700 900461"),
    ],
)
def test_a_person_so_titled_or_named_and_a_persons_phone_are_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_persons_mailbox_then_or_call_is_no_website() -> None:
    scrubbed = Scrubber().scrub(
        "Please reach Lukas at aiko_t@example.co.jp or call 415.555.0172 before Friday."
    )
    assert "415.555.0172" not in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "2025-12-03 11:02:17 INFO [portal] health check ok from 10.20.4.11",
        "-- loaded by etl_job v2.8.1 on 192.168.10.22",
        '10.0.3.17 - - [05/Nov/2026:10:22:32 +0000] "POST /api/scan HTTP/1.1" 201 88',
        "cache node 172.18.0.4 evicted 1,204 keys",
    ],
)
def test_a_private_address_with_nothing_personal_on_its_line_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DHCP lease: Fiona-s-iPad 192.168.0.23 a4:83:e7:1c:22:9f", "192.168.0.23"),
        ("X-Forwarded-For: 81.2.69.142, 10.0.0.12", "10.0.0.12"),
        ("Login successful: 'anna' (Remote IP: '10.0.0.56')", "10.0.0.56"),
        ("password changed for account oskar.l by admin from 10.14.2.201", "10.14.2.201"),
        ("@Haruto the staging box is 10.20.31.44 again", "10.20.31.44"),
        ("dana@thinkpad:~$ mysql -h 172.20.3.9 -u root", "172.20.3.9"),
        ("Jamie's iPhone    192.168.1.47    3a:91:f2:0c:7d:1e", "192.168.1.47"),
        ('203.0.113.44 - - [05/Nov/2026:10:22:31 +0000] "GET /track HTTP/1.1" 200', "203.0.113.44"),
    ],
)
def test_a_private_address_tied_to_a_person_and_a_public_one_are_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_private_address_of_a_persons_workstation_is_still_found() -> None:
    assert "10.14.3.77" not in Scrubber().scrub("Workstation WS-0231 (assigned: finance) 10.14.3.77")
