"""A first name with no cue, on the line that holds the same person's other data (beside.py)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # greeted, paid, asked for, with no cue the name rules know
        ("Welcome aboard, Ignatius! Your staff PIN is 5082.", "Ignatius"),
        ("Zahlung an Ingrid bestätigt: DE89 3704 0044 0532 0130 00", "Ingrid"),
        ("Bitte überweise das Geld an Reinhild, IBAN DE89 3704 0044 0532 0130 00", "Reinhild"),
        ("Fotos da festa: mandem pro Anselmo no 11 98765-4321", "Anselmo"),
        ("Mot de passe du Wi-Fi chez Apolline : tournesol2024", "Apolline"),
        # at a sentence's start, doing something
        ("Ambrose lives at 42 Larkspur Close, Didcot now.", "Ambrose"),
        # speaking, in Cyrillic
        ("Наталья: мой новый номер +7 916 204-18-77", "Наталья"),
    ],
)
def test_a_first_name_beside_the_persons_other_data_is_found(text: str, name: str) -> None:
    assert name in _names(text)
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same kind of line with no other personal value: a lone first name that is an
        # everyday word too needs its cue (one that is not is a name anywhere: test_lone_names)
        "Clay lives at the end of the lane now.",
        # (called at a sentence's end, "Welcome aboard, Dusty!", it is a name: test_forms_and_chats_names)
        "Dusty shelves greet you; your desk is on the third floor.",
    ],
)
def test_without_other_personal_data_the_rule_does_not_fire(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # a sentence's first word is capitalised for its place, not because it is a name
        ("She was born on 4 March 1996, per the intake form.", "She"),
        ("Kind regards, the office team — 0161 496 0733", "Kind"),
        # labels, codes in capitals and words of a form
        ("IBAN: DE89 3704 0044 0532 0130 00", "IBAN"),
        ("Karta: 4916 3385 0612 7348, ważna do 03/29", "Karta"),
        ("Passport 548213907   Valid to 14.07.2032", "Valid"),
        # a month's short form in a date on the line
        ("On Mon, 13 Mar 2023 Pip wrote from pip.hale@example.org", "Mar"),
        # a city on the line of an address
        ("Shipping to 12 Rue Oberkampf, 75011 Paris", "Paris"),
        # a log names hosts and services beside an IP address, which makes no line a person's
        ("Accepted connection from Phoenix gateway at 203.0.113.77", "Phoenix"),
    ],
)
def test_words_that_are_no_one_stay(text: str, not_a_name: str) -> None:
    assert not_a_name not in _names(text)


def test_a_line_that_names_one_person_names_the_next_one_too() -> None:
    minutes = "Présents : Aminata, Gaspard et Lucie. Gaspard transmettra le devis à Solène lundi."
    assert "Solène" in _names(minutes)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # a word before a number names a thing, however first-name-like
        ("Thank you, Dr. Pillai, for the visit on Ward 7 last week.", "Ward"),
        # a desk's role before its worker's name is no name's word (Mireille is a name)
        ("[09:15] Agent Mireille: Bonjour Théo, je regarde votre commande.", "Agent Mireille"),
    ],
)
def test_beside_a_name_words_that_are_no_one_stay(text: str, not_a_name: str) -> None:
    assert not_a_name not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bracelet · LEFEBVRE Camille · Né le 14/06/1971 · Service : Pneumologie", "LEFEBVRE Camille"),
        ("Etikett | NILSEN Ingrid | f. 02.03.1949 | Avd. 3", "NILSEN Ingrid"),
    ],
)
def test_a_record_style_name_opening_a_field_is_found(text: str, name: str) -> None:
    assert name in _names(text)


def test_capitals_before_a_first_name_on_a_line_without_a_person_stay() -> None:
    assert _names("AIR France · Terminal 2E · gate K41") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Schichtübergabe: Jens an Linie 3, Ayşe an der Verpackung", "Jens"),
        ("Zmiana: Marek na wózku, Kasia na pakowaniu", "Marek"),
    ],
)
def test_the_first_of_several_people_after_a_label_is_found(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_first_word_after_a_label_on_a_line_without_a_person_stays() -> None:
    assert _names("Status: Jens-Hansen pump on line 3 running") == []


def test_a_first_name_that_did_something_to_its_own_secret_is_found() -> None:
    # "Ravi" is a French word too: alone at a sentence's start it needs what it did
    text = "Ravi copied his token into build.sh (GH_TOKEN=ghp_8Kx2mQ9vT4pL7wZ3nR6yB1cJ5dF0hG2sA4eU)."
    assert "Ravi" in _names(text)


def test_a_sentences_first_word_before_a_past_verb_without_a_pronoun_stays() -> None:
    assert _names("Rose sharply after the update: token=ghp_8Kx2mQ9vT4pL7wZ3nR6yB1cJ5dF0hG2sA4eU") == []
