# ruff: noqa: RUF002
"""Write name_words.txt beside this file: the first names that are everyday words too.

    apt install wamerican wbritish wngerman wfrench wspanish witalian wdutch wportuguese \
        wbrazilian wpolish wswedish wnorwegian wdanish \
        hunspell-ru hunspell-uk hunspell-el
    pip install babel && PYTHONPATH=. python app/privacy/data/make_name_words.py

A capitalised first name is a person's far more often than not ("omg Harriet just texted me"),
so app/privacy/names.py takes one without any other cue, unless the name is also a word a
sentence or a screen may capitalise: an everyday word of a language whose word list
or spelling dictionary Debian ships ("Versie", "Nota", "Надежда"), a month or weekday ("Kasım",
"Κυριακή"; CLDR's names by Babel), or a German noun (German capitalises every noun: "im Saal",
"den Server"). Those lists give the words, this script keeps the ones the first-name lists
hold, and Deskhand ships that short list rather than the word lists themselves.
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale, localedata  # type: ignore[import-not-found, unused-ignore]

from app.privacy.names import first_names

HERE = Path(__file__).resolve().parent
_WORD_LISTS = Path("/usr/share/dict")
_LANGUAGES = (
    "american-english",
    "british-english",
    "ngerman",
    "french",
    "spanish",
    "italian",
    "dutch",
    "portuguese",
    "brazilian",
    "polish",
    "swedish",
    "bokmaal",
    "danish",
)
_SPELLING = Path("/usr/share/hunspell")
#: Hunspell dictionaries for Cyrillic and Greek, which Debian has no plain word list for: their
#: stems only. Turkish, Czech, Hungarian and Romanian ones were tried and dropped: their stems hold
#: so many given names ("alev", "anya") that names were lost with no clean line gained.
_DICTIONARIES = ("ru_RU", "uk_UA", "el_GR")
#: German nouns that are first names too, picked by hand from ngerman's capitalised words that
#: the first-name lists hold (ngerman writes names and nouns alike, so a script cannot tell them).
_GERMAN_NOUNS = frozenset(
    """
    alfa amor arnika aura bett eimer forum gala juli juni kaktus kristall lady lage laus made
    mentor mist neider pastor saal safari saga salami server sole sultane tone vikar wadi yoga
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def _everyday_words() -> set[str]:
    """Lower-case words of the word lists (entries starting with a small letter: the lists
    write names capitalised), of three letters or more."""
    lines: list[str] = []
    for path in (
        *(_WORD_LISTS / name for name in _LANGUAGES),
        *(_SPELLING / f"{d}.dic" for d in _DICTIONARIES),
    ):
        if not path.is_file():
            raise SystemExit(f"{path} is missing: apt install the word lists named in the docstring")
        lines += path.read_text(encoding=_encoding(path), errors="ignore").splitlines()
    words = (line.split("/", 1)[0].strip() for line in lines)  # a dictionary's stem, less its flags
    return {word for word in words if len(word) >= 3 and word[0].islower() and "'" not in word}


def _encoding(path: Path) -> str:
    """A word list's encoding: UTF-8, or a dictionary's own ("SET ISO8859-7" in its .aff)."""
    affix = path.with_suffix(".aff")
    if path.suffix == ".dic" and affix.is_file():
        for line in affix.read_text(encoding="latin-1").splitlines():
            if line.startswith("SET "):
                return line.split()[1]
    return "utf-8"


def _calendar_words() -> set[str]:
    """Months and weekdays, wide and in the form a date writes them, in every CLDR locale."""
    words: set[str] = set()
    for code in localedata.locale_identifiers():
        locale = Locale.parse(code)
        for table in (locale.months, locale.days):
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    words.update(v.lower().rstrip(".") for v in table[context][width].values())
    return words


def main() -> None:
    known = first_names()
    words = sorted((_everyday_words() | _calendar_words() | _GERMAN_NOUNS) & known)
    header = (
        "# First names that are everyday words too, written by make_name_words.py from Debian's\n"
        "# word lists and spelling dictionaries, CLDR's month and weekday names and a few German\n"
        "# nouns: app/privacy/names.py takes one of these only beside a person's cue. One a line.\n"
    )
    (HERE / "name_words.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
