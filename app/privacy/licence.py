"""The holder of a driving licence in the EU's format, as OCR reads the card's face.

The EU card model (Directive 2006/126/EC, annex I) numbers its fields rather than labelling them
in words, so a scanned or photographed licence reads "1. WILLIAMSON 2. JAMES 3. 27.12.1970
UNITED KINGDOM ... 5. WILLI712270JM9AB" in every member state's language alike: field 1 the
surname, 2 the given names, 3 the date (then the place) of birth, 5 the licence's number. The
three first fields in their order, the third a date, make the card; OCR's misread letters in the
date ("14.O3.1979") and the number are kept as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy.finding import Finding

#: A field's words: letters, spaces, hyphens and apostrophes, up to the next field's number;
#: OCR reads a 0 or a 1 for an O or an I in them ("M0RGAN", "T0BY JAMES").
_LETTER = r"(?:[^\W\d_]|[01](?=[^\W\d_]))"
_WORDS = rf"{_LETTER}(?:{_LETTER}|[01])*(?:[ \t'\-]+{_LETTER}(?:{_LETTER}|[01])*){{0,3}}"
#: A date as the card prints it, with OCR's usual misreadings of digits (O for 0, l or I for 1).
_DATE = r"[\dOlI]{2}[./\-][\dOlI]{2}[./\-](?:[\dOlI]{4}|[\dOlI]{2})"
#: The fields on one line or one a line, as a scan's OCR gives them.
_CARD = re.compile(
    rf"(?<![\w.])1\.[ \t]+(?P<surname>{_WORDS})\s+2\.[ \t]+(?P<given>{_WORDS})\s+"
    rf"3\.[ \t]+(?P<born>{_DATE})(?![\w])"
)
#: Field 5, the licence's number, and field 8, the holder's address, after the first three.
_NUMBER = re.compile(r"(?<![\w.])5\.[ \t]+(?P<number>(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{6,20})(?!\w)")
_ADDRESS = re.compile(r"(?m)(?<![\w.])8\.[ \t]+(?P<address>\d[^\n]{5,80}?)[ \t]*$")
#: How far after the birth date the card's other fields are looked for.
_REST = 300


def find(text: str) -> Iterator[Finding]:
    """The holder's names, birth date, licence number and address on an EU licence's face."""
    for m in _CARD.finditer(text):
        yield Finding("NAME", m.start("surname"), m.end("surname"), m.group("surname"))
        yield Finding("NAME", m.start("given"), m.end("given"), m.group("given"))
        yield Finding("DOB", m.start("born"), m.end("born"), m.group("born"))
        for pattern, group, kind in ((_NUMBER, "number", "NATIONAL_ID"), (_ADDRESS, "address", "ADDRESS")):
            field = pattern.search(text, m.end(), min(len(text), m.end() + _REST))
            if field:
                yield Finding(kind, field.start(group), field.end(group), field.group(group))
