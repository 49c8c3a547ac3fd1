"""A capitalised first name right after a verb of contact: whom to ask, tell, ring or thank.

"ask Rose if it changes", "can someone tell Will to open door 4?", "ring Tom before noon": the
name rules take a lone first name after such a word only when it has four letters or more and
is no everyday word (`names.find`), since alone "Will", "Rose" or "Grace" is as often a word.
Right after a verb of getting in touch, a capitalised word the lists give as a first name can
only be a person: one asks, rings or thanks people. A capitalised word after it joins the name
as its surname ("tell Will Brackenbury"), unless it is a word in capitals ("ASAP"), an everyday
word or a city. A voice assistant is no one ("ask Siri"); a first name in small letters after
such a verb is `lower_case`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import names, places
from app.privacy.finding import Finding

#: Verbs of getting in touch with someone, in English and the languages of the corpora's notes.
_VERBS = (
    r"ask|asked|asking|ask for|asked for|tell|told|telling|ring|rang|text|texted|e-?mail|e-?mailed|"
    r"ping|pinged|message|messaged|remind|reminded|thank|thanks|thank you|thanks to|cc|cc'd|"
    r"contact|contacted|phone|phoned|call|calling|speak to|speak with|spoke to|spoke with|talk to|"
    r"talk with|talked to|check with|checked with|chat with|let|cover for|covering for|swap with|"
    r"meet|met|meeting with|loop in|looped in|chase|chased|tag|tagged|"
    r"frag|fragt|ruf|sag|bel|vraag|zeg tegen|chiedi a|chiama|avvisa|demande à|appelle|dis à|"
    r"préviens|pregunta a|pregúntale a|llama a|dile a|avisa a|pergunta a|pergunta ao|liga para|"
    r"fala com|zapytaj|zadzwoń do|spør|fråga|ring til|ring till"
)
_CONTACTED = re.compile(
    rf"(?<![\w'])(?i:{_VERBS})[ \t]+(?P<first>{names.WORD_OF_A_NAME})"
    rf"(?:[ \t]+(?P<second>{names.WORD_OF_A_NAME}))?(?![\w@'\u2019-])"
)


def find(text: str) -> Iterator[Finding]:
    for m in _CONTACTED.finditer(text):
        first = m.group("first")
        if first.isupper() or first.lower() in names.ASKED_BUT_NO_ONE or not names.any_first_name(first):
            continue
        end = m.end("second") if _surname(m.group("second")) else m.end("first")
        finding = Finding("NAME", m.start("first"), end, text[m.start("first") : end])
        if not names.not_a_person(text, finding):
            yield finding


def _surname(word: str | None) -> bool:
    """Whether the capitalised word after the first name is its surname: no word in capitals,
    everyday word ("Monday") or city ("tell Grace London ...")."""
    if word is None or word.isupper():
        return False
    folded = word.lower()
    return not (folded in names.COMMON_WORDS or folded in names.NOT_A_NAME or places.known_city(word))
