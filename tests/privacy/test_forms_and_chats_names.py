"""Names as forms, cards, registers and chat exports write them (issue 16, ninth session):
initials, surname first in capitals, lists after a label, a chat export's speaker, a relative's
name after a kin word in other languages."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a middle initial between a given name and a surname
        ("Subscriber: Marlon T. Beckford   Plan: Silver PPO", "Beckford"),
        ("Deceased: Winifred A. Colquhoun · Service at 11am", "Colquhoun"),
        ("Form 1099 recipient Eleanor M. Strathearn", "Strathearn"),
        # a given name and the initial of a surname, where a phrase ends
        ("see you at six — Priya K.", "Priya"),
        ("Recebeu 40,00 EUR de Marcelo T. Obrigado!", "Marcelo"),
        # surname first in capitals, as labels and cards print it
        ("ORTIZ, RAMONA L   METFORMIN 500MG   QTY 60", "RAMONA"),
        ("NGUYEN, THANH   Rx #4481902", "THANH"),
        ("Subscriber: PEMBERTON, DOUGLAS J", "PEMBERTON"),
        ("Traveller 2: BEAUMONT, Clémence (infant)", "BEAUMONT"),
        ("SIN on file — Gagnon, Marie-Ève — since 2019", "Gagnon"),
        # a title, initials and a surname
        ("Tesco Clubcard: 6340 0074 1192 8817 — Mrs J Holloway", "Holloway"),
        ("Council tax account 40055123 — Mr A. Okonkwo", "Okonkwo"),
    ],
)
def test_names_with_initials_or_surname_first(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # surnames alone after a label
        ("Still owing: Okafor, Lindgren, Baptiste.", ("Okafor", "Baptiste")),
        ("Early shift: Nowicki, Demir, Fischer, Mensah", ("Nowicki", "Mensah")),
        # one known first name among names no list holds
        ("Grandchildren: Tobenna, Chiamaka and Ugochi", ("Tobenna", "Ugochi")),
        # among first names, a name no list holds
        ("Present: Mrs Adeyemi, Kofi, Olu, Brenda & Callum Ferris.", ("Olu",)),
    ],
)
def test_every_name_of_a_list_of_people(text: str, names: tuple[str, ...]) -> None:
    scrubbed = Scrubber().scrub(text)
    for name in names:
        assert name not in scrubbed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a chat export's dated stamp: the phone's saved name, listed or not
        ("[11/30/25, 7:02 AM] Marisela: who has the car today?", "Marisela"),
        ("[2026-01-04 18:22] Oyelaran: on my way", "Oyelaran"),
        # a relative's or a coach's name after the word for them, in several languages
        ("tía Chelo: ¿quién lleva el pan?", "Chelo"),
        ("Kak Sinta: jangan lupa bawa payung ya", "Sinta"),
        ("Mbak Wulan, paketnya sudah sampai", "Wulan"),
        # a relative's given name that is a word too
        ("Uncle Rob: key safe by the back door", "Rob"),
        ("Coach Deandra: practice moved to 6pm", "Deandra"),
    ],
)
def test_chat_speakers_and_relatives(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        # brands and places listed as people are
        "Bosch, Siemens und Miele: Waschmaschinen ab 399 €",
        "Ferrero, Barilla e Lavazza tra i marchi più amati",
        "Ruta a pie: Gran Vía, Plaza Mayor y Plaza de Oriente.",
        # an initial that is no surname's
        "Plan B. If it rains we move indoors.",
        # a relative saved by their relation in a chat export
        "[02/12/2026, 21:14] Mum: dinner at 7?",
        "[02/12/2026, 21:15] Me: ok",
    ],
)
def test_lines_without_people_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Finnish "to" and "from" endings on a listed name
        ("Kiitos Mikalle ja Sannalle talkoista!", "Sannalle"),
        ("Terveisiä Ainolle ja Villelle!", "Ainolle"),
        # whom a ride or delivery app sends, listed or not
        ("Uber: Your driver Oluwadamilare is arriving in a grey Prius", "Oluwadamilare"),
        ("Trip with Abebe · 12.4 mi · 28 min", "Abebe"),
        ("Votre livreur Tiémoko arrive dans 5 minutes", "Tiémoko"),
    ],
)
def test_names_in_a_case_or_sent_by_an_app(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


def test_a_city_after_an_apps_role_word_stays() -> None:
    text = "Seu entregador Wellington está a caminho"
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name with an age, as profiles and class lists write it
        ("Sam, 31 · Product designer · Hackney", "Sam"),
        ("Lily, 7 · Year 2 · allergies: none", "Lily"),
        # who is calling
        ("Grace Whitcombe is calling… (mobile)", "Whitcombe"),
        ("Missed call from Tomás Iriarte", "Iriarte"),
        # who asks for or sends money in a payment app
        ("Tikkie van Bram: € 12,50 voor pizza", "Bram"),
        ("Sander stuurde je een Tikkie: € 18,50", "Sander"),
        # a first name's possessive, even where the name is a word
        ('Saved to autofill for "Rob\'s business card"', "Rob"),
        ("Parents' evening (Lily's form tutor), Room 12", "Lily"),
        # a closing word before a name that is a word, then a bracket or a kiss
        ("Cheers, Rob (sole trader)", "Rob"),
        ("Love, Grace x", "Grace"),
    ],
)
def test_names_by_their_age_call_payment_possessive_or_closing(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum is calling…",
        "Missed call from Dad",
        "Unknown is calling…",
        "Summer's here, finally.",
    ],
)
def test_relatives_and_words_in_the_same_places_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [("Great job today, Lily!", "Lily"), ("Nice goal, Rose!", "Rose")],
)
def test_a_name_called_at_a_sentences_end(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", ["See you on Monday, okay?", "Well done, Team!"])
def test_words_called_at_a_sentences_end_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("betaal naar NL11 INGB 0006 7184 30 t.n.v. B. Hoekstra", "Hoekstra"),
        ("Refund sent to account ending 4471 (J. Henderson)", "Henderson"),
        # a census surname Faker's lists lacked
        ("Payroll: net pay to account 40-12-76 31926819 (K. Whitfield)", "Whitfield"),
        ("Remind the Pembertons about Saturday", "Pemberton"),
    ],
)
def test_a_holders_initial_and_surname(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "See figure (A. Rows) for the layout",
        "Boarding pass: SK1429 seat 12A",
        "Season pass: valid until 2027",
    ],
)
def test_citations_and_tickets_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
