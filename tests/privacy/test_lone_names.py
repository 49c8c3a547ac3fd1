"""A first name alone, with no cue, that can only be a person's (names._name_and_nothing_else)."""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from app.privacy.names import name_words
from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("is Declan still coming tonight?", "Declan"),
        ("omg Harriet just texted me", "Harriet"),
        ("Tell me when Rashid lands", "Rashid"),
        ("we should invite Imogen too", "Imogen"),
        ("Morning all, Gareth here, running late", "Gareth"),
        ("Good luck today Tamsin x", "Tamsin"),
        ("Can someone pick Ollie up at 3", "Ollie"),
        ("Priyanka?? you there", "Priyanka"),
        ("Ines just sent the photos", "Ines"),
        # after a sentence's capitalised first word that is no name
        ("Saw Nadia at the gym", "Nadia"),
        ("Ugh Callum forgot the tickets again", "Callum"),
        ("Bring Matilda's jumper pls", "Matilda"),
    ],
)
def test_a_first_name_that_is_no_word_is_a_person_anywhere(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # everyday words, months and weekdays that the first-name lists hold too
        "Versie 4.2.1 is uitgebracht op 12 november 2026.",
        "Nota fiscal emitida com sucesso.",
        "Sürüm 8.4.2 yayınlandı, 12 Kasım 2026.",
        "Η πλατεία θα είναι κλειστή την Κυριακή.",
        "Надежда умирает последней.",
        # German capitalises its nouns: "Saal" is a hall
        "Die Feier findet im Saal statt.",
        # a public figure known by one word, and software that bears a given name
        "Het museum toont De Nachtwacht van Rembrandt weer.",
        "The update fixes the tray icon on Wayland.",
        "Set a timer on Alexa for ten minutes.",
        # a city, and a place or storm whose name starts with another word
        "Our next offsite is in Florence.",
        "Port Elizabeth is lovely in spring.",
        "Hurricane Katrina flooded the city in 2005.",
    ],
)
def test_a_first_name_that_is_a_word_place_or_figure_needs_a_cue(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_the_list_of_name_words_holds_words_and_no_plain_names() -> None:
    words = name_words()
    assert {"nota", "versie", "kasım", "κυριακή", "надежда", "saal"} <= words
    assert not {"declan", "harriet", "imogen", "priyanka"} & words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name that is an everyday word, before a surname the lists know
        ("Grace Okafor liked your photo", "Grace Okafor"),
        # initials before a listed surname, with no word before that leads to a person
        ("Signed by: T. Abernathy", "Abernathy"),
        # a relative's name the lists do not know, after the word for the relative
        ("Reminder: call Auntie Folake", "Folake"),
    ],
)
def test_names_the_lists_half_know_are_found_by_their_other_half(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Summer Sale starts Friday",
        "Rose Garden tours resume in May",
        "U.S. Steel shares rose 3%",
        "Release Notes: Dark Mode, Faster Sync, Bug Fixes",
        "Mødelokale H.C. Andersen er optaget hele fredag",
    ],
)
def test_words_that_look_half_like_names_are_kept(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("14 Nov 2026 | FPS OUT  K HOLLOWAY  REF BIRTHDAY GIFT | -50.00", "K HOLLOWAY"),
        ("Faster payment from O NWOSU", "O NWOSU"),
    ],
)
def test_an_initial_and_a_listed_surname_in_capitals_is_a_payee(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # a short word the lists hold as someone's name is a word in capitals
        "CARD PAYMENT TO TESCO STORES 3344",
        "A NEW VERSION IS AVAILABLE",
        "PLAN B SUPPORT TEAM",
    ],
)
def test_words_in_capitals_are_no_payee(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ottilie shared an album with you", "Ottilie"),
        ("Seo-yeon commented: looks great!", "Seo-yeon"),
        ("Thandeka Mokoena started following you", "Thandeka Mokoena"),
    ],
)
def test_who_does_what_only_a_person_does_in_a_notification_is_someone(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


def test_a_listed_organisation_doing_it_is_no_one() -> None:
    text = "Marks & Spencer liked your review"
    assert Scrubber().scrub(text) == text
