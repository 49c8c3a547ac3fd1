"""A table's column of names: a cell shaped as a name, in a column whose other cells were
found as people's names.

A roster, a register or a score sheet lists its people one to a row, in one column; the name
rules find most of them by the lists, but a name the lists do not know ("Shaz Begum") stands in
the same column, in the same shape. Where two cells or more of a column (of a table split by
tabs or bars, three rows or more) were found whole as names, and they fill most of the column's
cells that hold letters, the column's other cells of two or three capitalised words are names
too, on a row that holds a person's other data (a phone, an e-mail address, a birth date, an
ID): a column of teams or products, which a name rule may have misread twice, has none. A cell
with a label's, an everyday word's or a group's word is no name either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import names
from app.privacy.finding import Finding, line_bounds

_DELIMITERS = ("\t", "|")
_MIN_ROWS = 3
_MIN_FOUND = 2
#: Two or three capitalised words (a hyphen or an apostrophe inside one), Latin, Greek or Cyrillic.
_NAME_CELL = re.compile(rf"(?:{names.WORD_OF_A_NAME})(?:[ \t]+(?:{names.WORD_OF_A_NAME})){{1,2}}")


#: What makes a row a person's besides the name.
_PERSONAL_KINDS = frozenset({"PHONE", "EMAIL", "DOB", "NATIONAL_ID", "ADDRESS", "CARD", "IBAN", "SECRET"})


def find(text: str, found: list[Finding]) -> Iterator[Finding]:
    named = {(f.start, f.end) for f in found if f.kind == "NAME"}
    if len(named) < _MIN_FOUND:
        return
    personal = sorted(f.start for f in found if f.kind in _PERSONAL_KINDS)
    for delimiter in _DELIMITERS:
        if delimiter in text:
            for block in _blocks(text, delimiter):
                for name in _column_names(block, named):
                    line_start, line_end = line_bounds(text, name.start)
                    if any(line_start <= at < line_end for at in personal):
                        yield name


def _blocks(text: str, delimiter: str) -> Iterator[list[list[tuple[int, int, str]]]]:
    """Runs of three lines or more that split into the same number of cells by `delimiter`,
    each cell as its stripped span and text."""
    block: list[list[tuple[int, int, str]]] = []
    width = 0
    at = 0
    for line in text.split("\n"):
        count = line.count(delimiter)
        if count and count == width:
            block.append(_cells(line, at, delimiter))
        else:
            if len(block) >= _MIN_ROWS:
                yield block
            block = [_cells(line, at, delimiter)] if count else []
            width = count
        at += len(line) + 1
    if len(block) >= _MIN_ROWS:
        yield block


def _cells(line: str, at: int, delimiter: str) -> list[tuple[int, int, str]]:
    cells = []
    start = 0
    for part in line.split(delimiter):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append((at + start + lead, at + start + lead + len(stripped), stripped))
        start += len(part) + 1
    return cells


def _column_names(block: list[list[tuple[int, int, str]]], named: set[tuple[int, int]]) -> Iterator[Finding]:
    for column in range(len(block[0])):
        cells = [row[column] for row in block]
        lettered = [cell for cell in cells if any(c.isalpha() for c in cell[2])]
        found = [cell for cell in lettered if (cell[0], cell[1]) in named]
        if len(found) < _MIN_FOUND or 2 * len(found) < len(lettered) - 1:
            continue
        for start, end, value in lettered:
            if (start, end) not in named and _NAME_CELL.fullmatch(value) and _names_words(value):
                yield Finding("NAME", start, end, value)


def _names_words(value: str) -> bool:
    """No word of the cell is a label's, an everyday word, a group's or no one's."""
    return not any(
        folded in names.COMMON_WORDS
        or folded in names.NOT_A_NAME
        or folded in names.GROUP_WORDS
        or names.label_word(folded)
        for folded in (word.lower() for word in value.split())
    )
