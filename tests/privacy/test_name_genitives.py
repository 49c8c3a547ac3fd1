"""A found name's genitive, as the Nordic languages and German glue its "s" on.

At 5ca31b5 these failed: "Kristoffer og Ingrid Haugland" then "Ingrids mobil: 928 41 637" kept
"Ingrids"; "Host: Sören Berg" then "Sörens nyckel ligger här" kept "Sörens".

Guards that passed then and must still: English's plural before its small words ("Mark Evans"
then "Marks and Spencer"), a word with an "s" that no found name stands in, and the plural of a
name that is an everyday word too ("PRICE LIST" read as a name, then "Prices include VAT").
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("**Familie:** Kristoffer og Ingrid Haugland\n- Ingrids mobil: 928 41 637", "Ingrids"),
        ("Host: Sören Berg\nSörens nyckel ligger här", "Sörens"),
    ],
)
def test_the_genitive_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Name: Mark Evans\nMarks and Spencer opens at 9", "Marks and Spencer"),
        ("Name: Ingrid Haugland\nInstructions follow below", "Instructions follow"),
        ("PRICE LIST\nCut & blow dry (short) £42\nPrices include VAT.", "Prices include"),
    ],
)
def test_what_is_no_one_s_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
