"""First names typed in lower case (lower_case.py): a chat line's speaker, whom a verb of contact
is about, a possessive; and the lower-case words in those places that are nobody's name."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ok so i talked to siobhan from payroll, she's fine with it", "siobhan"),
        ("priyanka: can someone cover my shift on sat?", "priyanka"),
        ("pls ping mateus re: the invoice before lunch", "mateus"),
        ("is that dagny's laptop on the desk?", "dagny"),
    ],
)
def test_a_first_name_in_lower_case_where_a_person_stands_is_a_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "she's on leave, ask him tomorrow",
        "note: call support if it fails",
        "iban: CH9300762011623852957",
        "tell will to come at 5",
        "thank you so much, see you later",
    ],
)
def test_a_lower_case_word_in_those_places_is_not_a_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tell jess i said hi", "jess"),
        ("omg priya you're a legend", "priya"),
        ("lol ok see u later sophie", "sophie"),
        ("i'll pick up olivia at 5", "olivia"),
    ],
)
def test_a_name_on_an_english_line_typed_without_capitals_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # words the lists hold as names somewhere, on English lines without capitals
        "is it going to rain or not",
        "did you see the bill for the van",
        # a line in another language is not read this way
        "bei ya mkate imepanda hadi shilingi 1,500",
    ],
)
def test_everyday_words_on_a_line_without_capitals_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hey dana, the admin login for staging is ready", "dana"),
        ("ask mrs okafor about the trip", "okafor"),
    ],
)
def test_a_greeted_or_titled_name_in_small_letters(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", ["mr clean is the best cleaner", "dr pepper is my drink"])
def test_a_brand_after_a_small_title_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_name_on_a_hindi_line_in_latin_letters() -> None:
    assert "priya" not in Scrubber().scrub("bhai priya ko bol do kal meeting 11 baje hai")


def test_a_hindi_line_in_latin_letters_without_a_name_stays() -> None:
    assert Scrubber().scrub("kal se office band hai") == "kal se office band hai"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pak joko, rapatnya jam 3 ya", "joko"),
        ("vraag even aan sanne of ze morgen kan", "sanne"),
        ("frag mal jonas, ob er das Auto braucht", "jonas"),
        ("tita maricel, nandito na po kami", "maricel"),
    ],
)
def test_a_small_letter_name_after_a_kin_word_or_another_languages_ask_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", ["frag mal ob das passt", "bel me even als je er bent"])
def test_the_ask_without_a_name_after_it_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("can u tell amber her parcel is at reception", "amber"),
        ("went out with a guy called hunter last night", "hunter"),
        ("omg bill just texted me, he's outside", "bill"),
    ],
)
def test_an_everyday_word_is_a_name_where_only_a_person_fits(text: str, name: str) -> None:
    assert name in [f.value for f in detect(text) if f.kind == "NAME"], detect(text)


@pytest.mark.parametrize(
    "text",
    ["tell everyone their shifts changed", "the printer just called home again", "mark the box as fragile"],
)
def test_no_person_fits_there(text: str) -> None:
    assert [f for f in detect(text) if f.kind == "NAME"] == [], detect(text)
