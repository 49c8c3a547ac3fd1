"""A person's other name, written right beside the name another rule found.

Rosters, payouts and team sheets give a nickname or a handle next to the full name, in quotes or
brackets: 'Terrence Whitaker ("T-Bone")', "Chris Gallagher (Gazza)", 'Viktor Lindqvist
("vikk")'; a gamer's or a forum's list puts the handle first and the real name in brackets:
"ShadowFox (Козлова Ирина)", where either may be the one found. The nickname is the same
person's, and the name found beside it is its cue. A bracket holds other things too, and those
stay: a role or a desk ("Mei (Billing)"), a place ("Kevin (USA)", "Nando's (Camden)"), a size
("Leggings (M)"), a race's age class or a seat ("(F40)", "(U12)"), an abbreviation in capitals
("(CEO)"), a word of small letters ("(retd)", "(owner)"), a label's or an everyday word's. In
quotes a handle may be small letters ("vikk"): quotes around one word beside a name set it apart
as what the person is called.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import names, places
from app.privacy.finding import Finding

#: One word of a nickname or a handle: letters, digits and the marks handles join with.
_NICK = r"[^\W_][\w.\-'#]{0,23}"
_WORD = f"(?:{names.WORD_OF_A_NAME})"
#: A nickname right after a name, quoted (in brackets or not) or bracketed alone.
_AFTER = re.compile(
    rf"[ \t]*(?:\([ \t]*[\"\u201c'\u2018](?P<quoted>{_NICK})[\"\u201d'\u2019][ \t]*\)"
    rf"|[\"\u201c](?P<bare_quoted>{_NICK})[\"\u201d]"
    rf"|\((?P<bracketed>{_NICK})\)"
    # the real name in brackets after a handle: "ShadowFox (Козлова Ирина)"
    rf"|\((?P<full>{_WORD}(?:[ \t]+{_WORD}){{1,2}})\))(?![\w])"
)
#: A handle right before a name in brackets: "ShadowFox (", "rook ("; at a line's or a
#: cell's start or after a quote or a comma, so a sentence's word before a bracket is none.
_BEFORE = re.compile(rf"(?m)(?:^|(?<=[\s\"\u201c'\u2018,\[|]))(?P<handle>{_NICK})[ \t]*\([ \t]*$")
_CLOSE = re.compile(r"[ \t]*\)")
_CLASS_OR_SEAT = re.compile(r"[A-Z]{1,3}\d{1,4}[A-Z]?")


def find(text: str, found: list[Finding]) -> Iterator[Finding]:
    """Nicknames beside the names found (see the module)."""
    for f in found:
        if f.kind != "NAME":
            continue
        m = _AFTER.match(text, f.end)
        if m is not None:
            group = next(g for g in ("quoted", "bare_quoted", "bracketed", "full") if m.group(g))
            nick = m.group(group)
            if _full_name(nick) if group == "full" else _nickname(nick, quoted=group != "bracketed"):
                yield Finding("NAME", m.start(group), m.end(group), nick)
        # (a handle before a full name in brackets; one word in brackets is a place or a desk as
        # often: "Nando's (Camden)")
        if " " in f.value and _CLOSE.match(text, f.end):
            before = _BEFORE.search(text, max(0, f.start - 30), f.start)
            if before is not None and _nickname(before.group("handle"), quoted=False):
                yield Finding("NAME", before.start("handle"), before.end("handle"), before.group("handle"))
    yield from _signed_short(text, found)


#: A message's last line, one capitalised word and perhaps a kiss: "Pat", "Dan", "Ty x".
_LAST_LINE = re.compile(r"\n[ \t]*(?P<value>[A-Z][a-z]{1,11})[ \t]*(?:x{1,3}|[.!])?[ \t]*\Z")


def _signed_short(text: str, found: list[Finding]) -> Iterator[Finding]:
    """A message signed with the short form of a name found in it: "From: Patrick Mahoney
    <...>" then "Pat" on the last line, "Daniel Ahern" then "Dan", "Tyrone Beckford" then "Ty".
    The writer shortens their own given name, to a given name the lists know; a closing word
    ("Thanks") is none."""
    last = _LAST_LINE.search(text)
    if last is None or names.greeting_or_closing(last.group("value")):
        return
    short = last.group("value")
    if not names.any_first_name(short):
        return  # a word that ends a line ("And"), not a given name's short form
    if any(
        f.kind == "NAME"
        and f.end <= last.start()
        and f.value.split()[0].startswith(short)
        and f.value.split()[0] != short
        for f in found
    ):
        yield Finding("NAME", last.start("value"), last.end("value"), short)


def _full_name(value: str) -> bool:
    """Whether words in brackets after a handle are a person's name: each capitalised and none a
    role's, a place's or an everyday word, and the lists know one of them."""
    words = value.split()
    return all(_nickname(word, quoted=False) for word in words) and any(map(names.known_name, words))


def _nickname(word: str, quoted: bool) -> bool:
    """Whether a word beside a name is what the person is called: no role, place, label,
    abbreviation or everyday word, and capitalised or handle-shaped unless quoted."""
    folded = word.lower()
    if any(c.isdigit() for c in word) and not any(c.isalpha() for c in word):
        return False
    if (
        folded in names.NOT_A_NAME
        or folded in names.GROUP_WORDS
        or folded in names.SERVICE_ROLES
        or names.label_word(folded)
        or names.everyday_word(folded)
        or places.known_city(word)
        or places.listed_place(word)
    ):
        return False
    if quoted:
        return True
    # (a size or a grade in brackets is one letter: "Leggings (M)"; a race's age class, a seat, a
    # room or a team a few capitals and digits: "(F40)", "(V45)", "(U12)", "(B12)")
    if len(word) < 3 or _CLASS_OR_SEAT.fullmatch(word):
        return False
    handle = bool(re.search(r"[\d_.#]", word)) or (word[:1].islower() and any(c.isupper() for c in word))
    return (word[:1].isupper() and not (len(word) > 1 and word.isupper())) or handle
