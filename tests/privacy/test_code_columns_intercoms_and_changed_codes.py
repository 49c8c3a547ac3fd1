"""Codes a table, a courier's note or a chat gives without the words the other rules need.

At 7af7018 these were kept:
- a locker table whose header names the locker in its own column ("Skåp", "Kod", "Hyrs av"),
  and an Italian header that puts the code before what it opens ("Codice armadietto");
- an intercom's code ("cod interfon 41B", "Interfon 27#"; "Kód domofonu: 5518" was found then
  by the Slovak "kód" rule, and is kept here as the same cause's check);
- a code's new value after an arrow ("koden var 1234 → nu 8812", "door code 5521 -> now 7730").

Guards that passed then and must still: a flat's bell number after "interfon", a count after
an arrow that is no code's shape ("PIN 4471 -> 2 attempts left"), and a product's "Code"
column beside its name and price.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Skåp\tKod\tHyrs av\n21\t5820\tLinnea Holm\n22\t1937\t(ledigt)", "5820"),
        ("Skåp\tKod\tHyrs av\n21\t5820\tLinnea Holm\n22\t1937\t(ledigt)", "1937"),
        ("Socio\tCodice armadietto\tTelefono\nPaolo Rinaldi\t4410\t333 118 2290", "4410"),
        ("Va rog sa sunati, cod interfon 41B. Multumesc", "41B"),
        ("Intrare pe scara B. Interfon 27#, etajul 3.", "27#"),
        ("Kód domofonu: 5518", "5518"),
        ("Nyckeln ligger i lådan, koden var 1234 → nu 8812", "8812"),
        ("door code 5521 -> now 7730.", "7730"),
    ],
)
def test_the_code_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Sunati la interfon 12 si urcati.", "interfon 12"),
        ("PIN 4471 -> 2 attempts left", "2 attempts"),
        ("Product\tCode\tPrice\nBlue Mug\t4410\t£8.00\nTea Towel\t5521\t£6.50", "4410"),
    ],
)
def test_what_is_no_code_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
