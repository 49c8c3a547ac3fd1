"""Long lines read in pieces, so that the scrubber's time grows with a text's length, not its square.

Many detectors read a value's whole line (its cues, its labels, whether it is about public
life), so one pathological line (a mailing list's thousand names on a To: line, a spreadsheet
row pasted as text, a minified script) cost minutes: 34,000 characters of comma-separated names
took more than a minute before. Screen and corpus lines are far shorter (the longest in every
corpus is 229 characters), so a line longer than `LONGEST_LINE` gets line breaks inserted where
a person would break it (after a sentence, after a comma, between words that are not one
name), the detectors read the folded text, and `unfolded` maps their findings back.

A run with no space or comma is broken only past `LONGEST_WORD` characters: a key, a token or
a certificate in one piece keeps its cue ("API_TOKEN=") with all of it.

A word is the other shape whose cost grew with its square: a run of capitals ("OOO…", "AbAbAb…",
"Ж-Щ-Ю…") makes every pattern that reads a capitalised name try one at each of its capitals and
run to the run's end (40,000 capitals took 158 s). No name, label or cue is a run of letters
longer than `LONGEST_CASED_RUN`, so `lowered` reads such a run in lower case, where no name
starts, before the detectors see it; the findings' values are taken back from the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from app.privacy.finding import Finding, line_end
from app.privacy.vocabulary import vocabulary

LONGEST_LINE = 400
LONGEST_WORD = 4_096
#: Far longer than any word of a cased script ("Rindfleischetikettierungsüberwachungs…" is 63)
LONGEST_CASED_RUN = 100

#: Letters, with the hyphens and apostrophes a name joins its parts with: a run of a cased
#: script's is lowered, a run that holds a script without case (Thai and Chinese write whole
#: sentences without a space) is not.
_CASED_RUN = re.compile(rf"(?:[^\W\d_]|['\u2019-]){{{LONGEST_CASED_RUN + 1},}}")

#: Where a line may break: after a comma (with or without a space, as minified data writes it)
#: or a run of spaces.
_GAP = re.compile(r",[ \t]*|[ \t]+")
_SENTENCE_END = ".!?;:"


def folded(text: str) -> tuple[str, list[int]]:
    """The text with a line break inserted in every line longer than `LONGEST_LINE`, and where
    those breaks stand in the folded text (sorted), for `unfolded`."""
    if max(map(len, text.split("\n"))) <= LONGEST_LINE:
        return text, []
    pieces: list[str] = []
    breaks: list[int] = []
    size = 0
    start = 0
    while start < len(text):
        end = line_end(text, start)
        while end - start > LONGEST_LINE and (cut := _break_in(text, start, end)) < end:
            pieces += [text[start:cut], "\n"]
            size += cut - start
            breaks.append(size)
            size += 1
            start = cut
        pieces.append(text[start : end + 1])
        size += end + 1 - start
        start = end + 1
    return "".join(pieces), breaks


def lowered(text: str) -> str:
    """The text with every run longer than `LONGEST_CASED_RUN` that holds a capital in lower case,
    letter for letter, so that every finding still points at its value in `text`."""
    return _CASED_RUN.sub(_lower_run, text) if len(text) > LONGEST_CASED_RUN else text


def _lower_run(run: re.Match[str]) -> str:
    word = run.group()
    # Thai or Chinese beside it may hold a Latin name without a space ("ติดต่อคุณJohnที่…")
    if not any(c.isupper() for c in word) or any(
        c.isalpha() and not (c.isupper() or c.islower()) for c in word
    ):
        return word
    # "İ" lowers to two characters: a letter whose lower case is longer stays as it is
    return "".join(low if len(low := c.lower()) == 1 else c for c in word)


def unfolded(found: Iterable[Finding], text: str, breaks: list[int]) -> tuple[Finding, ...]:
    """Findings in `folded(text)` placed back in `text`: a break inside one is taken back out."""
    return tuple(
        Finding(f.kind, start, end, text[start:end])
        for f in found
        if (start := f.start - bisect_left(breaks, f.start)) < (end := f.end - bisect_left(breaks, f.end))
    )


def _break_in(text: str, start: int, end: int) -> int:
    """Where to break the line that runs from `start` to `end`: the last, best gap in the
    second half of `LONGEST_LINE`; without one, the first gap after it; without one either, a
    cut `LONGEST_WORD` characters in."""
    best: tuple[int, int] | None = None
    for gap in _GAP.finditer(text, start + LONGEST_LINE // 2, start + LONGEST_LINE):
        rank = _rank(text, gap)
        if best is None or rank <= best[0]:
            best = (rank, gap.end())
    if best:
        return best[1]
    later = _GAP.search(text, start + LONGEST_LINE, min(end, start + LONGEST_WORD))
    return later.end() if later else min(end, start + LONGEST_WORD)


def _rank(text: str, gap: re.Match[str]) -> int:
    """How good a break the gap is, best first: after a sentence or a clause (not after a title
    or an initial: "Dear Mr. Okonkwo"), after a comma, between words that are not one name, and
    anywhere else."""
    word_start = max(text.rfind(" ", 0, gap.start()), text.rfind("\t", 0, gap.start())) + 1
    before = text[word_start : gap.start()]
    title = before.lower() in vocabulary().honorifics
    if before[-1:] in _SENTENCE_END and len(before) > 2 and not title and not gap.group().startswith(","):
        return 0
    if gap.group().startswith(","):
        return 1
    if not title and not (before[:1].isupper() and text[gap.end() : gap.end() + 1].isupper()):
        return 2
    return 3
