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
    ],
)
def test_a_services_private_database_host_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("jdbc:mysql://10.20.0.15:3306/crm?user=crm_ro", "10.20.0.15"),
        ("Accepted publickey for mike from 192.168.0.23 port 50214", "192.168.0.23"),
        ("db host is fine, but my laptop is 81.2.69.160 today", "81.2.69.160"),
    ],
)
def test_a_persons_or_a_connections_address_is_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_sentences_full_stop_is_not_part_of_the_address() -> None:
    assert Scrubber().scrub("Write to me at anna.berg@gmail.com.") == "Write to me at <EMAIL_1>."
