"""A venue's address that its label names further back than the rules read at c785ac7:
"Venue: Tideway Boathouse, 2 Embankment, Putney SW15 1LB" (the postcode stood more than 40
characters after "Venue:", and was taken for a home's).

Guard that passed then and must still: a home's address on a line with no venue's word.
"""

from __future__ import annotations

from app.privacy.scrub import Scrubber


def test_a_venues_postcode_stays() -> None:
    text = "Registration\nDate: Sunday 11 April\nVenue: Tideway Boathouse, 2 Embankment, Putney SW15 1LB"
    assert Scrubber().scrub(text) == text


def test_a_homes_address_is_found() -> None:
    text = "Ship to: Emma Clarke, 14 Larkspur Close, Kettering NN15 6QT"
    assert "NN15 6QT" not in Scrubber().scrub(text)
