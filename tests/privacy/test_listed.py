"""People named together in a list (listed.py), a found name's other copies in the same text
(scrub._repeated), and a name signed after a dash (names._SIGNED_AT_END)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Notes 3 Feb — present: Oyelaran, Bettina, Radek; Bettina owns the export fix",
            ["Bettina", "Radek"],
        ),
        ("Étaient là : Gaspard, Ondine et Maëlle.", ["Gaspard", "Ondine", "Maëlle"]),
        ("Estuvieron Remigio y Leocadia toda la tarde.", ["Remigio", "Leocadia"]),
        ("Torsten und Wiebke übernehmen die Inventur.", ["Torsten", "Wiebke"]),
        ("Referat: Haldor og Synnøve tar kontakten med leverandøren.", ["Haldor", "Synnøve"]),
    ],
)
def test_first_names_listed_together_are_people(text: str, people: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for person in people:
        assert person not in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Johnson & Johnson reported higher sales.",
        "Offices in Paris, Florence and Milan close on Friday.",
        "Pay with Visa, Mastercard or Amex.",
        "The film stars Tom Hanks and Meg Ryan.",
    ],
)
def test_lists_of_things_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_every_copy_of_a_found_name_in_the_text_is_scrubbed() -> None:
    # the cue ("Dear") finds the name once; its copy before the cue left the machine in clear
    text = "Ottoline reviewed the draft. Dear Ottoline, thanks, we merge Friday."
    assert _names(text).count("Ottoline") == 2
    assert "Ottoline" not in Scrubber().scrub(text)


def test_a_name_as_written_spreads_not_the_word_in_lower_case() -> None:
    text = "Thanks Will, that will do."
    assert Scrubber().scrub(text).endswith("that will do.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The boiler is making that noise again, can someone call? — Euphemia", "Euphemia"),
        ("Möte flyttat till torsdag kl. 13. /Ragnhild", "Ragnhild"),
        # a slash straight before the name, a kiss, a role in brackets after it, a greeting
        ("Swisha 450 kr till 073-915 28 40 så skickar jag den imorgon /Torbjörn", "Torbjörn"),
        ("new number 07911 482306, use this one from now on. xx Harriet", "Harriet"),
        ("Hi Priyanka, could you do a call on Thursday? — Tobias (Talent Acquisition)", "Tobias"),
    ],
)
def test_a_name_signed_after_a_dash_or_slash_is_found(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_dash_after_a_title_is_no_signature() -> None:
    assert _names("Now playing: Bohemian Rhapsody — Queen") == []
    # nor a product's variant in brackets, nor a path's last part, on a line of no message
    assert _names("Running shoes, men's — Grace (wide fit)") == []
    assert _names("Saved to Documents/Henrietta") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shift swap approved — Okonkwo, Obinna — Sat 14 Feb", "Okonkwo, Obinna"),
        ("Visitor pass issued (Ferreira, Beatriz)", "Ferreira, Beatriz"),
        ("Dossier transmis : Gagnon, Élodie, le 3 mars", "Gagnon, Élodie"),
    ],
)
def test_a_person_written_surname_first_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)
    assert any(name in value or value in name for value in _names(text))


@pytest.mark.parametrize(
    "text",
    [
        "Offices: Berlin, Germany and Paris, France",
        "Flights to Lagos, Nigeria and Accra, Ghana resume in May.",
        "Cambridge, Massachusetts is home to two universities.",
    ],
)
def test_a_place_and_its_country_is_no_surname_first(text: str) -> None:
    assert Scrubber().scrub(text) == text
