"""People's names by a learned sequence tagger (a CRF), beside the hand-written rules.

The rules in names.py catch a name by a cue someone wrote down; on text by a writer they never
saw they miss the cues nobody listed (issue 16: 0.79-0.84 of names). A conditional random field
trained on the labelled corpora (tests/privacy) learns the contexts instead, from features that
carry over between writers and languages: a word's shape, script and affixes, whether the name
lists know it, the punctuation around it, its neighbours' same features, and whether its line
holds an e-mail address or a phone-like number. Each line is tagged apart (screen text is
lines); a token is part of a name where the model's marginal probability that it is one
reaches THRESHOLD, so one uncertain word does not make the whole sequence's best guess.

An experiment, not part of the app: on splits it never saw it found no more names on one of
two (bench/privacy_tagger.py, bench/results/privacy-tagger-2026-12-02.json), and half of what it
added on real package text was not a person, so the scrubber does not use it and python-crfsuite
is no dependency (`pip install python-crfsuite` to rerun the bench).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.privacy import names
from app.privacy.finding import Finding

#: Chosen by cross-validation over the training splits (bench/privacy_tagger.py): the lowest
#: marginal probability at which the tagger marks at most 0.5% of those splits' clean lines;
#: none of 0.3..0.95 did, so the strictest tried.
THRESHOLD = 0.95

# A Chinese or Japanese character is a token of its own (their names are not set off by
# spaces); a word keeps its inner apostrophes and hyphens ("O'Neil", "Jean-Luc") and the
# combining vowel signs of Indic and Thai scripts, which Python does not count as letters.
_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e00-\u0e7f])"
_TOKEN = re.compile(rf"[\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff]|{_LETTER}+(?:['\u2019\-]{_LETTER}+)*|\d+|\S")
_LINE = re.compile(r"[^\n]+")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+\.\w")
_PHONE = re.compile(r"\d(?:[ \-().]?\d){6,}")
_SCRIPTS = (
    ("cjk", 0x3040, 0x9FFF),
    ("hangul", 0xAC00, 0xD7AF),
    ("cyrillic", 0x0400, 0x04FF),
    ("greek", 0x0370, 0x03FF),
    ("hebrew", 0x0590, 0x05FF),
    ("arabic", 0x0600, 0x06FF),
    ("devanagari", 0x0900, 0x097F),
    ("indic", 0x0980, 0x0DFF),
    ("thai", 0x0E00, 0x0E7F),
    ("latin", 0x0041, 0x024F),
    ("vietnamese", 0x1E00, 0x1EFF),
)
_LABELS = ("B", "I")


def _script(word: str) -> str:
    code = ord(word[0])
    return next((name for name, low, high in _SCRIPTS if low <= code <= high), "other")


def _shape(word: str) -> str:
    """'Xx' for "Maria", 'X' for "M", 'XX' for "NASA", 'x' for "maria", 'd' for digits,
    'p' for punctuation, 'mixed' for "McKay" or "iPhone"."""
    if word.isdigit():
        return "d"
    if not any(c.isalpha() for c in word):
        return "p"
    if word.isupper():
        return "X" if len(word) == 1 else "XX"
    if word.islower():
        return "x"
    if word[0].isupper() and word[1:].islower():
        return "Xx"
    return "mixed"


@lru_cache(maxsize=1 << 16)
def _word_features(word: str, offset: int = 0) -> dict[str, Any]:
    """A word's features, keyed by where it stands from the token tagged (0: the token itself);
    cached, since a screen repeats its words and building these dicts is most of the time."""
    folded = word.lower()
    own = {
        "w": folded,
        "shape": _shape(word),
        "script": _script(word),
        "first": folded in names.first_names(),
        "surname": folded in names.surnames(),
        "not_name": folded in names.NOT_A_NAME,
        "particle": names.particle(word),
        "len": min(len(word), 8),
    }
    if offset:
        return {f"{offset}:{key}": value for key, value in own.items()}
    return {**own, "pre2": folded[:2], "pre3": folded[:3], "suf2": folded[-2:], "suf3": folded[-3:]}


def _tokens(line: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(line))


def _features(line: str, tokens: list[re.Match[str]]) -> list[dict[str, Any]]:
    """Each token's own features, the characters right around it, and its neighbours' (+-2)."""
    words = [t.group() for t in tokens]
    line_has = {"line_email": bool(_EMAIL.search(line)), "line_phone": bool(_PHONE.search(line))}
    rows = []
    for i, token in enumerate(tokens):
        before = line[token.start() - 1] if token.start() else "^"
        after = line[token.end()] if token.end() < len(line) else "$"
        row: dict[str, Any] = {
            "bias": 1.0,
            **_word_features(words[i]),
            "before": before if not before.isalnum() else "a",
            "after": after if not after.isalnum() else "a",
            "line_start": i == 0,
            "line_end": i == len(tokens) - 1,
            **line_has,
        }
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(tokens):
                row.update(_word_features(words[j], offset))
            else:
                row[f"{offset}:edge"] = True
        rows.append(row)
    return rows


class NameTagger:
    """A trained model and the probability at which its guess counts as a name."""

    def __init__(self, model: Path, threshold: float = THRESHOLD) -> None:
        import pycrfsuite  # an optional heavy dependency: loaded where a tagger is wanted

        self.threshold = threshold
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model))
        except (OSError, ValueError) as error:
            raise ValueError(
                f"{model}: not a name tagger model ({error}); retrain it with "
                "python -m app.privacy.tagger --train"
            ) from error
        if set(self._tagger.labels()) != {"O", *(f"{b}-NAME" for b in _LABELS)}:
            raise ValueError(f"{model}: its labels {self._tagger.labels()} are not a name tagger's")

    def find(self, text: str) -> Iterator[Finding]:
        for line in _LINE.finditer(text):
            for start, end in self._spans(line.group()):
                value = line.group()[start:end]
                yield Finding("NAME", line.start() + start, line.start() + end, value)

    def probabilities(self, line: str) -> list[tuple[re.Match[str], float, float]]:
        """Per token: its match, P(it begins a name), P(it continues one)."""
        tokens = _tokens(line)
        if not tokens:
            return []
        self._tagger.set(_features(line, tokens))
        return [
            (token, self._tagger.marginal("B-NAME", i), self._tagger.marginal("I-NAME", i))
            for i, token in enumerate(tokens)
        ]

    def _spans(self, line: str) -> Iterator[tuple[int, int]]:
        return spans(self.probabilities(line), self.threshold)


def spans(
    probabilities: list[tuple[re.Match[str], float, float]], threshold: float
) -> Iterator[tuple[int, int]]:
    """Runs of tokens whose probability of being in a name reaches threshold; a token more
    likely to begin a name than to continue one starts a new run ("Ana, Lee" as two names)."""
    span: list[re.Match[str]] = []
    for token, begins, continues in probabilities:
        named = begins + continues >= threshold
        if span and (not named or begins > continues):
            yield from _trimmed(span)
            span = []
        if named:
            span.append(token)
    yield from _trimmed(span)


def _trimmed(span: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """A span without the punctuation at its ends ("Okafor, Chidi," gives "Okafor, Chidi")."""
    words = [t for t in span if any(c.isalpha() for c in t.group())]
    if words:
        yield words[0].start(), words[-1].end()


def labelled_lines(rows: Iterable[dict[str, Any]]) -> Iterator[tuple[str, list[re.Match[str]], list[str]]]:
    """Each corpus line, its tokens and their labels: B-NAME/I-NAME on the tokens a NAME value
    covers (every copy of the value in the line), O elsewhere."""
    for row in rows:
        for line in _LINE.finditer(row["text"]):
            text = line.group()
            tokens = _tokens(text)
            if not tokens:
                continue
            labels = ["O"] * len(tokens)
            for item in row["pii"]:
                if item["kind"] != "NAME" or not item["value"]:
                    continue
                at = text.find(item["value"])
                while at >= 0:
                    inside = [
                        i
                        for i, t in enumerate(tokens)
                        if at <= t.start() and t.end() <= at + len(item["value"])
                    ]
                    for n, i in enumerate(inside):
                        labels[i] = "B-NAME" if n == 0 else "I-NAME"
                    at = text.find(item["value"], at + 1)
            yield text, tokens, labels


def train(rows: Iterable[dict[str, Any]], out: Path) -> Path:
    """Fit a model on labelled corpus rows ({"text", "pii": [{"kind", "value"}]}) into out.
    L1 weight keeps only features that matter, so the model stays small."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for text, tokens, labels in labelled_lines(rows):
        trainer.append(_features(text, tokens), labels)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return out
