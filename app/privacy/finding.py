"""One piece of personal data found in a text: what kind, where, and the value itself.

Its own module so that every detector (names, addresses, credentials, national IDs, birth
dates) and the scrubber that merges their findings share one type without importing each other;
`line_end` serves the detectors that read a finding's line.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    value: str


def line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends (its newline, or the text's end)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end
