"""A patient and their next of kin in an HL7 v2 message.

Hospital systems pass patients between them as HL7 v2 segments, which integration engines,
interface logs and tickets show as text: "PID|1||00884172^^^MRN||BRENNAN^SIOBHAN^M||19790621|F
|||4 Quarry Row^^Dudley^^DY2 8NB". No word labels a value there; its place does. The standard
numbers the fields of a segment (split at "|") and the components of a field (split at "^"), and
each place holds one kind of personal data:

- PID-2, PID-3, PID-4 (the patient's identifiers: the first component of each repetition, split
  at "~"), PID-19 (social security number) and PID-20 (driving licence): NATIONAL_ID;
- PID-5 (the patient's name: family, given, middle) and PID-6 (mother's maiden name): NAME;
- PID-7 (date of birth, YYYYMMDD and perhaps a time): DOB;
- PID-11 (address: street, other, city, state, postcode): ADDRESS, its street and its postcode;
- PID-13 and PID-14 (home and work phone): PHONE;
- NK1-2 (the next of kin's name), NK1-4 (their address), NK1-5 (their phone) the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy.finding import Finding

#: A segment's start: its name and the field separator, at a line's start or after a space (a
#: log line that quotes a message: "ADT^A08 PID|1||...").
_SEGMENT = re.compile(r"(?:^|(?<=[\s\r]))(?P<name>PID|NK1)\|", re.MULTILINE)
_SEGMENT_END = re.compile(r"[\r\n]|\s(?=[A-Z][A-Z0-9]{2}\|)")
#: Which field of which segment holds what, and which of its components.
_IDS = "NATIONAL_ID"
_FIELDS: dict[str, dict[int, tuple[str, tuple[int, ...]]]] = {
    "PID": {
        2: (_IDS, (0,)),
        3: (_IDS, (0,)),
        4: (_IDS, (0,)),
        5: ("NAME", (0, 1, 2)),
        6: ("NAME", (0, 1)),
        7: ("DOB", (0,)),
        11: ("ADDRESS", (0, 4)),
        13: ("PHONE", (0,)),
        14: ("PHONE", (0,)),
        19: (_IDS, (0,)),
        20: (_IDS, (0,)),
    },
    "NK1": {2: ("NAME", (0, 1, 2)), 4: ("ADDRESS", (0, 4)), 5: ("PHONE", (0,))},
}
_DATE = re.compile(r"(?:19|20)\d{6}")
_PHONE = re.compile(r"\+?[\d ()\-]{7,}")


def find(text: str) -> Iterator[Finding]:
    """The personal values in the PID and NK1 segments of `text` (see the module)."""
    for segment in _SEGMENT.finditer(text):
        end = _SEGMENT_END.search(text, segment.end())
        stop = end.start() if end else len(text)
        places = _FIELDS[segment.group("name")]
        at = segment.end()
        for number, field in enumerate(text[segment.end() : stop].split("|"), start=1):
            if number in places:
                yield from _values(places[number], field, at)
            at += len(field) + 1


def _values(place: tuple[str, tuple[int, ...]], field: str, at: int) -> Iterator[Finding]:
    """The components of one field (each repetition of it) that hold personal data."""
    kind, wanted = place
    for repetition in field.split("~"):
        offset = at
        for index, component in enumerate(repetition.split("^")):
            value = component.strip()
            if index in wanted and _fits(kind, value):
                start = offset + component.find(value)
                value = value[:8] if kind == "DOB" else value
                yield Finding(kind, start, start + len(value), value)
            offset += len(component) + 1
        at += len(repetition) + 1


def _fits(kind: str, value: str) -> bool:
    """Whether a component holds a value of its kind, not an empty or a coded one."""
    if kind == "DOB":
        return _DATE.match(value) is not None
    if kind == "PHONE":
        return _PHONE.fullmatch(value) is not None
    if kind == _IDS:
        return len(value) >= 4 and any(c.isdigit() for c in value)
    return len(value) >= 2 and any(c.isalpha() for c in value)
