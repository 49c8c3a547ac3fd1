"""A service's fixed line after its customer-service, booking-desk or main-number words in more
languages.

At 5ca31b5 these lines were taken for a person's: "Khidmat pelanggan: 03-7843 3000",
"Reservierung unter 030 2345 6789", "申込は代表番号 03-3456-7890", Slovak's switchboard
("ústredňa: 02 5937 6111"), a place's own telephone as German compounds it
("Hüttentelefon:", "Praxistelefon:"), and a fixed line under a team's signature ("Harbourview Events
Team" over "+44 1803 200 411").

Guards that passed then and must still: a mobile beside such a word is a person's ("mobil: 0171
4428930 (Reservierung)"), a number after "my mobile", and a phone under a team's name where a
person signs above it.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Malaysia Airlines. Khidmat pelanggan: 03-7843 3000", "03-7843 3000"),
        ("Reservierung unter 030 2345 6789", "030 2345 6789"),
        ("参加費無料 申込は代表番号 03-3456-7890", "03-3456-7890"),
        ("Informácie a ústredňa: 02 5937 6111", "02 5937 6111"),
        ("Notruf Bergrettung: 140. Hüttentelefon: +43 (0)5286 5223 (nur Saison).", "5286 5223"),
        ("Praxistelefon: 030 2345 6789", "030 2345 6789"),
        (
            "We placed a hold on the Orangery (ref HV-27-0821).\nHarbourview Events Team\n+44 1803 200 411",
            "200 411",
        ),
    ],
)
def test_the_service_line_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mobil: 0171 4428930 (Reservierung)", "0171 4428930"),
        ("my mobile 0171 4428930", "0171 4428930"),
        ("Thanks,\nPriya Shah\nEvents Team\n+44 7700 914 382", "914 382"),
    ],
)
def test_a_person_s_number_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)
