"""People named together in a list, with no label before it.

Minutes, notes and messages list the people they are about without a cue: "Present — Adaeze,
Kofi, Hiroshi, Margit", "Étaient présents : Mamadou, Sandrine et Luc", "Lwazi and Fenna
reviewed it". One first name alone at a sentence's start is as often a word, a brand or a
place; two or more first names the lists know, joined by commas or the word for "and", are
people. Each item of such a list that is a first name is taken, unless an item is a city or an
everyday word ("Paris, Florence and Milan" lists places), the item is an organisation's or a
public figure's (`names.not_a_person`), or the line is about public life ("starring Tom Hanks
and Meg Ryan"). Among such people, a name no list holds is one too ("Mrs Nakamura, Olu,
Bridget"). Surnames alone, or one first name among names no list holds, make a list of people
only where it is what a label holds ("Still owing: Okafor, Lindgren, Baptiste."): before a
colon or inside a sentence they are as often brands ("Bosch, Siemens und Miele: ...").

A register writes one person surname first: "Nwachukwu, Ifeanyi", "(Whitcombe, Nora)",
"Gagnon, Marie-Ève". The pair is a name where the given name is a first name the lists know and
the surname is one they know too, or where the pair fills a cell of its own (brackets, dashes,
a label's colon, a column's gap or the line's ends around it), and neither is a city or an
everyday word. Labels, cards and bookings print the surname in capitals ("ORTIZ, RAMONA L",
"BEAUMONT, Clémence"), read the same way.
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
_CELL_START = r"(?:^|(?<=[(\[|\u2014\u2013])|(?<=:)|(?<=[ \t]{2})|(?<=\t))"
_CELL_END = r"(?=[ \t]*(?:$|[()\]|\u2014\u2013])|[ \t]{2}|\t)"
_SURNAME_FIRST = re.compile(
    rf"(?<![\w@./-])(?P<surname>{names.WORD_OF_A_NAME}),[ \t]+"
    # a given name of one or two words ("Nguyen, Thi Lan")
    rf"(?P<given>(?:{names.WORD_OF_A_NAME})(?: (?:{names.WORD_OF_A_NAME}))?)"
    rf"(?:[ \t]+[A-Z]\.?)?(?![\w@-]|,[ \t]*[A-Z]|[ \t][A-Z])",
    re.MULTILINE,
)
#: The same with the surname in capitals, as pharmacy labels, insurance cards, registers and
#: bookings print it: "ORTIZ, RAMONA L", "NGUYEN, THANH", "BEAUMONT, Clémence".
_CAPITALS_SURNAME_FIRST = re.compile(
    r"(?<![\w@./-])(?P<surname>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'\-]+),[ \t]*"
    r"(?P<given>[A-ZÀ-ÖØ-Þ]{2,}|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)"
    r"(?:[ \t]+[A-Z]\.?)?(?![\w@-]|,[ \t]*[A-Z])"
)
_IN_A_CELL = re.compile(rf"{_CELL_START}[ \t]*$", re.MULTILINE)
_CELL_AFTER = re.compile(_CELL_END, re.MULTILINE)
_MIN_FIRST_NAMES = 2
_MIN_ITEMS_WITH_ONE = 3
#: A label's colon right before a list, and the list's end at its line's end or a full stop.
_AFTER_A_LABEL = re.compile(r"\w[ \t]*:[ \t]*$")
_LIST_ENDS = re.compile(r"[ \t]*(?:[.;|\u00b7]|$)", re.MULTILINE)


def find(text: str) -> Iterator[Finding]:
    """The people of every list of them in `text` (see the module's docstring)."""
    for m in _LIST.finditer(text):
        items = [_person_part(text, i) for i in _ITEMS.finditer(text, m.start(), m.end())]
        # ("Tere, Margus!": a greeting before a comma opens a message, it lists no one)
        people = [i for i in items if _someone(i.group()) and not names.greeting_or_closing(i.group())]
        # every item could be someone (one city or everyday word makes it a list of things),
        # and two different people: "Johnson & Johnson" is a company
        first_names = {i.group() for i in people if _first_name(i.group().split()[0])}
        distinct = {i.group() for i in people}
        # ("Marks and Spencer plc": a firm's name by its legal form)
        if any(a_thing(i.group()) for i in items) or names.group_name(text, m.group(), m.end()):
            continue
        if len(first_names) < _MIN_FIRST_NAMES:
            # surnames alone, or one first name among names no list holds, are people where
            # the list is what a label holds ("Still owing: Okafor, Lindgren, Baptiste",
            # "Grandchildren: Tobenna, Chiamaka and Ugochi"); before one, or in a sentence,
            # they are as often brands ("Bosch, Siemens und Miele: ...")
            strangers = [i for i in items if i not in people]
            if not (
                _AFTER_A_LABEL.search(text, max(0, m.start() - 40), m.start())
                and _LIST_ENDS.match(text, m.end())
                and (
                    len(distinct) >= _MIN_FIRST_NAMES
                    or (
                        distinct
                        and len(items) >= _MIN_ITEMS_WITH_ONE
                        and all(_unknown(i.group()) for i in strangers)
                    )
                )
            ):
                continue
        # among people, a name the lists lack is someone too ("Mrs Nakamura, Olu, Bridget")
        for item in (i for i in items if i in people or _unknown(i.group())):
            finding = Finding("NAME", item.start(), item.end(), item.group())
            if not (names.not_a_person(text, finding) or public_line(text, item.start(), item.end())):
                yield finding


def surname_first(text: str) -> Iterator[Finding]:
    """People written surname first (see the module's docstring)."""
    for m in (*_SURNAME_FIRST.finditer(text), *_CAPITALS_SURNAME_FIRST.finditer(text)):
        surname, given = _as_written(m.group("surname")), _as_written(m.group("given"))
        known_surname = surname.lower() in names.surnames()
        # after a field's label a listed surname needs no listed given name ("Rx: ADEBAYO,
        # Folasade"), only one that is no everyday word
        labelled = _AFTER_A_LABEL.search(text, max(0, m.start() - 40), m.start()) is not None
        given_known = any(_first_name(word.split("-")[0]) for word in given.split())
        # two given names only after a label: in a sentence "Fargo, Morgan Stanley" lists firms
        if len(given.split()) > 1 and not labelled:
            continue
        unlisted_given = known_surname and labelled and not names.everyday_word(given.split()[0].lower())
        if (
            # a double first name by its first part ("Marie-Ève")
            not (given_known or unlisted_given)
            or a_thing(surname)
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


def _as_written(word: str) -> str:
    """A word in capitals as a name is written ("O'NEILL" gives "O'Neill"), others as they are."""
    return word.title() if word.isupper() else word


def _person_part(text: str, item: re.Match[str]) -> re.Match[str]:
    """The item without a sentence's first word before its first name ("Estuvieron Remigio")."""
    words = item.group().split()
    if len(words) == 2 and not _first_name(words[0]) and _first_name(words[1]):
        second = _ITEMS.match(text, item.end() - len(words[1]), item.end())
        if second is not None:
            return second
    return item


def a_thing(item: str) -> bool:
    """A city, an everyday word, a month's or a weekday's name, or a short word in capitals
    after another ("Argo CD"): an item of a list, or a cell of a row (rows.py), that names no one
    ("3 instalments (Sep/Jan/Apr)": "Jan" is a given name, "Apr" makes the list months)."""
    words = item.split()
    return any(
        w.lower() in names.COMMON_WORDS
        or w.lower() in names.NOT_A_NAME
        or w.lower().rstrip(".") in names.CALENDAR_WORDS
        or places.known_city(w)
        for w in words
    ) or any(len(w) <= 3 and w.isupper() for w in words[1:])


def _someone(item: str) -> bool:
    """An item that starts with a first name the lists know, or is a surname they know that
    is no everyday word in any language ("Okafor, Lindgren, Baptiste")."""
    words = item.split()
    if _first_name(words[0]):
        return True
    last = words[-1]
    return (
        len(last) > 2
        and last[0].isupper()
        and last[1:].islower()
        and last.lower() in names.surnames()
        and last.lower() not in names.name_words()
        and not a_thing(last)
    )


def _unknown(item: str) -> bool:
    """One capitalised word that no name or word list holds: a name from beyond the lists."""
    return (
        " " not in item
        and item[1:].islower()
        and not names.known_name(item)
        and item.lower() not in names.name_words()
        and not a_thing(item)
    )


def _first_name(word: str) -> bool:
    return names.first_name_as_written(word) and not a_thing(word)
