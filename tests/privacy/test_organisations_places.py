"""An address a label gives as an organisation's place, and a network's "Address", are nobody's
home."""
# ruff: noqa: RUF001  (the scripts' own letters and punctuation)

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    "text",
    [
        "Redelivery booked for Mon 7 Dec. Depot: Unit 4, Churchill Way, Basingstoke",
        "Korvaava bussi M1. Löytötavarat: Aleksanterinkatu 17.",
        "Λόγω εργασιών ο σταθμός παραμένει κλειστός. Απολεσθέντα αντικείμενα: οδός Αθηνάς 6.",
    ],
)
def test_an_organisations_place_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_networks_address_is_no_postal_address() -> None:
    assert not [f for f in detect("[Interface]\nAddress = 10.8.0.2/24\nDNS = 1.1.1.1") if f.kind == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Our address is 18 Acacia Ave, Parkhurst, Johannesburg 2193.", "18 Acacia Ave"),
        ("Address: 12 Oak Street, Leeds LS1 4AB", "12 Oak Street"),
    ],
)
def test_a_familys_address_is_found(text: str, address: str) -> None:
    assert address not in Scrubber().scrub(text)
