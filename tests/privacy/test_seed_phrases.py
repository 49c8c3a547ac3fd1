"""A wallet's recovery phrase found by its words (app/privacy/seed_phrases.py): with no label,
numbered, typed with a word outside the list, in Spanish; and prose made of listed words left."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect

_PHRASE = "glove trophy sunset arctic melody crane oxygen dwarf ribbon shallow cargo vivid"


@pytest.mark.parametrize(
    "text",
    [
        f'He pasted his 12-word phrase in the chat: "{_PHRASE}"',
        f"my phrase is {_PHRASE}, keep it safe",
        # numbered, one a line
        "\n".join(f"{n}. {word}" for n, word in enumerate(_PHRASE.split(), 1)),
        # one word typed from memory outside the list ("quiet")
        "orbit canyon velvet mango ladder frost pilot quiet tunnel harbor jazz cargo",
        # BIP39's Spanish list
        "Frase: oriente engaño rígido avena burro charla privar bebida hormiga arruga casa supremo",
    ],
)
def test_a_recovery_phrase_goes(text: str) -> None:
    scrubbed = Scrubber().scrub(text)
    for word in ("trophy", "shallow", "canyon", "tunnel", "charla", "hormiga"):
        assert word not in scrubbed, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        # prose of listed words, but for its small words
        "we can all agree that this time people will come and find water now",
        # eleven listed words are too few for a phrase
        "glove trophy sunset arctic melody crane oxygen dwarf ribbon shallow cargo",
        # two words outside the list in twelve
        "orbit canyon velvet mango ladder frost pilot quiet tunnel harbor jazz ember",
    ],
)
def test_words_short_of_a_phrase_stay(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "SECRET"], detect(text)
