"""Text that OCR misread: digits inside words, letters inside numbers.

A scanned form's OCR reads "Patient:" as "Pat1ent:", "DOB:" as "D0B:", "Morrison" as
"M0rrison" and a date "21/07/1988" as "2I/O7/1988". The labels no longer match the label table,
so the value after them is missed, though a person reads them at once. Here the text is read
again with the usual misreadings turned back, character for character (0 for O, 1 for I or l,
5 for S, 8 for B inside a word; O, I, l, S, B for their digits inside a date or a number such
as a phone's, "O7946 2I8 562"), so every offset
stays where it was, and the label, name, ID and birth-date detectors run on that reading. What
they find is reported as the screen wrote it ("M0rrison"), since that is what must be hidden.

A word is read as misread only where letters outnumber its digits two to one and no two digits
stand together ("h0lder", "Pas5enger"): codes mix them more evenly ("B41", "32K", "LR21") and
numbers come in runs ("15-minute", "h264"); such words stay as they are. Only the lines OCR
misread are read again.
"""

# ruff: noqa: RUF001, RUF003  (Cyrillic letters OCR reads for digits on a Cyrillic page)
from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import birthdates, labelled, names, national_ids
from app.privacy.finding import Finding

#: A word with letters and some of the digits OCR reads for letters.
_MIXED_WORD = re.compile(r"(?<![\w@./])(?=[\w'-]*[^\W\d_])(?=[\w'-]*[0158])[\w'-]{2,}(?![\w@])")
#: A date with letters read for some of its digits ("2I/O7/1988", "O3.12.l975"; on a Cyrillic
#: page, Cyrillic's "О", and its "З" for a 3: "27.О8.1974", "2З.О4.1988").
#: The letters OCR reads for digits (the digits they stand for: `_TO_DIGIT`).
_LOOKALIKES = "OoIlSBОоЗ"
_MISREAD_DATE = re.compile(
    rf"(?<![\w./-])(?=[\d{_LOOKALIKES}/.\-]*[{_LOOKALIKES}])"
    rf"[\d{_LOOKALIKES}]{{1,2}}[/.\-][\d{_LOOKALIKES}]{{1,2}}[/.\-][\d{_LOOKALIKES}]{{2,4}}(?![\w/-])"
)
#: A number with letters read for some of its digits ("O7946 2I8 562", "07SO2 577784"): groups
#: of digits and the letters OCR reads for them, one blank apart (`_misread_number` says whether
#: the run is one: matched with no lookahead or nested choice, a long run of digits costs its
#: length once).
_MISREAD_NUMBER = re.compile(r"(?<![\w./-])\+?[\dOoIlSB]+(?: [\dOoIlSB]+){0,4}(?![\w/-])")
_MIN_NUMBER_DIGITS = 9
_DIGIT_RUN = re.compile(r"\d\d")
_SHORT_CODE_LENGTH = 3
_OUTWARD_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?")
_INWARD_POSTCODE = re.compile(r" \d[A-Z]{2}\b")
_APART = re.compile(r"(?<![^\W\d_])\d(?![^\W\d_])")
_TO_LETTER_UPPER = str.maketrans("0158", "OISB")
_TO_LETTER_LOWER = str.maketrans("0158", "oisb")
_TO_DIGIT = str.maketrans(_LOOKALIKES, "001158003")
_MIN_LETTERS_PER_DIGIT = 2
#: "N0." and "n0:" are "No." with a zero, "0f" is "of" ("Date 0f Birth"): too short for the
#: ratio, too common in labels to miss.
_NUMBER_WORD = re.compile(r"(?<!\w)[Nn]0(?=[.:])")
_SHORT_WORDS = {
    **{"0f": "of", "0F": "OF", "0n": "on", "0r": "or", "t0": "to", "T0": "TO", "1n": "in"},
    # a phone's label, whose "l" OCR reads as "1" ("Te1:"), and a birth date's ("D.0.B:")
    **{"Te1": "Tel", "TE1": "TEL", "te1": "tel", "D.0.B": "D.O.B", "d.0.b": "d.o.b"},
}
_SHORT_WORD = re.compile(rf"(?<![\w@./-])(?:{'|'.join(map(re.escape, _SHORT_WORDS))})(?![\w@/-])")


def find(text: str) -> Iterator[Finding]:
    """What the detectors find in the text read without OCR's misreadings, as the text wrote
    it; nothing where OCR misread nothing."""
    reading = corrected(text)
    if reading == text:
        return
    # only the lines OCR misread: the detectors are the screen's costliest part
    start = 0
    for line, read in zip(text.split("\n"), reading.split("\n"), strict=True):
        if read != line:
            for detector in (labelled.find, names.find, national_ids.find, birthdates.find):
                for f in detector(read):
                    yield Finding(f.kind, start + f.start, start + f.end, line[f.start : f.end])
        start += len(line) + 1


def _misread_number(run: str) -> bool:
    """Whether a run of digit groups is a number OCR read letters into: nine characters or more,
    a digit in each group and a letter among them."""
    groups = run.lstrip("+").split(" ")
    return (
        sum(len(g) for g in groups) >= _MIN_NUMBER_DIGITS
        and all(any(c.isdigit() for c in g) for g in groups)
        and any(c in "OoIlSB" for c in run)
    )


def corrected(text: str) -> str:
    """`text` with the misread characters of its words and dates turned back, same length."""
    chars = list(text)
    for m in _MIXED_WORD.finditer(text):
        word = m.group()
        letters = sum(c.isalpha() for c in word)
        digits = sum(c.isdigit() for c in word)
        # one digit at a time among letters: "15-minute", "10am", "h264" hold numbers, and a
        # digit set apart by a hyphen is a code's ("EU-1", "A-4")
        if letters < _MIN_LETTERS_PER_DIGIT * digits or _DIGIT_RUN.search(word) or _APART.search(word):
            continue
        # three characters in capitals ending in their digit are a code: an airline's segment
        # status ("HK1"), a seat's or a grid's ("AB1")
        if len(word) == _SHORT_CODE_LENGTH and word[-1].isdigit() and word[:-1].isupper():
            continue
        # a British postcode's first half holds its digit by right ("EC1A 4HD", "SW1A 2AA")
        if _OUTWARD_POSTCODE.fullmatch(word) and _INWARD_POSTCODE.match(text, m.end()):
            continue
        upper = sum(c.isupper() for c in word) > letters / 2
        fixed = word.translate(_TO_LETTER_UPPER if upper else _TO_LETTER_LOWER)
        # a word's first letter keeps its capital ("Pat1ent" -> "Patient", "0KAFOR" -> "OKAFOR")
        if word[0].isdigit() and not upper:
            fixed = fixed[0].upper() + fixed[1:]
        chars[m.start() : m.end()] = fixed
    for m in _NUMBER_WORD.finditer(text):
        chars[m.start() + 1] = "o"
    for m in _SHORT_WORD.finditer(text):
        chars[m.start() : m.end()] = _SHORT_WORDS[m.group()]
    for m in _MISREAD_DATE.finditer(text):
        chars[m.start() : m.end()] = m.group().translate(_TO_DIGIT)
    for m in _MISREAD_NUMBER.finditer(text):
        if _misread_number(m.group()):
            chars[m.start() : m.end()] = m.group().translate(_TO_DIGIT)
    return "".join(chars)
