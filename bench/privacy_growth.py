"""How the scrubber's time grows with a text's length, on the shapes of text that cost most.

`python -m bench.privacy_growth [--out F] [--limit S]` scrubs each shape at two lengths (n and
2n characters) in this process, with the detectors' cache emptied, and prints the seconds, the
ratio of the two (2.0 where time grows with the length, 4.0 where it grows with its square) and
the microseconds per character. The reference is ordinary screen text: every tuning corpus's
lines joined into one text of the same lengths, whose rate each shape's is compared with.

The shapes are what a screen can hold that no corpus line does: one line of thousands of names
(a mailing list's To: field, a spreadsheet row pasted as text), one long word (a key, a minified
script, a run of capitals), and thousands of short lines that each hold one value (a log, an address book). A
scrub that takes longer than `--limit` seconds is cut and reported as null, so the bench also
measures code that would take minutes.
"""

from __future__ import annotations

import argparse
import itertools
import signal
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from app.privacy import scrub
from bench.privacy import load, publish

SHORT = 15_000

_NAMES = ("Anna", "Kofi", "Margit", "Ifeanyi Nwachukwu", "Lucía Fernández", "Oskar Berg")


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _joined(parts: tuple[str, ...], separator: str) -> Callable[[int], str]:
    def text(n: int) -> str:
        out = separator.join(itertools.islice(itertools.cycle(parts), n // 3))
        return out[:n]

    return text


def _ordinary(n: int) -> str:
    lines = "\n".join(row["text"] for row in load())
    return (lines * (n // len(lines) + 1))[:n]


SHAPES: dict[str, Callable[[int], str]] = {
    "ordinary screen text (reference)": _ordinary,
    "one line of comma-separated names": _joined(_NAMES, ", "),
    "one line of names and a phone": lambda n: _joined(_NAMES, " ")(n - 20) + " call 0161 496 0733",
    "one line of surname-first names": _repeat("Nwachukwu, Ifeanyi "),
    "one word of letters": _repeat("x"),
    "one word of capitals": _repeat("O"),
    "one word of capitalised words": _repeat("Oskar"),
    "one hyphenated word of Cyrillic capitals": _repeat("Ж-Щ-"),
    "one line of dotted letters": _repeat("a."),
    "one line of digits and spaces": _repeat("1 "),
    "one line of labels": _repeat("Name: "),
    "one line of backslashes": _repeat("CORP\\"),
    "one line of clauses": _repeat("the chef, "),
    "one line of odd characters": _repeat("a\x00B\u00e9 1.2.3.4 "),
    "a line per IP address": _repeat("host 10.1.2.3 up\n"),
    "a line per e-mail address": _repeat("From: jane.doe@example.org\n"),
    "a line per phone number": _repeat("Tel +44 20 7946 0958\n"),
    "a line per labelled name": _repeat("Name: Anna Berg\n"),
    "one line of user words": _repeat("user usuario "),
    "a line per copied chat turn": _repeat("Bill Nakamura  10:42 AM  ok\n"),
    "one line of declined name pairs": _repeat("Pawła Nowaka "),
    "a line per family chat turn in Devanagari": _repeat("मम्मी: क्या तुमने प्रिया से बात की?\n"),
    "a line per asked and answered turn": _repeat(
        "Agent: please share your Aadhaar number\nCustomer: 2345 6789 0124\n"
    ),
    "one word of underscored parts": _repeat("a_"),
    "a line per spaced game-server setting": _repeat('rcon_password "Medved_2026!ru"\n'),
    "one line of weekday ranges": _repeat("Mon-Sat "),
    "a line per chat turn answered in lower case": _repeat("Jess O: hi\nKwame: cheers jess\n"),
    # a binary file pasted as text: runs of capitals and small letters taking turns, ended by a
    # letter no name holds, once cost a name pattern minutes per hundred characters
    "every code point in turn": lambda n: "".join(chr(i % 0x3000 + 1) for i in range(n)),
    "one line of a radio log's call signs": lambda n: ("QSO log: " + _repeat("G4XYZ 59 DL1ABC 57 ")(n))[:n],
}


class _TooLong(Exception):
    pass


def _cut(signum: int, frame: FrameType | None) -> None:
    raise _TooLong


def seconds(text: str, limit: int) -> float | None:
    """One scrub of `text` by a fresh scrubber with the cache emptied; None past `limit`."""
    scrub.forget_detections()
    signal.signal(signal.SIGALRM, _cut)
    signal.alarm(limit)
    start = time.perf_counter()
    try:
        scrub.Scrubber().scrub(text)
    except _TooLong:
        return None
    finally:
        signal.alarm(0)
    return round(time.perf_counter() - start, 3)


def measure(limit: int) -> dict[str, Any]:
    seconds(_ordinary(SHORT), limit)  # the first scrub also loads word lists and compiles patterns
    report: dict[str, Any] = {}
    for name, shape in SHAPES.items():
        short, long = seconds(shape(SHORT), limit), seconds(shape(2 * SHORT), limit)
        report[name] = {
            f"seconds_{SHORT}": short,
            f"seconds_{2 * SHORT}": long,
            "growth": round(long / short, 2) if short and long else None,
            "us_per_char": round(long / (2 * SHORT) * 1e6, 1) if long else None,
        }
    reference = report["ordinary screen text (reference)"]["us_per_char"]
    for row in report.values():
        row["times_reference_rate"] = round(row["us_per_char"] / reference, 2) if row["us_per_char"] else None
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    parser.add_argument("--limit", type=int, default=60, help="seconds after which a scrub is cut")
    args = parser.parse_args()
    report = {"characters": [SHORT, 2 * SHORT], "limit_s": args.limit, "shapes": measure(args.limit)}
    publish(report, args.out)


if __name__ == "__main__":
    main()
