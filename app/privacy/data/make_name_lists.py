"""Write first_names.txt and surnames.txt beside this file from Faker's person providers.

    pip install faker && python app/privacy/data/make_name_lists.py

Faker (MIT licence, https://github.com/joke2k/faker) keeps first and last names for 86
locales, from Yoruba, Igbo, Zulu and Swahili to Irish, Hindi, Vietnamese and Turkish: the
cultures gender-guesser's list covers thinly. Deskhand ships the two lists it derives (lower
case, one name a line, Latin, Cyrillic and Greek script) rather than Faker itself, whose
import costs more than the scrubber's whole pass over a screen.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from pathlib import Path

from faker.providers import person  # type: ignore[import-not-found, unused-ignore]

HERE = Path(__file__).resolve().parent
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _usable(name: str) -> bool:
    """One to three words of letters, apostrophes and hyphens, in a script the rules read."""
    letters = [c for c in name if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isalpha() or c in " '-\u2019" for c in name)
        and all(unicodedata.name(c, "").startswith(_SCRIPTS) for c in letters)
    )


def main() -> None:
    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        # Own attributes only: a locale that inherits another's list adds nothing to it.
        for attribute, values in vars(provider).items():
            target = first if attribute.startswith("first_name") else None
            target = last if attribute.startswith("last_name") else target
            # The US first names are a century of birth records ("Press", "Add", "January"):
            # gender-guesser covers those names; its gaps are the other locales'.
            if module.name in ("en", "en_US") and target is first:
                continue
            if target is None or not isinstance(values, (tuple, list, dict)):
                continue
            target.update(v.strip().lower() for v in values if isinstance(v, str) and _usable(v.strip()))
    for filename, names in (("first_names.txt", first), ("surnames.txt", last)):
        (HERE / filename).write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
