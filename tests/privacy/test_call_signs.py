"""A radio amateur's call sign names its holder (issue 16, thirty-fourth session;
app/privacy/call_signs.py).

National registers and QRZ-style directories tie each call sign to its holder's name and home,
so a club's membership list, a logbook or a QSL card names people by them. At 387342c no rule
read them: every call sign of the first test was kept. The guards are the same shapes off the
air (an order's code, a postcode, an antenna named after its designer's call) and a club's own
station, which came back unchanged before and must now.
The call signs are made up for these tests; none is a corpus line's.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "call_sign"),
    [
        ("surname,first_name,callsign,paid\nHartwell,Gordon,G4XQB,yes", "G4XQB"),
        ("<CALL:6>KD8RWY <QSO_DATE:8>20261129 <BAND:3>20m <MODE:3>FT8 <EOR>", "KD8RWY"),
        ("QSL  ZL3KWB  Canterbury\nTo Radio VK4TMQ\nConfirming our QSO 23 Nov 2026", "VK4TMQ"),
        ("MYCALL KF7QZN-10\nIGSERVER noam.aprs2.net", "KF7QZN-10"),
        ("9A5PKV de 9A3MZT: sastanak je u četvrtak", "9A5PKV"),
        ("Бажаний позивний: UT7RBQ", "UT7RBQ"),
        ("Indicativo: PY4RMX\nE-mail: rodrigo@example.com", "PY4RMX"),
    ],
)
def test_a_call_sign_on_a_screen_about_amateur_radio(text: str, call_sign: str) -> None:
    assert call_sign in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order AB12CD shipped via DHL, tracking inside",
        "Deliver to the London office, SW1A 2AA",
        "Antenna: G5RV on 40m, QTH Leeds, QSO with anyone welcome",
        "Club callsign GW3XYZ - nets on Tuesdays at 20:00, QSL via bureau",
        "Special event station GB2RNL on the air all weekend, QSL via bureau",
    ],
)
def test_the_same_shapes_off_the_air_and_a_clubs_station_stay(text: str) -> None:
    assert _names(text) == []
