"""The words that announce personal data, in 59 languages, read from data files.

Each held-out corpus lost most of its recall to languages the rules had never met: a regex per
language and kind grows without end and still misses the next language. So the vocabulary is
data (app/privacy/data/labels.txt for field labels, greetings.txt for salutations and
honorifics, streets.txt for street and unit words, each saying where it comes from) and the
detectors compile it once into patterns. A Latin label is read without its accents too, as a
settings key, a CSV header or a URL's query writes it in ASCII ("ugyfel", "prijmeni"). A
pattern is built as a trie (words sharing a prefix share one branch), so a thousand
alternatives cost the regex engine about what ten do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"

#: What each label column announces; None: a label that is no personal value alone (a city),
#: still a label, so a name's words stop at it.
CONCEPT_KINDS: dict[str, str | None] = {
    "name": "NAME",
    "first_name": "NAME",
    "last_name": "NAME",
    "customer": "NAME",
    "applicant": "NAME",
    "patient": "NAME",
    "recipient": "NAME",
    "sender": "NAME",
    "address": "ADDRESS",
    "street": "ADDRESS",
    "postcode": "POSTCODE",
    "city": None,
    "date_of_birth": "DOB",
    "born": "DOB",
    "password": "SECRET",
    "username": "LOGIN",
    "login": "LOGIN",
    "phone": "PHONE",
    "mobile": "PHONE",
    "email": "EMAIL",
    "id_number": "NATIONAL_ID",
}

#: Scripts written without spaces between words (Thai, Burmese, Khmer, Chinese, Japanese):
#: their words are found without word boundaries, since the next word follows with no space.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")
#: The vowel signs of Indic scripts are no word characters to `re`, yet are inside words.
_MARK = r"[\u0900-\u0dff]"


@dataclass(frozen=True)
class Vocabulary:
    """Lower-case words by what they announce (street words by language: some languages put
    theirs before the name, "ул. Садовая", others after it, "Baker Street")."""

    labels: dict[str, frozenset[str]]
    languages: frozenset[str]
    greetings: frozenset[str]
    honorifics: frozenset[str]
    streets: dict[str, frozenset[str]]
    units: frozenset[str]

    def label_words(self, kind: str | None = None) -> frozenset[str]:
        """Every label of concepts announcing `kind` (all labels when None)."""
        return frozenset(
            word
            for concept, words in self.labels.items()
            if kind is None or CONCEPT_KINDS[concept] == kind
            for word in words
        )


def _rows(name: str) -> list[list[frozenset[str]]]:
    rows = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(
            [frozenset(w.strip().lower() for w in cell.split("|") if w.strip()) for cell in line.split(";")]
        )
    return rows


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The tables, read once."""
    label_rows = _rows("labels.txt")
    columns = [next(iter(cell)) for cell in label_rows[0][1:]]
    if set(columns) != set(CONCEPT_KINDS):
        raise ValueError(f"labels.txt columns {columns} differ from {sorted(CONCEPT_KINDS)}")
    labels: dict[str, set[str]] = {concept: set() for concept in columns}
    languages: set[str] = set()
    for row in label_rows[1:]:
        languages |= row[0]
        for concept, cell in zip(columns, row[1:], strict=True):
            labels[concept] |= cell | {folded for word in cell if (folded := _unaccented(word))}
    greeting_rows = _rows("greetings.txt")
    street_rows = _rows("streets.txt")
    return Vocabulary(
        labels={concept: frozenset(words) for concept, words in labels.items()},
        languages=frozenset(languages),
        greetings=frozenset(w for row in greeting_rows for w in row[1]),
        honorifics=frozenset(w for row in greeting_rows if len(row) > 2 for w in row[2]),
        streets={next(iter(row[0])): row[1] for row in street_rows},
        units=frozenset(w for row in street_rows if len(row) > 2 for w in row[2]),
    )


#: The shortest label, and the shortest word in it, read without accents: "cím" and "név"
#: unaccented are "cim" and "nev", and French's "né le" is "ne le", too short to tell from other
#: words.
_UNACCENTED_MIN = 5
_UNACCENTED_WORD_MIN = 3


def _unaccented(word: str) -> str | None:
    """A Latin label without its accents, as a settings key or a CSV header writes it in ASCII
    ("lakcim", "prenom", "telefono", "dogum tarihi"); None where it has none, where it is not
    Latin all through (Greek, Cyrillic, Vietnamese's "đ") or where it is too short."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    if plain == word or not plain.isascii() or len(plain) < _UNACCENTED_MIN:
        return None
    if any(len(part) < _UNACCENTED_WORD_MIN for part in re.split(r"[ \-/.,]+", plain) if part):
        return None
    return plain


#: What a word's space or hyphen becomes in a regex: any run of blanks, or a hyphen; and, for
#: labels that may be a settings key's words, either one or "_".
_JOINTS = {False: {" ": r"[ \t]+", "-": r"\-"}, True: {" ": r"(?:[ \t]+|[_\-])", "-": r"[ \t_\-]"}}


def _trie(words: Iterable[str], keys: bool = False) -> str:
    """A regex matching any of the words, longest first, built as a prefix tree."""
    joints = _JOINTS[keys]
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [
            joints.get(char, re.escape(char)) + emit(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return emit(root)


def words_pattern(words: Iterable[str], keys: bool = False) -> str:
    """A case-insensitive regex for any of the words: words of spaced scripts must stand
    alone (no letter either side), words of unspaced scripts may touch the next word. With
    `keys`, a word's space or hyphen may also be a settings key's "_" ("дата_народження")."""
    words = set(words)
    spaced = {w for w in words if not _UNSPACED.search(w)}
    unspaced = words - spaced
    parts = []
    if spaced:
        parts.append(rf"(?<![^\W_]|{_MARK})(?:{_trie(spaced, keys)})(?![^\W\d_]|{_MARK})")
    if unspaced:
        parts.append(f"(?:{_trie(unspaced, keys)})")
    return "(?i:" + "|".join(parts) + ")"
