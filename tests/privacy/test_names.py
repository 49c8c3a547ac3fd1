"""Names found by cause: structured data's keys and columns, wider name lists, boarding passes,
particles; and the URL-embedded secrets and Japanese addresses that came with them (issue 16).

Each case is a kind of text, not a corpus line; the corpora in tests/privacy measure the rules
on lines they were not written from (`python -m bench.privacy`).
"""

from __future__ import annotations

import pytest

from app.privacy.names import first_names, known_name, surnames
from app.privacy.scrub import Scrubber, detect


def _scrubbed(text: str) -> str:
    return Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"firstName": "Chiamaka", "lastName": "Obi-Nwosu", "vip": true}', ["Chiamaka", "Obi-Nwosu"]),
        ("  family_name: Kovačević\n  given_name: Ana", ["Kovačević", "Ana"]),
        ('<input name="billing[surname]" value="Haddad">', ["Haddad"]),
        ('<td class="nachname">Brandtner</td>', ["Brandtner"]),
        ("apellidos;nombre;ciudad\nRuiz Zafón;Lucía;Sevilla", ["Ruiz Zafón", "Lucía"]),
    ],
)
def test_a_value_under_a_name_key_or_column_is_a_name(text: str, names: list[str]) -> None:
    scrubbed = _scrubbed(text)
    assert all(name not in scrubbed for name in names), scrubbed


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "nightly-build", "retries": 3}',
        "name: Deploy to staging",
        "name,price\nWidget Pro,12",
        '{"first_name": null, "last_name": ""}',
        '{"customer": "Acme GmbH"}',
    ],
)
def test_a_name_key_over_a_thing_leaves_it(text: str) -> None:
    assert _scrubbed(text) == text


def test_a_row_without_its_header_loses_a_surname_next_to_a_first_name() -> None:
    scrubbed = _scrubbed("40117;Dubois;Camille;Marseille")
    assert "Dubois" not in scrubbed and "Camille" not in scrubbed
    assert "Marseille" in scrubbed


def test_the_lists_know_names_of_many_cultures_and_not_everyday_words() -> None:
    for name in ("Chukwuemeka", "Thandeka", "Saoirse", "Anh"):
        assert name.lower() in first_names(), name
    for name in ("Okonkwo", "Dlamini", "Nguyen", "Nowak"):
        assert name.lower() in surnames(), name
    assert not any(known_name(word) for word in ("Street", "Winter", "True", "El"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PASSENGER: OKAFOR/NGOZI MS  SEAT 3A", "OKAFOR/NGOZI"),
        ("BOARDING: ABERNATHY/JOHN PAUL MR", "ABERNATHY/JOHN PAUL"),
        ("Geachte heer Van den Broek,", "Van den Broek"),
        ("Reporter: Aoife Ní Bhraonáin   Priority: High", "Aoife Ní Bhraonáin"),
        ("Please forward it to Adaeze Eze before noon.", "Adaeze Eze"),
        ("Call Kofi back about the quote", "Kofi"),
    ],
)
def test_names_without_the_old_cues_are_found(text: str, name: str) -> None:
    assert name not in _scrubbed(text)


@pytest.mark.parametrize(
    "text",
    [
        "TCP/IP, CI/CD and AC/DC",
        "Visit New York in spring",
        "Buenos Aires is lovely in March",
        "Gracias por su compra en El Corte Inglés",
        "Integrated Security=True;Initial Catalog=Shop",
        "Mozilla/5.0 AppleWebKit/537.36 Safari/537.36",
        "Assignee: Unassigned",
    ],
)
def test_words_that_look_like_names_in_place_are_left(text: str) -> None:
    assert _scrubbed(text) == text


@pytest.mark.parametrize("text", ["Handy: 0171 2345678", "PIN: 4821", "To: ops@example.com"])
def test_a_label_before_its_value_is_not_a_speaker(text: str) -> None:
    assert [f for f in detect(text) if f.kind == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "https://hooks.slack.com/services/T0000AAAA/B1111BBBB/abcdefGHIJKL12345678mnop",
            "abcdefGHIJKL12345678mnop",
        ),
        (
            "https://discord.com/api/webhooks/998877665544/aB3dE5fG7hJ9kL1mN3pQ5rS7",
            "aB3dE5fG7hJ9kL1mN3pQ5rS7",
        ),
        (
            "TELEGRAM_BOT=bot5011223344:AAF7xK2mQ9pLz8RtY3wN6cB1dE5fG0hJ4kQ",
            "AAF7xK2mQ9pLz8RtY3wN6cB1dE5fG0hJ4kQ",
        ),
        ("GET /export?format=csv&access_token=c81e728d9d4c2f636f06", "c81e728d9d4c2f636f06"),
    ],
)
def test_a_secret_inside_a_url_is_found(text: str, secret: str) -> None:
    assert secret not in _scrubbed(text)


def test_a_query_without_a_secret_keeps_its_values() -> None:
    text = "https://example.com/search?q=weather&page=2"
    assert _scrubbed(text) == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("〒530-0001 大阪府大阪市北区梅田1-1-3", "〒530-0001 大阪府大阪市北区梅田1-1-3"),
        ("お届け先: 北海道札幌市中央区北1条西2-1", "北海道札幌市中央区北1条西2-1"),
        ("Ship to 4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011", "4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011"),
    ],
)
def test_a_japanese_address_is_found(text: str, address: str) -> None:
    assert [f.value for f in detect(text) if f.kind == "ADDRESS"] == [address]
