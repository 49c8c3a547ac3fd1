"""A safe's combination in four numbers, and a code under a settings key in other languages.

At 77695bb the codes here were left: a dial's combination was read in three numbers only
("17-33-08", not a safe's "18-44-07-62"); Romanian's "cod" was a code's word only as a word of
its own, not in a key ("cod_poarta", the gate's code); and the South Slavic and Polish word for
a combination ("kombinacija", "kombinacja") was not known. A Romanian postcode after "Cod
poștal" was taken for a code then (the postcode's word was known without its "ș" only); a
Polish postcode and a date near the word "code" are guards that passed then too.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Safe, top drawer (customer watches): combination 18-44-07-62", "18-44-07-62"),
        ('seifa_kods: "4-19-33-08"\natbildīgais: vadītājs', "4-19-33-08"),
        ('chirias:\n  boxa: 44\n  cod_poarta: "5390"', "5390"),
        ("SEF_KOMBINACIJA=22-17-48", "22-17-48"),
        ("Kombinacja do sejfu w biurze: 12-40-07-33", "12-40-07-33"),
    ],
)
def test_the_code_is_found(text: str, code: str) -> None:
    assert code not in Scrubber().scrub(text)


def test_a_polish_postcode_under_its_key_is_no_code() -> None:
    # (since session 37 a label a key joins with "_" is read as the label: this postcode is an
    # address's part now, as "Kod pocztowy: 00-950" was already, and still no code)
    assert not [f for f in detect("kod_pocztowy: 00-950") if f.kind == "SECRET"]


def test_a_date_near_the_word_code_is_left() -> None:
    text = "Meeting on 12-10-2026 about the code review"
    assert Scrubber().scrub(text) == text


def test_a_romanian_postcode_is_no_code() -> None:
    # (the phone detector still reads its six digits as a number to call: left as it was)
    assert not [f for f in detect("Cod poștal 010011, București") if f.kind == "SECRET"]
