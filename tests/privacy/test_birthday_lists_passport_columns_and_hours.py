"""Values the rules missed, or took, at c785ac7 in lists, tables and shops' lines.

Failed then:
- a birthday without its year in a list of birthdays ("🎂 Phil Grainger (referee mentor) — 17
  Dec" under "Birthdays"), or after "turns 20 on" ("he turns 20 on 2 March");
- a passport's column in a terminal's fixed-width table ("id  name  nationality  passport  dob");
- a DBS certificate's number under its column ("DBS cert no.");
- a shop's landline beside its opening hours said with a word ("Lunes a domingo de 10:00 a
  21:00", Greek's "καθημερινά", daily) was taken for a person's.

Guards that passed then and must still: a club's calendar of events with days and months, a
person's mobile beside "Mon to Fri".
"""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Google Calendar — Birthdays\n🎂 Phil Grainger (referee mentor) — 17 Dec", "17 Dec"),
        ("j.ferris: remember he turns 20 on 2 March — just in case the airline asks", "2 March"),
        (
            "$ ./bin/export-guests --limit 2\nid     name                  nationality  passport     dob\n"
            "80121  Oliver Hastings       GBR          533184029    1984-02-11",
            "533184029",
        ),
        (
            "Name\tRole\tDBS cert no.\tMobile\nAngela Whitworth\tdriver\t001734829156\t07973 446 210",
            "001734829156",
        ),
    ],
)
def test_the_value_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Av. de Francia 34 · Tel. 963 00 41 22 · Lunes a domingo de 10:00 a 21:00.", "963 00 41 22"),
        ("Λεωφ. Γεωργικής Σχολής 65 · Τηλ. 2310 000 412 · Ανοιχτά καθημερινά 10:00–21:00", "2310 000 412"),
    ],
)
def test_a_shops_phone_stays(text: str, phone: str) -> None:
    assert phone in Scrubber().scrub(text)


def test_a_calendar_of_events_stays() -> None:
    text = "Club calendar\n- AGM – 12 Mar\n- Christmas party: 19 Dec"
    assert Scrubber().scrub(text) == text


def test_a_mobile_beside_weekdays_is_still_found() -> None:
    assert "07700 900 123" not in Scrubber().scrub("I'm free Mon to Fri, call me on 07700 900 123")
