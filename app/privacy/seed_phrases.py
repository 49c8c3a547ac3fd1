"""A crypto wallet's recovery phrase by its words, with or without a label before it.

A recovery ("seed") phrase is the whole wallet: whoever reads it owns the coins. People paste
it into chats and support forms without a "Seed:" before it ('He pasted his 12-word phrase:
"glove trophy sunset ..."'), so a label rule alone misses it. Its shape gives it away: 12 to 24
lower-case words in a row from one of BIP39's word lists of 2,048 words (`mnemonic`, Trezor's
reference code, ships the lists). Prose never runs that long inside one list: its small words
("the", "a", "of", "is", "and", "to") are in none of them. One word in twelve may be outside the
list, as a phrase typed from memory or made up for a form has one; the checksum is not asked
for, for the same reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from itertools import accumulate

from app.privacy.finding import Finding

#: BIP39's shortest phrase; the longest has 24 words.
_MIN_WORDS = 12
#: A phrase's word, and what may stand between two: spaces, commas, a line break, a number
#: before each word ("1. orbit 2. canyon", "1) orbit"), quotes.
_WORD = re.compile(r"(?<![\w'-])[a-zà-ÿ]{3,8}(?![\w'-])")
_BETWEEN = re.compile(r"[\s,;\"'\u201c\u201d]*(?:\d{1,2}[.):][ \t]*)?")
#: The word lists in Latin letters (the others are written without spaces or in other scripts).
_LANGUAGES = ("english", "spanish", "french", "italian", "portuguese", "czech")


@cache
def _word_lists() -> tuple[frozenset[str], ...]:
    from mnemonic import Mnemonic

    # (the lists are written decomposed, as BIP39 normalises: "engan\u0303o"; screens compose)
    return tuple(
        frozenset(unicodedata.normalize("NFC", word) for word in Mnemonic(language).wordlist)
        for language in _LANGUAGES
    )


def find(text: str) -> Iterator[Finding]:
    """Runs of at least 12 words of one list, all but one in twelve in it."""
    if len(text) < _MIN_WORDS * 4:
        return
    run: list[re.Match[str]] = []
    for m in _WORD.finditer(text):
        if run and _BETWEEN.fullmatch(text, run[-1].end(), m.start()) is None:
            yield from _phrase(text, run)
            run = []
        run.append(m)
    yield from _phrase(text, run)


def _phrase(text: str, run: list[re.Match[str]]) -> Iterator[Finding]:
    """The run's first stretch of 24, 21, 18, 15 or 12 words (a phrase's lengths) from one list,
    all but one in twelve in it and none of prose's small words."""
    if len(run) < _MIN_WORDS:
        return
    words = [m.group() for m in run]
    prose = list(accumulate((w in _FUNCTION_WORDS for w in words), initial=0))
    for listed in _word_lists():
        missed = list(accumulate((w not in listed for w in words), initial=0))
        for first in range(len(words) - _MIN_WORDS + 1):
            for count in _LENGTHS:
                last = first + count
                if (
                    last <= len(words)
                    and missed[last] - missed[first] <= count // _MIN_WORDS
                    and prose[last] == prose[first]
                ):
                    # and the listed words after it: the phrase, where a word before it is listed too
                    while last < len(words) and last - first < max(_LENGTHS) and words[last] in listed:
                        last += 1
                    start, end = run[first].start(), run[last - 1].end()
                    yield Finding("SECRET", start, end, text[start:end])
                    return


#: A phrase's lengths, the longest first.
_LENGTHS = (24, 21, 18, 15, 12)
#: Prose's small words, which no word list holds: one among listed words makes them a sentence
#: ("we can all agree that this time people will come and find water now").
_FUNCTION_WORDS = frozenset(
    """
    and the of to is in it for on with as was be at by or but not are we my his her our their its
    i a an he she they you were has had this that
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
