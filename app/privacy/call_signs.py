"""A radio amateur's call sign, on a screen about amateur radio.

A licence gives each operator a call sign ("G4KZR", "KD9QXT", "9A3BKZ", "KF0RBX-10"), and every
national register and QRZ-style directory ties it to the holder's name and home: it names the
person as a number plate names a car's keeper. Its shape follows the ITU's: a prefix (one or two
letters, a letter and a digit, or a digit and a letter), one digit, then a suffix of two to four
letters, perhaps an APRS station's "-10" or a portable "/P". The shape alone is a product code's
or a postcode's as often ("SW1A", "G5RV" is an antenna), so it is read only where the text speaks
of amateur radio (QSO, QSL, a call sign's word in the text's language, a DX cluster, APRS, one
station calling another: "5N0OBA de 5N7TMB"). A club's or a repeater's call sign is an
organisation's and stays: after a club's word, or in the United Kingdom's "GB" series of special
stations and repeaters.
"""

# ruff: noqa: RUF001  (words of the languages operators write in)
from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy.finding import Finding, line_bounds

_CALL_SIGN = re.compile(
    r"(?<![\w/\-.@])(?P<value>(?:[A-Z]{1,2}|[A-Z][0-9]|[0-9][A-Z])[0-9][A-Z]{2,4}(?:-\d{1,2})?(?:/(?:P|M|MM|QRP))?)"
    r"(?![\w\-@])"
)
#: Words only a text about amateur radio uses, in the languages its operators write.
_RADIO_TEXT = re.compile(
    r"(?i)\b(?:QSO|QSL|QTH|QRZ|RST|DXCC|DX[ \t]+de|ADIF|APRS|echolink|igate|MYCALL|FT8|SSB|"
    r"call[ \-]?signs?|callsigns?|ham[ \t]+radio|amateur[ \t]+(?:radio|station)|radio[ \t]+amateurs?|"
    r"radioamat\w*|funkamateur\w*|rufzeichen|indicativo|indicatif|indicativ|anropssignal|kutsutunnus|"
    r"volací[ \t]+znak|znak[ \t]+wywoławczy|çağrı[ \t]+işareti)\b"
    r"|<CALL:\d+>|позывно\w*|позивн\w*|呼号|コールサイン|호출\s?부호|אות[ \t]+קריאה"
)
#: One station calling another as Morse and voice operators write it: "5N0OBA de 5N7TMB".
_CALLING = re.compile(rf"{_CALL_SIGN.pattern}[ \t]+de[ \t]+{_CALL_SIGN.pattern.replace('value', 'caller')}")
#: A club's station or a repeater, not a person: the word before it, or the United Kingdom's
#: series for special event stations, repeaters and cluster nodes.
_CLUB_BEFORE = re.compile(
    r"(?i)(?:club|klub|kluba|clube|kerho\w*|клуба?|repeater|relais|node|gateway)\w*[\"'_ \t:=,]*"
    r"(?:callsign|call[ \t]+sign|indicatif|позывной)?[\"'_ \t:=,]*$"
)
_SPECIAL_SERIES = re.compile(r"GB\d")
#: Antennas named as call signs are ("G5RV", "W3DZZ"): their designers' calls, now a product.
_ANTENNAS = frozenset({"G5RV", "W3DZZ"})


def find(text: str) -> Iterator[Finding]:
    """Call signs of private operators in a text about amateur radio."""
    if not (_RADIO_TEXT.search(text) or _CALLING.search(text)):
        return
    for m in _CALL_SIGN.finditer(text):
        value = m.group("value")
        line_start, _ = line_bounds(text, m.start())
        before = text[max(line_start, m.start() - 40) : m.start()]
        if _SPECIAL_SERIES.match(value) or value in _ANTENNAS or _CLUB_BEFORE.search(before):
            continue
        yield Finding("NAME", m.start("value"), m.end("value"), value)
