"""Write the name lists beside this file from Faker's person providers and the US census.

    apt install wamerican wbritish wngerman wfrench wspanish witalian wdutch wportuguese \
        wbrazilian wpolish wswedish wnorwegian wdanish
    pip install faker names==0.3.0 gender-guesser && PYTHONPATH=. python app/privacy/data/make_name_lists.py

Faker (MIT licence, https://github.com/joke2k/faker) keeps first and last names for 86
locales, from Yoruba, Igbo, Zulu and Swahili to Irish, Hindi, Vietnamese and Turkish: the
cultures gender-guesser's list covers thinly. Deskhand ships the lists it derives (lower case,
one name a line) rather than Faker itself, whose import costs more than the scrubber's whole
pass over a screen. Names in Latin, Cyrillic and Greek script go to first_names.txt and
surnames.txt; names in scripts without capital letters (Arabic, Hebrew, Devanagari, Bengali,
Tamil, Thai, Hangul, Chinese and Japanese characters) to script_first_names.txt and
script_surnames.txt, which only app/privacy/caseless.py reads: no capital marks such a name, so
its rules want a cue or a given name beside a surname.

Faker's English locales hold about a thousand surnames each, so "Whitfield", "Pemberton" and
"Kowalczyk" were no surnames to the rules. The `names` package (MIT) ships the 1990 US census's
surname list by frequency; its 40,000 commonest that are no first name and that no Debian word
list holds as a word (in any of 13 languages: "Baker", "Young" and "Alan" stay out) are added
to surnames.txt.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from pathlib import Path

from faker.providers import person  # type: ignore[import-not-found, unused-ignore]

HERE = Path(__file__).resolve().parent
_CASED = ("LATIN", "CYRILLIC", "GREEK")
_CASELESS = (
    "ARABIC",
    "HEBREW",
    "DEVANAGARI",
    "BENGALI",
    "TAMIL",
    "THAI",
    "HANGUL",
    "CJK",
    "HIRAGANA",
    "KATAKANA",
)


def _script(name: str) -> str | None:
    """The script group ("cased" or "caseless") all of a name's letters are in, if one is:
    one to three words of letters (with their combining vowel signs), apostrophes and hyphens."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 1 or not all(
        c.isalpha() or c in " '-\u2019" or unicodedata.category(c) == "Mn" for c in name
    ):
        return None
    for group, scripts in (("cased", _CASED), ("caseless", _CASELESS)):
        if all(unicodedata.name(c, "").startswith(scripts) for c in letters):
            # a cased name of one letter is an initial, a caseless one may be a Chinese given name
            return group if group == "caseless" or len(letters) >= 2 else None
    return None


_WORD_LISTS = Path("/usr/share/dict")
_LANGUAGES = (
    *("american-english", "british-english", "ngerman", "french", "spanish", "italian", "dutch"),
    *("portuguese", "brazilian", "polish", "swedish", "bokmaal", "danish"),
)
_CENSUS_SURNAMES = 40_000


def _everyday_words() -> set[str]:
    """The word lists' words, lower-cased, with their possessives' stems. English lists write
    surnames capitalised ("Whitfield", "Pemberton"), so only their small-letter entries count;
    the others' capitalised entries are words too (German nouns: "Feuerstein")."""
    return {
        line.lower().removesuffix("'s")
        for language in _LANGUAGES
        for line in (_WORD_LISTS / language).read_text(encoding="utf-8", errors="ignore").splitlines()
        if line[:1].islower() or (line and not language.endswith("english"))
    }


def _census_surnames() -> list[str]:
    """The census's commonest surnames, lower-cased, that are no everyday word nor a first name
    ("Aaron", "Alan": a first name the lists know already reads as a person's)."""
    from app.privacy.names import first_names  # the list this script's other output feeds

    census = Path(importlib.import_module("names").__file__ or "").parent / "dist.all.last"
    ranked = [line.split()[0].lower() for line in census.read_text(encoding="utf-8").splitlines() if line]
    words = _everyday_words() | first_names()
    return [name for name in ranked[:_CENSUS_SURNAMES] if len(name) > 2 and name not in words]


def _plain(name: str) -> str:
    """The name without Arabic short-vowel marks, which screens rarely write."""
    return "".join(c for c in name if not "\u064b" <= c <= "\u0652")


def main() -> None:
    lists: dict[tuple[str, str], set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        # Own attributes only: a locale that inherits another's list adds nothing to it.
        for attribute, values in vars(provider).items():
            kind = "first" if attribute.startswith("first_name") else None
            kind = "last" if attribute.startswith("last_name") else kind
            # The US first names are a century of birth records ("Press", "Add", "January"):
            # gender-guesser covers those names; its gaps are the other locales'.
            if module.name in ("en", "en_US") and kind == "first":
                continue
            if kind is None or not isinstance(values, (tuple, list, dict)):
                continue
            for value in values:
                if isinstance(value, str) and (group := _script(value.strip())):
                    lists.setdefault((group, kind), set()).add(_plain(value.strip().lower()))
    lists[("cased", "last")].update(_census_surnames())
    for (group, kind), filename in (
        (("cased", "first"), "first_names.txt"),
        (("cased", "last"), "surnames.txt"),
        (("caseless", "first"), "script_first_names.txt"),
        (("caseless", "last"), "script_surnames.txt"),
    ):
        (HERE / filename).write_text("\n".join(sorted(lists[(group, kind)])) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
