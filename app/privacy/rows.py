"""People in a record's row: a CSV export's, a spreadsheet's or a table's cells.

Exports and tables give a person's name a cell of its own, with no label and no cue:
"CLM-55102,2026-11-28,Physio,65.00,Patel Rohan,PENDING", "10233;Hoffmann-Yilmaz;Derya;...",
"| Daan de Wit-Bakker | 22-04-2011 | 2847.19.365 |", "| 陈雨桐 | 财务部 | 138 1047 2296 |". A
row is a line that one delimiter (a comma, a semicolon, a tab or a pipe) splits into four cells
or more, one of them with a digit (a date, an ID, an amount): a row of words only is a list of
things or a header ("Red,Green,Blue", "Name;Department;City;Status"). In such a row a cell is a
person's when

- its two to four words are written as a name is (capitalised, particles between), the lists
  know one of them as a first name and another as a surname (a product's name has one at most:
  "Ford Focus"), and none is an everyday word, a city or an organisation's or public figure's
  name (`names.not_a_person`);
- it is one capitalised word beside another, one a first name the lists know and the other a
  surname they know (a register's "surname;given name" columns);
- it is a Chinese name (a family name the lists know and one or two characters) or a Korean
  one (a family name and a given name the lists know).

In a person's row, a cell of nine to sixteen digits whose check digits hold for a personal
number of some country (python-stdnum) is their ID ("10233;Hoffmann-Yilmaz;Derya;71302564858").
Phone numbers, found by their own detector, win where they overlap.

A rota's row gives each weekday the person who works it, in cells a pipe divides: "Mon Nkechi
(N) | Tue Will (LD) | Thu OFF", "Mo: Lena (F) | Di: Yusuf (S) | Do: frei", "周一：李娜（白班）|
周二：周婷（夜班）". Where two cells or more of a row are a weekday and a word, and two of those
words or more, half of them at least, are first names the lists know (a week's menu or
timetable is no rota: "Mon: Pasta | Tue: Curry", "Mon Spin | Fri Yoga"), each capitalised word
(or two to four Han or kana characters) after a weekday is a person, whether the lists know the
name or not: "OFF", "frei" and "bank" are not written as names are. A list of who works when
may give each person their weekdays in brackets instead ("Joy (Mon/Wed), Blessing (Tue/Thu)"):
there too, where half of them at least are first names the lists know.
"""

# ruff: noqa: RUF001, RUF002  (the scripts' own letters and punctuation)
from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import caseless, listed, names, national_ids, places
from app.privacy.finding import Finding, lines
from app.privacy.public import public_line

_DELIMITERS = (",", ";", "\t", "|")
_MIN_CELLS = 4
_ONE_WORD = re.compile(rf"(?:{names.WORD_OF_A_NAME})")
_PARTICLES = frozenset(re.findall(r"[^\W\d_]+", names.PARTICLE.lower()))
#: A cell of 9 to 16 digits, grouped or not ("71302564858", "2847.19.365", "6839 2014 7754").
_NUMBER_CELL = re.compile(r"\d(?:[ .-]?\d){8,15}")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")
_HANGUL = re.compile(r"[\uac00-\ud7a3]{3}")


#: A rota's cell: a weekday (in the languages rotas are kept in), the person, and the shift's
#: letters in brackets.
_WEEKDAY = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|lun|mar|mer|mi[ée]|jeu|jue|gio|ven|vie|sam|s[áa]b|dim|dom"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|ma|wo|vr|za|zo|pon|wt|[śs]r|czw|pt|sob|niedz|nd|seg|ter|qua|qui|sex|m[åa]n|tis|ons|tor|fre|l[öø]r"
    r"|s[öø]n|tir|pzt|sal|[çc]ar|per|cum|cmt|paz|пн|вт|ср|чт|пт|сб|вс"
    r"|周[一二三四五六日天]|星期[一二三四五六日天]|[月火水木金土日](?:曜日?)?|[월화수목금토일](?:요일)?"
)
_ROTA_CELL = re.compile(
    rf"(?i:{_WEEKDAY})\.?[ \t]*[:\uff1a]?[ \t]*"
    r"(?P<name>[^\W\d_][^\s(\uff08|]*(?:[ \t]+[^\W\d_][^\s(\uff08|]*)?)"
    r"[ \t]*(?:[(\uff08][^)\uff09]{1,12}[)\uff09])?"
)
_HAN_PERSON = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff]{2,4}")
_MIN_ROTA_CELLS = 2
#: What a rota writes where no one works: a day off, a shift to fill.
_OFF_DUTY = frozenset(
    """
    off bank agency cover leave holiday training sick closed rest free open vacant tbc tba none
    frei urlaub ferien libre repos congé vacances wolne urlop ferie fri vapaa izin tatil
    выходной отпуск вихідний
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


#: A person with their weekdays in brackets, as a list of who works when writes them: "Joy
#: (Mon/Wed), Blessing (Tue/Thu)".
_NAME_THEN_DAYS = re.compile(
    rf"(?<![\w@./-])(?P<name>[^\W\d_][\w'\u2019-]+)[ \t]*\((?i:{_WEEKDAY})\.?"
    rf"(?:[ \t]*[/,&+\-\u2013][ \t]*(?i:{_WEEKDAY})\.?)*\)"
)


def rota(text: str) -> Iterator[Finding]:
    """The people of every rota row in `text` (see the module's docstring)."""
    for start, line in lines(text):
        if line.count("|") >= _MIN_ROTA_CELLS - 1:
            yield from _rota_row(text, start, line)
        yield from _days_in_brackets(text, start, start + len(line))


def _days_in_brackets(text: str, start: int, end: int) -> Iterator[Finding]:
    """The people of a line that lists two or more names with their weekdays in brackets, half of
    them at least first names the lists know ("Gym (Mon-Fri), Pool (Sat/Sun)" lists places)."""
    people = [m for m in _NAME_THEN_DAYS.finditer(text, start, end) if _on_the_rota(m.group("name"))]
    known = sum(_known_person(m.group("name")) for m in people)
    if len(people) >= _MIN_ROTA_CELLS and 2 * known >= len(people):
        for m in people:
            yield Finding("NAME", m.start("name"), m.end("name"), m.group("name"))


def _rota_row(text: str, offset: int, line: str) -> Iterator[Finding]:
    at, cells = 0, []
    for raw in line.split("|"):
        m = _ROTA_CELL.fullmatch(raw.strip())
        if m is not None:
            cells.append((offset + at + raw.find(raw.strip()), m))
        at += len(raw) + 1
    people = [(start, m) for start, m in cells if _on_the_rota(m.group("name"))]
    # a row of people, not of a week's menu or classes: two of them or more, and half of them
    # at least, first names the lists know ("Will" and "Joy" too)
    known = sum(_known_person(m.group("name")) for _, m in people)
    if len(cells) < _MIN_ROTA_CELLS or known < _MIN_ROTA_CELLS or 2 * known < len(people):
        return
    for start, m in people:
        yield Finding("NAME", start + m.start("name"), start + m.end("name"), m.group("name"))


def _known_person(name: str) -> bool:
    return names.any_first_name(name.split()[0]) or names.chinese_name(name)


def _on_the_rota(name: str) -> bool:
    """Whether a rota's cell names a person: written as a name is ("Nkechi", "Petrov A."), or
    in Han or kana characters ("李娜")."""
    first = name.split()[0]
    if _HAN_PERSON.fullmatch(name):
        return True
    folded = first.lower()
    return (
        first[0].isupper()
        and not first.isupper()
        and folded not in _OFF_DUTY
        and not names.everyday_word(folded)
        and not places.known_city(first)
    )


def find(text: str) -> Iterator[Finding]:
    """The people of every record row in `text` (see the module's docstring)."""
    for start, line in lines(text):
        yield from _row(text, start, line)


def _row(text: str, offset: int, line: str) -> Iterator[Finding]:
    delimiter = max(_DELIMITERS, key=line.count)
    if line.count(delimiter) < _MIN_CELLS - 1 or not any(c.isdigit() for c in line):
        return
    cells: list[tuple[int, str]] = []
    at = 0
    for raw in line.split(delimiter):
        stripped = raw.strip().strip("\"'")
        cells.append((offset + at + raw.find(stripped), stripped) if stripped else (offset + at, ""))
        at += len(raw) + 1
    people = 0
    for index, (start, cell) in enumerate(cells):
        if _person_cell(cell) or _beside_its_other_half(cells, index):
            finding = Finding("NAME", start, start + len(cell), cell)
            if not (names.not_a_person(text, finding) or public_line(text, start, finding.end)):
                people += 1
                yield finding
    if people:
        # a person's row: a number in a cell of its own whose check digits hold is their ID
        for start, cell in cells:
            if _NUMBER_CELL.fullmatch(cell) and national_ids.personal_number(re.sub(r"[ .-]", "", cell)):
                yield Finding("NATIONAL_ID", start, start + len(cell), cell)


def _person_cell(cell: str) -> bool:
    if _HAN.fullmatch(cell):
        return names.chinese_name(cell)
    if _HANGUL.fullmatch(cell):
        return caseless.korean_full_name(cell)
    # two to four words (one alone is `_beside_its_other_half`'s to read)
    if names.NAME_WORDS.fullmatch(cell) is None or len(cell.split()) < 2:
        return False
    words = [w for w in cell.split() if w.lower() not in _PARTICLES]
    if any(listed.a_thing(w) for w in words):
        return False
    # a given name and a surname the lists know, in either order ("Patel Rohan"): a brand's
    # product has one at most ("Ford Focus", "Mario Kart")
    given = [i for i, w in enumerate(words) if names.first_name_as_written(w.split("-")[0])]
    return any(_surname(w) for i, w in enumerate(words) if given and given != [i])


def _beside_its_other_half(cells: list[tuple[int, str]], index: int) -> bool:
    """A one-word cell that is a first name beside a surname's cell, or the other way round."""
    cell = cells[index][1]
    if not _ONE_WORD.fullmatch(cell) or listed.a_thing(cell):
        return False
    neighbours = [cells[i][1] for i in (index - 1, index + 1) if 0 <= i < len(cells)]
    others = [n for n in neighbours if _ONE_WORD.fullmatch(n) and not listed.a_thing(n)]
    if _first_name(cell):
        return any(_surname(n) for n in others)
    return _surname(cell) and any(_first_name(n) for n in others)


def _first_name(word: str) -> bool:
    """A first name the lists know, a double one by either part ("Ana-Maria", "Jean-Luc")."""
    return names.first_name_as_written(word) or (
        "-" in word and any(names.first_name_as_written(part) for part in word.split("-") if part)
    )


def _surname(word: str) -> bool:
    """A surname the lists know, a double-barrelled one by either part ("Hoffmann-Yilmaz")."""
    return any(part.lower() in names.surnames() for part in word.split("-"))
