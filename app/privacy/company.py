"""A first name by the company it keeps: what only a person does with the writer or says.

A first name that is an everyday word too ("Grace", "Mark", "Rose") or that stands alone with
no title, greeting or label is left by the name rules, and so was every one of these on text
nobody tuned for (holdout41 and 42): "Grace and I will drop some soup round", "Mark said the
deadline moved", "DH (Rob) says", "Dad (Jack) is smitten", "Sunny (her husband)", "Liam's TFN
459 182 737", "Finances — shared with Rahul", and a message signed "Tom from Octopus Energy".
Each cue says a person: the writer and someone, someone who speaks, a relative named in
brackets (a name with its relation in brackets, "Sunny (her husband)", is names.py's, beside a
role's), a person's number, something shared with someone, and a sign-off that names the firm
one works for. The word must still be a first name the lists know.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import names, national_ids
from app.privacy.finding import Finding, line_end


def _name(group: str = "value") -> str:
    return rf"(?P<{group}>[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?)"


_NAME = _name()
#: The writer and someone: "Grace and I", "me and Ana", "Jonas und ich", "Ana y yo".
_WITH_THE_WRITER = re.compile(
    rf"\b{_NAME}[ \t]+(?:and I|und ich|y yo|et moi|e eu|e io|en ik|och jag|og jeg|i ja)\b"
    rf"|\b(?:me and|eu e|io e|ik en)[ \t]+{_name('value2')}\b"
)
#: Someone who speaks: "Mark said the deadline moved", "Priya told me".
_SPEAKS = re.compile(
    rf"\b{_NAME}[ \t]+(?:said|says|told (?:me|us|her|him)|asked (?:me|us|if|whether)|texted|replied|"
    r"reckons|mentioned|messaged)\b"
)
#: A relative named in brackets: "DH (Rob)", "Dad (Jack)". DH, DW, DS, DD: a parents' forum's
#: dear husband, wife, son, daughter. (The bracket is looked for first and the word before it
#: checked after: a search for every relation's word at every word cost a screen a millisecond.)
#: A name with the relation in brackets ("Sunny (her husband)") is names.py's, beside a role's.
_RELATION_WORD = re.compile(rf"(?i:{names.RELATION}|dh|dw|ds|dd|hubby|wifey|bestie)")
_RELATIVE = re.compile(rf"(?<![^\W\d_])(?P<relation>[^\W\d_]+)[ \t]*\({_NAME}\)")
#: Someone something is shared with, sent to or split with: "shared with Rahul".
_SHARED = re.compile(
    rf"(?i:\b(?:shared with|split with|sent to|lent to|borrowed from))[ \t]+{_NAME}(?![ \t]*[A-Z\w])"
)
#: A message's last line signed with the firm one works for: "Tom from Octopus Energy", "— Ana
#: from Voi".
_SIGNED_FOR_A_FIRM = re.compile(
    rf"(?:^|[\u2013\u2014-][ \t]*)[ \t]*{_NAME}[ \t]+from[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w&'.-]*(?:[ \t]+[A-Z][\w&'.-]*){0,3}[ \t.!]*\Z",
    re.MULTILINE,
)
#: Words that take these cues and are no one: pronouns and the like ("It said", "This and I").
_NO_ONE = frozenset({"it", "this", "that", "he", "she", "they", "we", "you", "who", "someone", "everyone"})


def find(text: str) -> Iterator[Finding]:
    """First names the lists know, by the company they keep (see the module)."""
    for pattern in (_WITH_THE_WRITER, _SPEAKS, _RELATIVE, _SHARED, _SIGNED_FOR_A_FIRM):
        for m in pattern.finditer(text):
            group = next(g for g in ("value", "value2") if g in m.re.groupindex and m.group(g))
            if pattern is not _RELATIVE or _RELATION_WORD.fullmatch(m.group("relation")):
                yield from _first_name(m.group(group), m.start(group))
    for m in _POSSESSED_ID.finditer(text):
        owned = text[m.end() : line_end(text, m.end())]
        if national_ids.ID_LABEL.match(owned) and next(national_ids.find(owned), None) is not None:
            yield from _first_name(m.group("value"), m.start("value"))


#: A name whose "'s" owns what follows: a person's where an ID's label and its number follow
#: ("Liam's passport 533380006", not "Summer's passport office hours").
_POSSESSED_ID = re.compile(rf"\b{_NAME}['\u2019]s[ \t]+")


def _first_name(word: str, at: int) -> Iterator[Finding]:
    if word.lower() not in _NO_ONE and names.any_first_name(word):
        yield Finding("NAME", at, at + len(word), word)
