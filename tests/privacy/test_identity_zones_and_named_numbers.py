"""Identity numbers by a card's machine-readable zone, by the scheme a chat names, and a
social security number's last four digits.

At 7af7018 these were kept:
- an identity card's zone (ICAO 9303 TD1): the number in its first line, the birth date in
  its second, the names in its third;
- a passport's second zone line whose check digits fail, under the zone's first line;
- a Russian passport's series and number where the chat asks for the passport; a Turkish
  identity number a turn after "TC no"; an Iranian national code after "code_melli"; an Italian
  electronic identity card's number under its heading;
- "SSN (last 4 only): 4418", "Last 4 of SSN: 4418".

Guards that passed then and must still: an eleven-digit order number with no scheme named, a
ten-digit number that fails Iran's check, and four digits after an SSN's word that asks for
nothing ("SSN required: 4 fields").
"""

# ruff: noqa: RUF001  (Cyrillic, Greek and Turkish letters in the cases)

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber

_CARD_ZONE = "IDD<<T220001293<<<<<<<<<<<<<<<\n9305082M3011294D<<<<<<<<<<<<<8\nBRANDT<<JONAS<<<<<<<<<<<<<<<<<"
_PASSPORT_ZONE = (
    "Passport No  5338 91027\nP<GBRHALE<<SIMON<PETER<<<<<<<<<<<<<<<<<<<<<<\n"
    "5338910270GBR6508129M3012148<<<<<<<<<<<<<<06"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_CARD_ZONE, "T22000129"),
        (_CARD_ZONE, "930508"),
        (_CARD_ZONE, "BRANDT"),
        (_CARD_ZONE, "JONAS"),
        (_PASSPORT_ZONE, "650812"),
        ("Света: скинь паспортные данные, серия и номер\nСветлана: 45 18 663127, выдан 2018", "45 18 663127"),
        ("Deniz: TC no lazım mı?\nEmre: evet yaz buraya\nZeynep: 28461907300", "28461907300"),
        ("admin_code_melli = 0084273151", "0084273151"),
        ("CARTA D'IDENTITÀ ELETTRONICA\nCOGNOME  ROSSI\nN. CA48291KL", "CA48291KL"),
        ("SSN (last 4 only): 4418", "4418"),
        ("Last 4 of SSN: 4418", "4418"),
    ],
)
def test_the_number_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Order 28461907300 shipped today", "28461907300"),
        ("admin_code_melli = 1234567890", "1234567890"),
        ("SSN required: 4 fields on the form", "4 fields"),
    ],
)
def test_what_is_no_id_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
