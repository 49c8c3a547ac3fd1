"""Romanian names written with its comma-below letters ș and ț (issue 16, thirty-fourth session).

Romanian's own "ș" and "ț" (U+0219, U+021B; capitals U+0218, U+021A) lie past the Latin
Extended-A block the name patterns read, where the older cedilla forms ("ş", "ţ") lie. At
387342c a name holding one was no name's word at all: "Ionuț Marinescu" and "Ștefan Popescu"
were kept while "Ionut Marinescu" was found. The guard is a sentence of ordinary Romanian words
with the same letters, which came back unchanged before and must now.
The names are made up for these tests; none is a corpus line's.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ionuț Marinescu a sunat ieri după-amiază.", "Ionuț Marinescu"),
        ("Ștefan Popescu a confirmat programarea.", "Ștefan Popescu"),
        ("Vă trimit datele: Cătălina Mureșan, CNP 2870512400123", "Cătălina Mureșan"),
    ],
)
def test_a_romanian_name_with_its_own_letters(text: str, name: str) -> None:
    assert name in _names(text)


def test_ordinary_romanian_words_with_those_letters_stay() -> None:
    text = "Lucrările de întreținere continuă până la sfârșitul lunii. Mulțumim pentru înțelegere."
    assert _names(text) == []
