"""People named together in a list, with no label before it.

Minutes, notes and messages list the people they are about without a cue: "Present — Adaeze,
Kofi, Hiroshi, Margit", "Étaient présents : Mamadou, Sandrine et Luc", "Lwazi and Fenna
reviewed it". One first name alone at a sentence's start is as often a word, a brand or a
place; two or more first names the lists know, joined by commas or the word for "and", are
people. Each item of such a list that is a first name is taken, unless an item is a city or an
everyday word ("Paris, Florence and Milan" lists places), the item is an organisation's or a
public figure's (`names.not_a_person`), or the line is about public life ("starring Tom Hanks
and Meg Ryan").

A register writes one person surname first: "Nwachukwu, Ifeanyi", "(Whitcombe, Nora)",
"Gagnon, Marie-Ève". The pair is a name where the given name is a first name the lists know and
the surname is one they know too, or where the pair fills a cell of its own (brackets, dashes,
a column's gap or the line's ends around it), and neither is a city or an everyday word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import names, places
from app.privacy.finding import Finding
from app.privacy.public import public_line

#: "and" in the languages the name lists cover best, "&" and "/".
_AND = r"(?:and|und|et|y|e|en|og|och|ja|ve|i|a|и|és|oraz|та|και|na)"
#: One item: a capitalised word, maybe followed by one more (a surname).
_ITEM = rf"(?:{names.WORD_OF_A_NAME})(?:[ \t]+(?:{names.WORD_OF_A_NAME}))?"
_SEPARATOR = rf"(?:[ \t]*,[ \t]*(?:{_AND}[ \t]+)?|[ \t]+{_AND}[ \t]+|[ \t]*[&/][ \t]*)"
_LIST = re.compile(rf"(?<![\w@./-])(?:{_ITEM})(?:{_SEPARATOR}(?:{_ITEM}))+(?![\w@-])")
_ITEMS = re.compile(_ITEM)
_CELL_START = r"(?:^|(?<=[(\[|\u2014\u2013])|(?<=[ \t]{2})|(?<=\t))"
_CELL_END = r"(?=[ \t]*(?:$|[)\]|\u2014\u2013])|[ \t]{2}|\t)"
_SURNAME_FIRST = re.compile(
    rf"(?<![\w@./-])(?P<surname>{names.WORD_OF_A_NAME}),[ \t]+(?P<given>{names.WORD_OF_A_NAME})"
    rf"(?:[ \t]+[A-Z]\.?)?(?![\w@-]|,[ \t]*[A-Z]|[ \t]+[A-Z])",
    re.MULTILINE,
)
_IN_A_CELL = re.compile(rf"{_CELL_START}[ \t]*$", re.MULTILINE)
_CELL_AFTER = re.compile(_CELL_END, re.MULTILINE)
_MIN_FIRST_NAMES = 2


def find(text: str) -> Iterator[Finding]:
    """The first names of every list of two or more of them in `text`."""
    for m in _LIST.finditer(text):
        items = [_person_part(text, i) for i in _ITEMS.finditer(text, m.start(), m.end())]
        people = [i for i in items if _first_name(i.group().split()[0])]
        # every item could be someone (one city or everyday word makes it a list of things),
        # and two different people: "Johnson & Johnson" is a company
        distinct = {i.group() for i in people}
        if len(distinct) < _MIN_FIRST_NAMES or any(_a_thing(i.group()) for i in items):
            continue
        for item in people:
            finding = Finding("NAME", item.start(), item.end(), item.group())
            if not (names.not_a_person(text, finding) or public_line(text, item.start(), item.end())):
                yield finding


def surname_first(text: str) -> Iterator[Finding]:
    """People written surname first (see the module's docstring)."""
    for m in _SURNAME_FIRST.finditer(text):
        surname, given = m.group("surname"), m.group("given")
        known_surname = surname.lower() in names.surnames()
        if (
            not _first_name(given)
            or _a_thing(surname)
            or (surname.lower() in names.first_names() and not known_surname)
            or names.greeting_or_closing(surname)
        ):
            continue
        in_a_cell = bool(
            _IN_A_CELL.search(text, max(0, m.start() - 3), m.start()) and _CELL_AFTER.match(text, m.end())
        )
        if known_surname or in_a_cell:
            finding = Finding("NAME", m.start(), m.end(), m.group())
            if not (names.not_a_person(text, finding) or public_line(text, m.start(), m.end())):
                yield finding


def _person_part(text: str, item: re.Match[str]) -> re.Match[str]:
    """The item without a sentence's first word before its first name ("Estuvieron Remigio")."""
    words = item.group().split()
    if len(words) == 2 and not _first_name(words[0]) and _first_name(words[1]):
        second = _ITEMS.match(text, item.end() - len(words[1]), item.end())
        if second is not None:
            return second
    return item


def _a_thing(item: str) -> bool:
    """A city, an everyday word, or a short word in capitals after another ("Argo CD")."""
    words = item.split()
    return any(
        w.lower() in names.COMMON_WORDS or w.lower() in names.NOT_A_NAME or places.known_city(w)
        for w in words
    ) or any(len(w) <= 3 and w.isupper() for w in words[1:])


def _first_name(word: str) -> bool:
    return names.first_name_as_written(word) and not _a_thing(word)
