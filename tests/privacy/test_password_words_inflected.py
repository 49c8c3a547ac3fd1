"""A password's word as Hungarian inflects it, Swedish shortens it and Swahili says "your secret
number", and Spanish's "Dña." before a name (issue 16, thirty-fourth session).

"a jelszavad még mindig bence1995?" (your password is still ...), "lobby-lösen är tallrik77",
"Nambari yako ya siri ni 640215" and "Dña. Pilar" each kept their value at 387342c: the word
lists held "jelszó", "lösenord", "nambari ya siri" and "Doña" only (and a password told at a
question's end now loses its question mark to the sentence). The guards are sentences
about a password with no password in them, which came back unchanged before and must now.
The values are made up for these tests; none is a corpus line's.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _found(text: str, kind: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Zsófi: a banki appba a jelszavad még mindig zoltan1987?", "zoltan1987"),
        ("Freja: japp, lobby-lösen är gaffel42", "gaffel42"),
        ("Nambari yako ya siri ya eCitizen ni 518204. Usiishiriki na mtu", "518204"),
    ],
)
def test_a_password_after_its_inflected_or_short_word(text: str, secret: str) -> None:
    assert secret in _found(text, "SECRET")


def test_a_name_after_the_short_dona() -> None:
    assert any("Pilar" in name for name in _found("Dña. Pilar (4º C) solicita cambiar la fecha", "NAME"))


@pytest.mark.parametrize("text", ["A jelszavad túl rövid.", "Lösenordet är fel.", "glömt lösen? klicka här"])
def test_a_sentence_about_a_password_keeps_its_words(text: str) -> None:
    assert _found(text, "SECRET") == []
