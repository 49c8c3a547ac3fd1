"""Phones, addresses and IDs in places the rules did not read at 29be316.

Failed then:
- a phone in a URL's query with its spaces encoded as "+" ("mobile=07954+221+089") (the name
  before it, which the label's rule ran on into "&mobile", is a guard: found then as now);
- an address in a CSV cell in quotes, with commas in it;
- an address in a table's column in a script whose vowels are marks (Tamil);
- an address after "Addr:", and after Arabic "والعنوان:" (and the address);
- a passport's number after Swahili "Pasipoti" and Georgian "პასპორტი";
- a phone alone on its line under a Greek signature, an Indian mobile on a line about a
  delivery and a one-time code, a Philippine one after Tagalog's "po" (read as a purchase
  order's "PO" then).

Guards that passed then and must still: a purchase order's number after "PO #", a short
number in a query ("tel=12345"), a memory's address ("addr: 0x00007ffe3a12"), a weekday's date
before an event's name ("Sun 11 Jan  Night street-O"), a roster's day and weekday ("03 Thu  SIM
Burgess Hill") and a year before a title ("2026 British Journalism Awards"), which failed then,
and a street named after a person with "Jan" in it.
"""

# ruff: noqa: RUF001  (Greek letters in a case)

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber

_QUERY = '"POST /register?name=Ewan+Scobie&mobile=07700+900+318 HTTP/2.0" 302 0'


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_QUERY, "07700+900+318"),
        (_QUERY, "Ewan+Scobie"),
        (
            'name,phone,address,dob\nIsla Moffat,07700 900 123,"Flat 2, Tay House, Dundee",1991-04-12',
            "Tay House",
        ),
        (
            "பெயர்\tபிறந்த தேதி\tகைபேசி\tமுகவரி\nமீனா ராஜன்\t02-03-1990\t98401 11223\t22, நேரு தெரு, அடையாறு",
            "நேரு தெரு",
        ),
        ("Name: OWEN PRICE\nAddr: 9 Ffordd Las, Rhyl LL18 2DE", "9 Ffordd Las"),
        ("رقم جوالي 050 114 2298 والعنوان: حي الروضة، شارع التحلية، جدة 23435.", "شارع التحلية"),
        ("Jina\tPasipoti\tSimu\nAmina Juma\tAB4417260\t+255 754 110 220", "AB4417260"),
        ("მთხოვნელი: ნინო ბერიძე\nპასპორტი: 13AC55012", "13AC55012"),
        ("Ευχαριστώ,\nΜαρία Κωνσταντίνου\n6977 412 508", "6977 412 508"),
        (
            "Flipkart: out for delivery. Delivery agent Ravi 9812345670. Share OTP 4829 only at delivery.",
            "9812345670",
        ),
        ("sige po, bukas na lang. Ang GCash ko po 0918 224 7713 para sa bayad", "0918 224 7713"),
    ],
)
def test_the_value_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "GET /lookup?tel=12345&lang=en",
        "PO # 0203 554 12 approved",
        "Segfault at addr: 0x00007ffe3a12",
        "Fixtures\nSun 11 Jan  Night street-O, Bath city centre",
        "2026 British Journalism Awards - shortlist announced",
        "Roster\n02 Wed  OFF\n03 Thu  SIM Burgess Hill 0600-1000",
    ],
)
def test_other_values_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_street_named_after_a_person_is_an_address() -> None:
    assert "27 Jan Smuts Avenue" not in Scrubber().scrub("Deliver to: 27 Jan Smuts Avenue, Johannesburg 2196")
