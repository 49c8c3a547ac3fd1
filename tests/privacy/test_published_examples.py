# ruff: noqa: RUF001
"""Values documentation, test modes and templates publish are nobody's (app/privacy/examples.py);
the same values as a record's are still found."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "Bank docs: an IBAN looks like DE89 3704 0044 0532 0130 00 (sample only)",
        "Example: point the printer at 192.0.2.60 and restart it.",
        "In the sandbox use 4000 0566 5566 5556, any expiry, CVC 314.",
        "Template: SESSION_SECRET=change-me",
        "AWS docs example: AKIAIOSFODNN7EXAMPLE",
        # a key only documentation prints, wherever it stands: it authenticates nothing
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "api_token = <your-token>",
        "Sign-up template: john.doe@example.com · 123 Main Street, Anytown",
        "E-mail: name@example.com",
    ],
)
def test_published_examples_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the same values where no line says they are examples stand for a real one
        ("Refund to IBAN DE89 3704 0044 0532 0130 00, Lena Hartmann", "DE89 3704"),
        ("Failed password for root from 192.0.2.60 port 52211 ssh2", "192.0.2.60"),
        # an access key of AWS's shape that no documentation prints
        ("export AWS_ACCESS_KEY_ID=AKIA4Q7RZ2XK9PLM3TBV", "AKIA4Q7RZ2XK9PLM3TBV"),
        # a test line's real-looking secret is still a secret
        ("test account password: Quill-Harbor-81", "Quill-Harbor-81"),
        # a mailbox at example.com that is no placeholder's
        ("From: priya.raman@example.com", "priya.raman@example.com"),
        ("Mail jane.doe@example.com the receipt", "jane.doe@example.com"),
    ],
)
def test_the_same_values_elsewhere_are_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "DEBUG resolver=8.8.8.8 build=3.12.4.1 latency=14ms",
        "Firmware 10.0.19.4 installed on router (was 10.0.18.2)",
    ],
)
def test_versions_written_like_addresses_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_an_address_after_was_in_a_login_line_is_still_found() -> None:
    assert "81.2.69.161" not in Scrubber().scrub("login from 81.2.69.160 (was 81.2.69.161)")


@pytest.mark.parametrize(
    "text",
    [
        # how to fill a form in, in the languages forms are written in
        "Beispiel: Erika Mustermann, Heidestraße 17, 51147 Köln",
        "Exemple de saisie : Marie Martin, 12 rue des Lilas, 69003 Lyon",
        "Ejemplo: Juan Pérez García, DNI 12345678Z",
        "Образец: Петров Пётр Петрович, 02.03.1985",
        "記入例：鈴木 一郎 東京都港区芝公園4-2-8",
        "Name: Jane Smith (example customer) · Phone: 020 7946 0018",
        "Sample record: Tom Baker, 14 Elm Grove, Leeds LS6 2AB",
        "contoh: Siti Rahma, Jl. Sudirman No. 5, Bandung",
        "exemplu: Maria Ionescu, str. Florilor 3, Iași",
    ],
)
def test_fill_in_examples_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a real record names no example
        ("Kunde: Erika Vogelsang, Heidestraße 17, 51147 Köln", "Heidestraße 17"),
        ("Blood sample taken from Tom Baker at 09:10", "Tom Baker"),
    ],
)
def test_records_without_an_example_word_are_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # a placeholder person on a line that says it is a template, wherever it says so
        "Erika Mustermann, Hauptstr. 5, 10115 Berlin – Muster für eine Mieterhöhung",
        "Anna Kowalska, ul. Długa 3, 00-238 Warszawa – wzór wniosku o urlop",
        "Kari Nordmann, Kongens gate 2, 0153 Oslo – eksempel på søknad",
        "factory.create_user(name='John Doe', phone='+1 415 555 0134')  # test fixture",
        "Marie Dupont, 3 place Bellecour, 69002 Lyon — modèle de courrier",
        # a test record, a patient not known yet, a template's word inside a compound
        "Test Patient, Mrs Test · DOB 01/01/1900 · NHS 999 999 9999 · training system",
        "A&E 03:10 — unidentified female, booked in as Jane Doe — Majors 4",
        "Hallo Jan Jansen, dit is een voorbeeldtekst voor de nieuwsbrief.",
        "Sehr geehrte Frau Mustermann, Ihre Musterfirma, Musterweg 3, 12345 Musterhausen",
        "Ausfüllbeispiel: Erika Mustermann · geb. 12.08.1964",
    ],
)
def test_a_placeholder_person_on_a_template_line_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # keys only documentation prints are nobody's wherever they stand
        "STRIPE_API_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "Enter this key in your authenticator app: JBSW Y3DP EHPK 3PXP",
        # a test word inside an identifier says the line is a test's
        "STRIPE_TEST_CARD=4242 4242 4242 4242",
    ],
)
def test_documented_keys_and_an_identifiers_test_word_keep_the_line(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_placeholder_name_in_a_real_record_is_still_found() -> None:
    # someone may be called Jan Kowalski: without a template's word the line is a record
    assert "Jan Kowalski" not in Scrubber().scrub("Pacjent: Jan Kowalski, tel. 601 234 567, wizyta 14:30")


@pytest.mark.parametrize(
    "text",
    [
        "smtp:\n  user: noreply@example.org\n  password: ${SMTP_PASSWORD}",
        "Forward the request to foi@example-council.gov.uk and licensing@example-council.gov.uk",
    ],
)
def test_a_roles_mailbox_is_no_ones_even_as_the_login(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_persons_mailbox_as_the_login_is_still_found() -> None:
    assert "tom.reyes" not in Scrubber().scrub(
        "smtp:\n  user: tom.reyes@example.org\n  password: ${SMTP_PASSWORD}"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sherlock Holmes's rooms at 221B Baker Street are a museum now.",
        "Homer Simpson still lives at 742 Evergreen Terrace in season 35.",
        "Keir Starmer moved into 10 Downing Street in July.",
    ],
)
def test_an_address_everyone_knows_stays_on_a_line_about_its_figure(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Billing address: 221B Baker Street, London NW1 6XE",
        "Send the signed lease to 221B Baker Street before Friday.",
    ],
)
def test_the_same_address_as_a_customers_is_still_found(text: str) -> None:
    assert "Baker Street" not in Scrubber().scrub(text)
