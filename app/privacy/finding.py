"""One piece of personal data found in a text: what kind, where, and the value itself.

Its own module so that every detector (names, addresses, credentials, national IDs, birth
dates) and the scrubber that merges their findings share one type without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    value: str
