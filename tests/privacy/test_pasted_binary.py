"""A binary file pasted as text reaches the scrubber and comes back.

At 220efd3 a text that runs through the code points in turn did not come back within minutes:
in Latin Extended-A capitals and small letters take turns ("ĂăĄąĆć"), the name patterns' small
letters took that block's capitals too, and where such a run ended in a letter no name holds
("ſƀ") a pattern tried every way of splitting it into words before it gave up, twice as many
ways for each letter more. Both cases here failed then (they ran past the limit); each is run
in a process of its own so that a slow one fails instead of stalling the suite. The guards
check that the names those letters spell are still found.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.privacy.scrub import Scrubber

#: Far above what a scrub of these texts takes (well under a second); far below what it took.
_LIMIT_S = 120

_SCRUB_STDIN = (
    "import sys; from app.privacy.scrub import Scrubber; "
    "sys.stdout.buffer.write(Scrubber().scrub(sys.stdin.buffer.read().decode()).encode())"
)


def _scrubbed_apart(text: str) -> str:
    """The scrubbed text, from a process of its own (bytes both ways: a text pipe would turn the
    carriage returns among the code points into new lines)."""
    done = subprocess.run(
        [sys.executable, "-c", _SCRUB_STDIN],
        input=text.encode(),
        capture_output=True,
        timeout=_LIMIT_S,
        check=True,
    )
    return done.stdout.decode()


@pytest.mark.parametrize(
    "text",
    [
        # every code point from U+0001 on, as a binary file's bytes read as text
        "".join(chr(i % 0x3000 + 1) for i in range(3000)),
        # fifty of Latin Extended-A's letters, capitals and small taking turns, then a letter past it
        "".join(chr(c) for c in range(0x102, 0x136)) + "ƀ",
    ],
    ids=["code points in turn", "alternating capitals then a letter past them"],
)
def test_a_pasted_binary_comes_back_with_its_letters(text: str) -> None:
    scrubbed = _scrubbed_apart(text)
    assert "ĂăĄąĆćĈĉ" in scrubbed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patient: Łukasz Ćwikliński", "Łukasz Ćwikliński"),
        ("Kontakt: Đorđe Šćepanović, +381 64 123 4567", "Đorđe Šćepanović"),
        ("Dear Mr. Ŝtefan Ĉapek,", "Ŝtefan Ĉapek"),
    ],
)
def test_names_in_latin_extended_a_are_still_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)
