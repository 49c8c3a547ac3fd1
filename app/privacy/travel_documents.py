"""A passenger's travel document as an airline's booking writes it.

An airline's SSR DOCS element (IATA's Advance Passenger Information) carries a passenger's
passport number, birth date and names in fixed fields, with no label a person would write:
"SSR DOCS BA HK1 P/GBR/548812093/GBR/03JUL79/F/22AUG31/HALLORAN/NIAMH/MS", or "DOCS/P/..." in a
booking's history. The fields are read by their place: document type, issuing state, number,
nationality, birth date, sex, expiry, surname, given names. A booking's name elements list its
passengers the same way, numbered, surname and given name with the title glued on ("1.1OKAFOR/
CHIDIMR 2.1OKAFOR/ADAEZE MRS"). (A passport's machine-readable zone is read by `national_ids`
and `names`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy.finding import Finding

_DOCS = re.compile(
    # (the number may be masked, as a check-in log shows it: "P/GBR/*****3704/GBR/12AUG84/...")
    r"\bDOCS\b[^\n/]{0,24}?/?(?:[PIAC]|IP|AC)/[A-Z]{3}/(?P<number>[A-Z0-9*]{5,15})/[A-Z]{3}/"
    r"(?P<born>\d{2}[A-Z]{3}\d{2,4})/[MFUX]I?/(?:\d{2}[A-Z]{3}\d{2,4})?/"
    r"(?P<surname>[A-Z][A-Z' \-]*)/(?P<given>[A-Z][A-Z'\-]*(?: [A-Z][A-Z'\-]*)*)"
)


#: A booking's name element: its number, surname, "/", given name and title.
_PNR_NAME = re.compile(
    r"(?<![\w.])\d{1,2}\.\d(?P<surname>[A-Z][A-Z'\-]+)/(?P<given>[A-Z][A-Z'\-]*?)"
    r"[ \t]?(?:MRS|MR|MS|MISS|MSTR|DR|CHD|INF)?(?![A-Z'\-])"
)


def find(text: str) -> Iterator[Finding]:
    """The passengers' document numbers, birth dates and names (see the module)."""
    for m in _DOCS.finditer(text):
        if "*" not in m.group("number"):
            yield Finding("NATIONAL_ID", m.start("number"), m.end("number"), m.group("number"))
        yield Finding("DOB", m.start("born"), m.end("born"), m.group("born"))
        for group in ("surname", "given"):
            yield Finding("NAME", m.start(group), m.end(group), m.group(group))
    for m in _PNR_NAME.finditer(text):
        for group in ("surname", "given"):
            yield Finding("NAME", m.start(group), m.end(group), m.group(group))
