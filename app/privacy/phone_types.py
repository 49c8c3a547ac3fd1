"""What line a phone number is (a mobile, a landline, a toll-free service), by Google's metadata."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

__all__ = ["number_type"]


@lru_cache(maxsize=4096)
def number_type(number: str, regions: tuple[str | None, ...]) -> int | None:
    """The number's `phonenumbers.PhoneNumberType` in the first of `regions` whose numbering
    plan reads it as valid (None: a number written with "+" and its country code), or None
    where none does. A screen repeats its numbers: each is parsed once."""
    for region in regions:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return int(phonenumbers.number_type(parsed))
    return None
