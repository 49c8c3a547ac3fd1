"""Tenth tuning pass, names and logins: each cause with examples of its own and the clean line
the rule must leave alone (issue 16)."""

# ruff: noqa: RUF001  (examples are written in their own scripts and punctuation)

from __future__ import annotations

import pytest

from app.privacy import cues
from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Signed in as mhartley-ops", "mhartley-ops"),
        ("cron  # run as user jnowak", "jnowak"),
        ("sign in as 'henrike.albers' rejected", "henrike.albers"),
        ("quota raised for account 'rkaminski' by billing", "rkaminski"),
        ("Login attempt for 'tbergstrom' blocked after 5 tries", "tbergstrom"),
        ("backup agent on PC-22 (owner m.okafor) went offline", "m.okafor"),
        ("Started by: agnes.whitfield · build #2231", "agnes.whitfield"),
        ("Admin › Accounts › Users › rhalvorsen", "rhalvorsen"),
        ("Caller says her login bkrawczyk is locked.", "bkrawczyk"),
        ("Recovery codes for ines.carvalho: 1111-2222", "ines.carvalho"),
        ("Angemeldet als e.hartmann seit 09:12", "e.hartmann"),
        ("@rhalvorsen can you take a look", "rhalvorsen"),
        ("Eingeloggt als: jschreiber", "jschreiber"),
        ("Sesión iniciada como mcastillo", "mcastillo"),
        ("closed by pwhitaker yesterday", "pwhitaker"),
        ("review requested from @ghernandez", "ghernandez"),
        ("Reassigned to @anna_kowal", "anna_kowal"),
        ("VM disk attached to vm-tbergstrom-test", "tbergstrom"),
    ],
)
def test_a_login_after_a_word_that_says_whose_account_it_is(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sign in with your work account to continue.",
        "Required for smart-card logon on every host.",
        "See the user guide for the account holder.",
        "@param width the width in pixels",
        "    @staticmethod",
        "closed by default, opened by design",
        "@here the deploy is done",
        "db.host: ${DB_HOST}",
        "build-server-02 restarted",
        "Filed as per travel.doc and sent for notes.txt review",
        "Use it as stand-alone text for third-party tests, as though for memory",
        "Pos and endpos arguments for regex.sub, published for pypi.org",
        "Password for 'username' in 'system':",
    ],
)
def test_words_after_an_account_cue_that_are_no_login(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Handy 0176 5512 3098 (Greta)", "Greta"),
        ("Τηλ.: 697 221 4408 (Γιώργος)", "Γιώργος"),
        ("Ring me on 07700 912 443 after six — Siobhán", "Siobhán"),
        ("Oi Renata, me liga no (21) 97711-2040", "Renata"),
        ("Groetjes, Femke — bel me op 06-44120987", "Femke"),
        ("Ring Sigrid på 934 11 208 i morgen", "Sigrid"),
        ("Kysy Annalta huomenna", "Annalta"),
        ("Ring till Ebba på 070-555 12 34", "Ebba"),
        ("Llame a Marisol al 913 555 010", "Marisol"),
        ("Mobile: 0413 555 010 (Gráinne, mornings only)", "Gráinne"),
        ("Cheers for that, Fergus", "Fergus"),
        ("11:02 - Leonie: bin da", "Leonie"),
        ("Cardholder R. Quintero", "R. Quintero"),
        ("Tel. 333 118 2290 — chiedere di Benedetta", "Benedetta"),
        ("Thanks so much, Valentina!", "Valentina"),
        ("Great call. Let's loop in Rosalind tomorrow.", "Rosalind"),
        ("Attendees: Ingrid Solberg; Kwame Mensah", "Kwame Mensah"),
        ("[10:02] Ana Ruiz: ready? [10:03] Jonas: yes", "Jonas"),
        ("Venmo: Priya Raman paid you $18.00", "Priya Raman"),
        ("Letter of reference for T. Okonkwo-Reyes", "T. Okonkwo-Reyes"),
        ("P<GBRWHITAKER<<EDITH<ROSE<<<<<<<<<<<<<<<<<<", "WHITAKER"),
        ("Свидетель: Сергей Иванович Орлов, 1988 г.р.", "Сергей Иванович Орлов"),
        ("LN ABERNETHY FN GRACE DOB 01/02/1990", "ABERNETHY"),
        ('<a href="mailto:lucia.ferraro@example.it">Scrivi a Lucia</a>', "Lucia"),
        ("| Henrik Larsen | Designer | 2022-03-01 |", "Henrik Larsen"),
        ("Contact: Marta Kowalczyk Support Engineer", "Marta Kowalczyk Support Engineer"),
        ("担当：高橋美咲", "高橋美咲"),
        ("高橋 美咲 <misaki.t@example.jp>", "高橋 美咲"),
        ("Mob. 0413 222 918 / Ruairi", "Ruairi"),
        ("09:41 Annika: bin gleich da", "Annika"),
        ("Vielen Dank, Friedemann!", "Friedemann"),
        ("ID I<NLDVANDIJK<<SANNE<<<<<<<<<<<<<<<<<<<<<", "VANDIJK"),
    ],
)
def test_a_name_by_what_stands_next_to_it(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Freephone 0800 123 4567 (Helpline)",
        "Tel. +48 22 555 01 23 (Dom)",
        "Oi Brasil! Tudo bem?",
        "Ring Road closed until 5 pm",
        "Soita asiakaspalveluun numeroon 0800 123 456",
        "Participants: Backend Team, QA Guild",
        "Tiers: Gold, Silver, Bronze",
        "Members: Gold, Silver, Bronze",
        "Valid until 2026-01-12 — Final",
        "Price: $1,299.99 — was $1,499.99",
        "Bei: TSh 25,000 · Tarehe ya mwisho",
        "Assignee: Tier 2 Support — Status: open",
        "Remit to: Northgate Software Ltd",
        "Assignee: Level 3 Escalations",
        "Owner: Platform Engineering",
        "Oferta: 3 por 2 en productos Massimo Home.",
        "Dorian Gray's birthday is never told in the novels.",
        "Sherlock Holmes first met Watson in Conan Doyle's stories.",
        "Tomáš Garrigue Masaryk, zakladatel Československé republiky.",
    ],
)
def test_clean_lines_stay_clean(text: str) -> None:
    assert _names(text) == []


def test_em_is_a_vietnamese_pronoun_only_on_a_vietnamese_line() -> None:
    assert [f.value for f in cues.find("Chào em Hương, anh đây")] == ["Hương"]
    assert list(cues.find("Lançamento previsto em São Bernardo.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "From: The Accounts Team <no-reply@example.org>",
        "Sender: The Payroll Office",
        "Von: Das Kundenservice-Team",
        "De : L'équipe Comptabilité",
        "FROM: Distribution Centre 9, Dock 3",
    ],
)
def test_a_sender_field_that_holds_a_group_is_no_person(text: str) -> None:
    assert _names(text) == []


def test_a_sender_field_still_holds_a_person() -> None:
    assert _names("From: Ingrid Solberg") == ["Ingrid Solberg"]
