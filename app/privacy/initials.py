"""People written with an initial: "Marlon T. Beckford", "From Ivy R.", "Mrs J Holloway",
"Петров А. В.".

Insurance cards, tax forms and notices write a middle initial between a given name and a
surname; cards, chats and receipts sign or credit someone with a given name and the initial of
their surname; bills and notices write a title, initials and a surname. Each shape belongs to a
person: a first name the lists know, then one capital and a full stop, is no sentence's way of
writing anything else, nor is a title before initials. The first name must be no everyday word
("Vitamin D.", "Plan B." have none), and what `names.not_a_person` stops is stopped here too
("Harry S. Truman" is a public figure).
"""

# ruff: noqa: RUF001, RUF002, RUF003  (Cyrillic names and initials)
from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import names
from app.privacy.finding import Finding

_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
#: A capitalised word of a name, with a hyphenated part ("Okonjo-Reyes").
_NAME_WORD = rf"{_UPPER}[a-zß-öø-ÿā-ž']+(?:-{_UPPER}[a-zß-öø-ÿā-ž']+)?"
#: Given name, one or two initials, surname: "Marlon T. Beckford", "Dana K. L. Whitlock".
_MIDDLE_INITIAL = re.compile(
    rf"(?<![\w@./-])(?P<given>{_NAME_WORD})[ \t]+(?:{_UPPER}\.[ \t]*){{1,2}}[ \t]*{_NAME_WORD}(?![\w@-])"
)
#: Given name and the initial of the surname, where a phrase ends: "From Ivy R.", "Tiago S. O
#: seu", "Jen P., Leeds".
_SURNAME_INITIAL = re.compile(
    rf"(?<![\w@./-])(?P<given>{_NAME_WORD})[ \t]+{_UPPER}\."
    # (or before a bracket, a dash or the sentence's next word: "Agent: Raj M. (team 4)", "Sue
    # P. – £20", "Agnieszka K. left at 12")
    rf"(?=[ \t]*$|[ \t]*[,;)\u00b7|]|[ \t]+{_UPPER}|[ \t]{{2}}"
    r"|[ \t]+(?:\(|[\u2013\u2014-][ \t])|[ \t]+[a-z]{3,}\b)"
    # and a chat's speaker before the colon, the initial's dot left out: "Joanne M: can't this week"
    rf"|(?:^|(?<=\]))[ \t]*(?P<speaker>{_NAME_WORD})[ \t]+{_UPPER}\.?(?=:[ \t])",
    re.MULTILINE,
)


#: A title, one or two initials with or without their dots, and a surname, as cards, bills and
#: notices print a person: "Mrs J Holloway", "Mr A. Okonkwo", "Dr S J Reid", and a card's or a
#: cheque's capitals after a title in capitals: "MISS I ACHTERBERG".
_TITLE_INITIALS_SURNAME = re.compile(
    r"\b(?:(?P<titled>Mr|Mrs|Ms|Miss|Mx|Dr)|MR|MRS|MS|MISS|DR)\.?[ \t]+"
    rf"(?P<value>(?:{_UPPER}\.?[ \t]+){{1,2}}"
    rf"(?:{_NAME_WORD}|(?(titled)(?!)|{_UPPER}{{2,}}(?:-{_UPPER}{{2,}})?)))"
    r"(?![\w@-])"
)


#: An initial and a surname alone in brackets, or after "in the name of": a payee or a holder,
#: as bank statements and payment requests write them ("(K. Whitfield)", "t.n.v. B. Hoekstra").
_HOLDER_INITIAL_SURNAME = re.compile(
    rf"(?:\((?=[ \t]*{_UPPER}\.[ \t]?{_NAME_WORD}[ \t]*\))|\b(?i:t\.n\.v\.|a/n|i\.n\.o\.)[ \t]*)[ \t]*"
    rf"(?P<value>{_UPPER}\.[ \t]?{_NAME_WORD})(?![\w@-])"
)


#: A surname then two initials, as Russian, Ukrainian and Bulgarian documents write a person, in
#: any case: "Петров А. В.", "вызов от Ивановой Н. П.", "Шевченко Т.Г.".
_SURNAME_THEN_INITIALS = re.compile(
    r"(?<![\w.@/-])(?P<value>[А-ЯЁІЇЄҐ][а-яёіїєґ'\u2019-]{2,}[ \t]+[А-ЯЁІЇЄҐ]\.[ \t]?[А-ЯЁІЇЄҐ]\.)"
)


#: An initial (or two) and a surname on their own, as receipts, rosters, logs and sign-offs write
#: a person ("Tester: A. Kowalski", "client=W. Nnaji", "Pour le Consul général, C. Berthier", "J.
#: WINTERBOTTOM ****8812"). One capital letter only: "St. Albans", "Dr. Oetker" and "No. 5" have
#: two.
_INITIAL_SURNAME = re.compile(
    rf"(?<![\w@./-])(?P<value>{_UPPER}\.(?:[ \t]?-?{_UPPER}\.)?[ \t]?"
    # (a surname's particles between: "J. van den Berg", "H. von Weber", "A. de Souza")
    r"(?P<particles>(?:(?:van|von|de|der|den|du|da|dos|das|del|della|di|ter|ten|te|zu)[ \t]+){1,3})?"
    rf"(?P<surname>{_NAME_WORD}|{_UPPER}{{2}}[A-ZÀ-ÖØ-ÞĀ-Ž'-]+))(?![\w@-])"
)
#: Where a surname no list knows still stands as a person's: after a field's colon or "=", a
#: cell's bar, tab or comma, a dash, an arrow, or "by"/"to"/"for" (not a bracket: "(A. Rows)"
#: cites a figure), and before the field's end
#: (a quote, a bracket, a cell's bar, tab or comma, two spaces, the line's end).
_FIELD_BEFORE = re.compile(r"(?:[:=|\t,\u2013\u2014\u2192]|\b(?:by|to|for)\b)[ \t'\"]*$")
_FIELD_AFTER = re.compile(r"['\"]|[ \t]*(?:$|[|\t,;)]|[ \t]{2}|[ \t]+[*(\d])", re.MULTILINE)


def _in_a_field(text: str, start: int, end: int) -> bool:
    """Whether the span stands alone in a field of its line (`_FIELD_BEFORE`, `_FIELD_AFTER`)."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_FIELD_BEFORE.search(text, line_start, start) and _FIELD_AFTER.match(text, end))


def find(text: str) -> Iterator[Finding]:
    for m in _INITIAL_SURNAME.finditer(text):
        surname = m.group("surname").lower()
        if surname in names.COMMON_WORDS or surname in names.NOT_A_NAME:
            continue
        # an abbreviation glued to its capitals is a label's: Italy's VAT number "P.IVA", "C.F."
        if m.group("surname").isupper() and m.start("surname") == m.start("value") + 2:
            continue
        # (a surname after its particles is one whatever the lists know: "J. van den Berg")
        listed = surname in names.surnames() or m.group("particles")
        if not listed and not _in_a_field(text, m.start(), m.end()):
            continue
        finding = Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
        if not names.not_a_person(text, finding):
            yield finding
    for m in _SURNAME_THEN_INITIALS.finditer(text):
        finding = Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
        if not names.not_a_person(text, finding):
            yield finding
    for m in _TITLE_INITIALS_SURNAME.finditer(text):
        finding = Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
        if not names.not_a_person(text, finding):
            yield finding
    # in brackets the surname must be one the lists know: "(A. Rows)" cites a figure
    for m in _HOLDER_INITIAL_SURNAME.finditer(text):
        surname = m.group("value").split()[-1].split(".")[-1]
        finding = Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
        bracketed = m.group().startswith("(")
        if (surname.lower() in names.surnames() or not bracketed) and not names.not_a_person(text, finding):
            yield finding
    for pattern in (_MIDDLE_INITIAL, _SURNAME_INITIAL):
        for m in pattern.finditer(text):
            given = m.group("given") or m.group("speaker")
            if given.lower() in names.COMMON_WORDS or given.lower() in names.NOT_A_NAME:
                continue
            if not names.first_name_as_written(given.split("-")[0]):
                continue
            start = m.start("given") if m.group("given") else m.start("speaker")
            finding = Finding("NAME", start, m.end(), text[start : m.end()])
            if not names.not_a_person(text, finding):
                yield finding
