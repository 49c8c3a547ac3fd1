"""Organisations and public figures named on a line, which a name found there is not a person's.

News, shop and sport lines name "Morgan Stanley", "Marks & Spencer", the "Charlotte Hornets",
the "George Washington Bridge" or "Elon Musk" with no word around them that tells a company or
a celebrity from the person a form is about: their shape is a person's, and the genre words of
`public` do not cover every headline. Two hand-written lists under app/privacy/data say who
they are (`named_organisations.txt`, `public_figures.txt`; each says in its header why and how
it was written). The rules `names.find` applies with them:

- a name inside a listed organisation's mention is the organisation's, unless the name is
  addressed (a greeting, a field label or an honorific right before it: "Dear Paul Smith");
- a listed public figure is one only where the line carries no personal-data cue: a label, a
  greeting, an e-mail address, a phone or ID number, an address, a chat speaker or a signature.
  "Elon Musk says ..." is kept; "Customer: Elon Musk, +1 555 0100" is scrubbed.

A one-word entry that the name lists know as a given name or surname ("Ferrari", "Douglas",
"Lincoln") is skipped: alone it is a person's name as often as a brand's. It still keeps the
name rule that asks for no cue from taking it alone (`one_word_figure`: "Rembrandt", "Πλάτων").
What is traded: a private person who shares a listed name ("John Lewis", "Tom Hanks") keeps it
on a line with no cue. `python -m bench.privacy --no-public-lists` measures recall and damage
without the lists on every split.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from app.privacy.finding import HANDLE
from app.privacy.vocabulary import vocabulary

__all__ = [
    "covered_by_organisation",
    "enabled",
    "listed_figure",
    "listed_organisations",
    "one_word_figure",
    "personal_cue",
    "public_figure",
    "set_enabled",
]

#: Words of an entry and of a line, folded and without punctuation: "Victoria's Secret" and
#: "VICTORIA'S SECRET" are the same three words, "Mercedes-Benz" two.
_TOKEN = re.compile(r"\w+|&|\+")

_state = {"enabled": True}


def enabled() -> bool:
    """Whether the lists apply (a benchmark turns them off to measure what they change)."""
    return _state["enabled"]


def set_enabled(value: bool) -> None:
    """Turn the lists on or off for this process (bench.privacy's reference run)."""
    _state["enabled"] = value


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().casefold(), m.start(), m.end()) for m in _TOKEN.finditer(text.replace("\u2019", "'"))]


@cache
def _entries(name: str) -> dict[str, frozenset[tuple[str, ...]]]:
    """The list's entries as word tuples, by their first word."""
    from app.privacy import names  # names imports this module; the lists load on first use

    by_first: dict[str, set[tuple[str, ...]]] = {}
    for line in names.data_file(name).read_text(encoding="utf-8").splitlines():
        words = tuple(w for w, _, _ in _tokens(line.split("#", 1)[0]))
        if not words or (len(words) == 1 and names.known_name(words[0])):
            continue
        by_first.setdefault(words[0], set()).add(words)
        # a figure of three words or more is named without the given name too: "Conan Doyle",
        # "da Vinci", "Luther King" (two words are a whole name, one word alone is too common)
        if name == "public_figures.txt" and len(words) > 2 and not names.particle(words[1]):
            by_first.setdefault(words[1], set()).add(words[1:])
    return {first: frozenset(entries) for first, entries in by_first.items()}


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the line holding text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


@lru_cache(maxsize=512)
def _mentions(text: str, name: str) -> tuple[tuple[int, int], ...]:
    """Spans of the list's entries in one line, longest at each word (a line holds several
    names as often as one: each is looked up once)."""
    entries = _entries(name)
    tokens = _tokens(text)
    spans: list[tuple[int, int]] = []
    for i, (word, start, _) in enumerate(tokens):
        candidates = entries.get(word)
        if not candidates:
            continue
        longest = max(len(c) for c in candidates)
        for n in range(min(longest, len(tokens) - i), 0, -1):
            words = tuple(w for w, _, _ in tokens[i : i + n])
            if name == "public_figures.txt" and _hyphen_joined(text, start, tokens[i + n - 1][2]):
                continue
            if words in candidates or any(_declined(words, c) for c in candidates if len(c) == n > 1):
                spans.append((start, tokens[i + n - 1][2]))
                break
    return tuple(spans)


def _hyphen_joined(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is glued by a hyphen to a word before or after it: a double given
    name or surname ("Marc-André Gagnon" holds the composer André Gagnon's name, "Ana Torres-
    Llull" a figure's), a person's own and no figure's."""
    before = start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()
    after = text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()
    return before or after


def _declined(words: tuple[str, ...], entry: tuple[str, ...]) -> bool:
    """Whether `words` are a figure's whole name with its last word declined: a genitive's or a
    case's ending of up to three letters ("Edvard Munchs «Skrik»", "Helene Schjerfbeckin
    teoksia", "Andy Warhola")."""
    last, stem = words[-1], entry[-1]
    return (
        words[:-1] == entry[:-1]
        and len(stem) >= 4
        and last.startswith(stem)
        and 0 < len(last) - len(stem) <= 3
        and last[len(stem) :].isalpha()
    )


#: A greeting or an honorific right before a name addresses a person by it (and a person's
#: label labels one: `_labelled_person`).
_ADDRESSED = re.compile(
    r"(?i)\b(?:dear|hi|hello|hey|liebe[rs]?|hallo|bonjour|cher|chère|hola|querid[oa]|ciao|beste|"
    r"mr|mrs|ms|miss|dr|herr|frau|mme|m|sr|sra)\.?,?[ \t]*$"
)


def listed_organisations(line: str) -> tuple[tuple[int, int], ...]:
    """Spans of the listed organisations one line names (none while the lists are off)."""
    return _mentions(line, "named_organisations.txt") if enabled() else ()


#: A product's name after its brand: capitalised words or a model number.
_PRODUCT_NAME = re.compile(r"(?:[ \t]+(?:[A-Z][\w\-]*|\d[\w\-]*)){1,3}")


def names_a_figure(text: str, start: int, end: int) -> bool:
    """Whether the line holding text[start:end] names a listed public figure or character, with
    no personal-data cue."""
    line_start, line_end = _line(text, start, end)
    line = text[line_start:line_end]
    return enabled() and not _has_cue(line) and bool(_mentions(line, "public_figures.txt"))


def covered_by_organisation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a listed organisation's mention, or is one and its
    product's name, and is not addressed as a person."""
    if not enabled():
        return False
    line_start, line_end = _line(text, start, end)
    mentions = _mentions(text[line_start:line_end], "named_organisations.txt")
    inside = any(s <= start - line_start and end - line_start <= e for s, e in mentions)
    addressed = _ADDRESSED.search(text, max(0, start - 20), start) or _labelled_person(text, start)
    return (inside or _brand_and_product(text, start, end)) and not addressed


def _brand_and_product(text: str, start: int, end: int) -> bool:
    """A listed brand of one word that is a name too ("Dell", "Ford"), then its product's
    capitalised words, none a name the lists know: "Dell Latitude", "Ford Transit Custom"
    (a "Dell Smith" is a person)."""
    from app.privacy import names

    brand, _, rest = text[start:end].partition(" ")
    return (
        brand in _one_word_brands()
        and _PRODUCT_NAME.fullmatch(" " + rest) is not None
        and not any(names.known_name(word) or names.slavic_surname(word) for word in rest.split())
    )


@cache
def _one_word_brands() -> frozenset[str]:
    """The list's one-word entries that are names too, which a mention alone never covers, as
    the list writes them ("Dell", not the "Marta" of "MARTA")."""
    from app.privacy import names

    lines = names.data_file("named_organisations.txt").read_text(encoding="utf-8").splitlines()
    words = (line.split("#", 1)[0].strip() for line in lines)
    return frozenset(w for w in words if w and " " not in w and names.known_name(w))


#: What makes a line about a person the screen's reader handles: an e-mail address, a number
#: of seven digits or more (a phone, an ID, a date), a field label or a chat speaker at the
#: line's start (`_LINE_LABEL`), a greeting, a closing, a meeting with someone or a signature
#: separator. Not five digits: a lap time ("1:25.819"), a crowd ("40 112") or a venue's
#: postcode ("75016 Paris") stands beside public figures in every match report.
_CUE = re.compile(
    r"@|\d(?:[ \t./-]?\d){6,}"
    r"|(?i:\b(?:dear|hi|hello|hey|hallo|bonjour|hola|ciao|regards|cheers|sincerely|best wishes|"
    r"thanks|thank you|mit freundlichen|cordialement|saludos|un saluto)\b)"
    # a meeting set with someone: "Lunch with Tom Hanks 12:30" is a private person's calendar
    r"|(?i:\b(?:meeting|call|lunch|dinner|coffee|1:1|sync|appointment|interview)[ \t]+with\b)"
    r"|^-- ?$",
    re.MULTILINE,
)


def personal_cue(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding text[start:end] carries a personal-data cue, or its line
    starts with a person's field or a chat's speaker."""
    line_start, line_end = _line(text, start, end)
    line = text[line_start:line_end]
    if _opens_with_a_personal_label(line):
        return True
    begin = max((m.end() for m in _SENTENCE_END.finditer(line, 0, start - line_start)), default=0)
    stop = _SENTENCE_END.search(line, end - line_start)
    return _CUE.search(line, begin, stop.start() if stop else len(line)) is not None


#: Where a sentence of a line ends: a full stop, question or exclamation mark after a word of two
#: small letters or a digit ("Dr." and "Mrs." stay inside), or a separator of a page's parts.
_SENTENCE_END = re.compile(
    r"(?<=[a-z\d)\u00df-\u00ff\u0430-\u044f]{2}[.!?])(?<!Mrs\.)(?<!Mme\.)(?<!Sra\.)[ \t]+"
    r"|(?<=[\u3002\uff01\uff1f])|[ \t]+[|\u00b7\u2014][ \t]+"
)


#: The words before a colon at a line's start: a form's field, a chat's speaker, or a post's
#: heading ("Book club pick for January: ", "Goodreads: "), which is no cue.
_LINE_LABEL = re.compile(
    r"(?im:^[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?(?P<label>[^\W\d][\w .'-]{0,30}?)[ \t]?[:\uff1a][ \t])"
)


@lru_cache(maxsize=512)
def _has_cue(line: str) -> bool:
    # asked once per name on the line: a line of many names reads its pattern once
    return _CUE.search(line) is not None or _opens_with_a_personal_label(line)


@lru_cache(maxsize=512)
def _opens_with_a_personal_label(line: str) -> bool:
    """Whether a line starts with a person's field or a chat's speaker before its colon."""
    label = _LINE_LABEL.match(line)
    return label is not None and _personal_label(label.group("label"))


def _personal_label(label: str) -> bool:
    """Whether the words before a line's colon are a field of personal data ("Customer",
    "Phone", "Ansprechpartner") or a chat's speaker (a first name, a handle) rather than a
    post's heading."""
    from app.privacy import names

    words = label.lower().split()
    if not words:
        return False
    # (a label's word of one or two letters, "il" or "da", is as often a sentence's: "Il menu
    # Leonardo da Vinci:" heads a menu)
    if " ".join(words) in _all_labels() or any(w in _all_labels() and len(w) > 2 for w in words):
        return True
    # a speaker: one or two words, the first a given name, or a handle ("F1 round-up" and
    # "tonight's lobby" head a report and a post)
    first = label.split()[0]
    return len(words) <= 2 and (names.any_first_name(first) or _HANDLE.fullmatch(first) is not None)


_HANDLE = re.compile(HANDLE)


@cache
def _all_labels() -> frozenset[str]:
    return vocabulary().label_words() | _person_labels()


#: A possessive after a figure's name, where a found name ran on into their work's title or
#: took the possessive in ("Cole Palmer's 81st-minute penalty").
_POSSESSIVE = re.compile(r"['\u2019]s(?:[ \t]|$)")


#: A label right before a name: "Contact: ", "Customer: ".
_LABEL_BEFORE = re.compile(r"(?P<label>[^\W\d_][\w'\-]*(?:[ \t][\w'\-]+){0,2})[ \t]*[:\uff1a][ \t]*$")


def _labelled_person(text: str, start: int) -> bool:
    """Whether a label of a person's name or contact stands right before `start`."""
    m = _LABEL_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    return m.group("label").lower() in _person_labels()


@cache
def _person_labels() -> frozenset[str]:
    """The labels of a person's name in the 59 languages' table, and "contact" in a few."""
    return vocabulary().label_words("NAME") | {"contact", "kontakt", "contacto", "contatto"}


#: A British honour before a name: a knight, a dame or a peer is a public figure ("Sir Paul
#: Nurse", "Dame Shirley Bassey", "Lord Denning"); no corpus gave one as a private person.
_HONOUR = re.compile(r"\b(?:Sir|Dame|Lord|Lady|Baroness|Baron)[ \t]+")
_HONOUR_BEFORE = re.compile(rf"{_HONOUR.pattern}$")


def public_figure(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a listed public figure's name, or one a British honour
    titles, on a line with no personal-data cue, and is not addressed or labelled as a person
    ('"Contact: Katherine Johnson"', "Dear Sir John")."""
    if not enabled() or personal_cue(text, start, end) or _labelled_person(text, start):
        return False
    if _HONOUR.match(text, start) or _HONOUR_BEFORE.search(text, max(0, start - 12), start):
        return True
    line_start, line_end = _line(text, start, end)
    mentions = _mentions(text[line_start:line_end], "public_figures.txt")
    inside = any(s <= start - line_start and end - line_start <= e for s, e in mentions)
    # a work named with its maker ends with the maker: "La Gioconda di Leonardo da Vinci",
    # "Der Zauberberg von Thomas Mann" is a title and the figure, no person of the screen; or
    # starts with the maker's possessive: "Jane Austen's Pride and Prejudice"
    return inside or any(
        (e == end - line_start and _WORK_OF.fullmatch(text, start, line_start + s))
        # or the figure's name with a sentence's first word before it, no name: "Se Edvard Munchs"
        or (e == end - line_start and _no_name_before(text, start, line_start + s))
        or (s == start - line_start and _POSSESSIVE.match(text, line_start + e, end))
        for s, e in mentions
    )


def listed_figure(*words: str) -> bool:
    """Whether the public-figure list names someone by these words (any case): "тарас",
    "шевченко"."""
    if not enabled():
        return False
    folded = tuple(w.casefold() for w in words)
    return folded in _entries("public_figures.txt").get(folded[0], frozenset())


def one_word_figure(word: str) -> bool:
    """Whether the public-figure list names someone by this one word alone ("Rembrandt",
    "Beyoncé", "Gandalf"), whether or not the name lists know it as a given name."""
    return enabled() and word.casefold() in _one_word_figures()


@cache
def _one_word_figures() -> frozenset[str]:
    from app.privacy import names  # names imports this module; the list loads on first use

    lines = names.data_file("public_figures.txt").read_text(encoding="utf-8").splitlines()
    entries = (tuple(w for w, _, _ in _tokens(line.split("#", 1)[0])) for line in lines)
    return frozenset(words[0] for words in entries if len(words) == 1)


#: A sentence's short first word and a space, before a figure's name ("Se Edvard Munchs «Skrik»":
#: no person's given name runs on into a famous one's whole name).
_SHORT_WORD_BEFORE = re.compile(r"[A-ZÀ-ÞА-Я][a-zß-ÿа-я]{1,3}[ \t]+")


def _no_name_before(text: str, start: int, at: int) -> bool:
    """Whether text[start:at] is a sentence's short first word before a figure's whole name
    (capitalised: "Els de Groot" is no "de Groot" of "Boudewijn de Groot")."""
    sentence_start = (
        start == 0 or text[start - 1] == "\n" or text[max(0, start - 2) : start] in (". ", "! ", "? ")
    )
    return (
        sentence_start
        and text[at : at + 1].isupper()
        and _SHORT_WORD_BEFORE.fullmatch(text, start, at) is not None
    )


#: A work's one-word title before its maker's name, joined by "of" in some language.
_WORK_OF = re.compile(r"\w+[ \t]+(?:di|da|de|del|della|des|du|von|van|of|by|av|af|z)[ \t]+")
