"""One piece of personal data found in a text: what kind, where, and the value itself.

Its own module so that every detector (names, addresses, credentials, national IDs, birth
dates) and the scrubber that merges their findings share one type without importing each other;
`lines`, `line_end`, `line_bounds` and `first_line` serve the detectors that read line by line,
a finding's line or a text's heading, `Spans` those that ask whether a place is already found;
`EXTENDED_UP` and `EXTENDED_LOW` are the Latin letters names and addresses both read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate

#: The capitals of Latin Extended-A ("Ł", "Č", "Đ"): its range mixes capitals and small letters
#: ("Đ", "đ"), and a small "đã" starts no name.
#: (and Romanian's s and t with a comma below and Azerbaijani's schwa, past that block:
#: "Ștefan", "Ionuț", "Əli Məmmədov")
EXTENDED_UP = "".join(chr(c) for c in range(0x100, 0x17F) if chr(c).isupper()) + "\u0218\u021a\u018f"
#: Its small letters: the block's range holds its capitals too, and a word's small letters that
#: may be capitals let a pattern split "ĂăĄąĆć" in exponentially many ways before it gives up.
EXTENDED_LOW = "".join(chr(c) for c in range(0x100, 0x17F) if chr(c).islower())
#: A capital of a Latin alphabet, accented too ("GARCÍA", "MUREȘAN", "České").
LATIN_UP = f"[A-ZÀ-ÖØ-Þ{EXTENDED_UP}]"


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    value: str


def lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of `text` with the offset it starts at, for detectors that read line by line."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def first_line(text: str) -> str:
    """The text's first line that is not blank: a form's, a receipt's or a notice's heading."""
    m = _NOT_BLANK_LINE.search(text)
    return "" if m is None else m.group()


_NOT_BLANK_LINE = re.compile(r"^[^\n]*\S[^\n]*", re.MULTILINE)


#: A handle that cannot be an everyday word: letters, then a dot, an underscore or a hyphen and
#: more, or digits ("rosa_m1992", "karl.wendt.84", "Thierry_67", "xXDarkPhoenix_Kaz").
HANDLE = r"[A-Za-z][A-Za-z0-9]*(?:(?:[._\-][A-Za-z0-9]+)+_?|_|\d{2,4})"

#: The digit each letter stands for that OCR reads for one: O or o for 0, l or I for 1 ("7O2-9931",
#: "14 MAR 199l"). The phone matcher and the birth-date label read a number with them put back.
OCR_DIGIT_FOR = {"O": "0", "o": "0", "l": "1", "I": "1"}

#: A chat's turn: a line that opens with up to 40 characters (its speaker) and a colon, then says
#: something ("Nanay ni Bea: Opo ma'am", "Customer: 5622 6030 9399", or after a full-width colon).
#: The match ends where what the turn says starts.
#: An emoji, as a chat's speaker may set one after their name ("Jess 🐝: me!"): pictographs,
#: symbols and dingbats, and the variation selector that makes a symbol an emoji.
EMOJI = r"[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f]"
#: A letter of any script: a text without one is figures and signs alone.
LETTER = re.compile(r"[^\W\d_]")
CHAT_TURN = re.compile(r"(?m)^[ \t]*(?P<speaker>[^\n:\uff1a]{1,40}?)[ \t]*[:\uff1a][ \t]*(?=\S)")
#: Another field's label after a column's run of blanks: a form's or a log's row holds it
#: ("Asset: LT-0277   Condition: scratched"), a chat's turn does not.
ROW_FIELD = re.compile(r"(?: {2,}|\t)[^\W\d_][\w.'/-]*(?: [\w.'/-]+){0,2}[ \t]?[:\uff1a](?:\s|$)")


#: Georgian's everyday letters (Mkhedruli): Unicode gives them capitals (Mtavruli), but
#: Georgian text writes names and sentences alike in the small ones, so they tell no name.
_GEORGIAN = re.compile(r"[\u10d0-\u10ff]")


def cased(word: str) -> bool:
    """Whether a word starts with a letter of a script that has capitals (Latin, Cyrillic,
    Greek, Armenian): there a name is told by its capital; in Arabic, Hebrew, Georgian, Indic
    or CJK scripts, which have none in use, by other cues."""
    return (word[0].isupper() or word[0].islower()) and not _GEORGIAN.match(word)


def value_shape(value: str) -> str:
    """A value's letters and digits as classes, its blanks, dots and dashes left out: "J8369854"
    -> "A9999999", "K7-2291" -> "A99999". Two values of one shape are two of a kind (an ID told
    after another, a code's new value after its old one)."""
    return re.sub(r"\d", "9", re.sub(r"[A-Za-z]", "A", re.sub(r"[ .\-]", "", value)))


def line_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the line holding `at` starts and ends."""
    return text.rfind("\n", 0, at) + 1, line_end(text, at)


def line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends (its newline, or the text's end)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


class Spans:
    """Many (start, end) spans, asked whether any overlaps a range in logarithmic time: a
    screen of thousands of findings would otherwise compare every candidate with every finding.
    Sorted by start, a range [start, end) meets a span iff one of the spans that start before
    `end` reaches past `start`, and the furthest reach of each prefix is kept for that."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlap(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start


def delimited_header(text: str, at: int) -> bool:
    """Whether `at` is on a table's header row, cells a tab, a pipe or a semicolon parts, with
    the next row parted as often and no colon on it: "Name\tRole\tMobile" heads columns, "Role"
    is no name ("Name: Ana | Tel: 555 ..." rows are labelled records)."""
    start, end = line_bounds(text, at)
    if re.search(r"[:\uff1a=]", text[start:end]):
        return False
    below = text[end + 1 : line_end(text, end + 1)] if end < len(text) else ""
    return any(text.count(d, start, end) >= 2 and below.count(d) == text.count(d, start, end) for d in "\t|;")
