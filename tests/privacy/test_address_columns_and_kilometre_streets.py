"""Home addresses the address rules missed at c785ac7.

Failed then:
- a CSV's address column beside a column of names, with no birth date or ID beside them (a
  list of shops has names, addresses and phones too): the address on a row whose name is a
  person's ("jina,simu,anwani,timu" then "Amina Otieno,0712 345 678,Mtaa wa Moi 14 Nakuru,...");
- an Indonesian street given by its kilometre ("Jl. Kaliurang km 7 gang Mawar no 12").

Guard that passed then and must still: a list of clubs with their names, addresses and phones.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "jina,simu,anwani,timu\nAmina Otieno,0712 345 678,Mtaa wa Moi 14 Nakuru,U12 Wasichana\n"
            "Juma Ali,0722 111 222,,U14 Wavulana",
            "Mtaa wa Moi 14",
        ),
        ("Budi: Jl. Kaliurang km 7 gang Mawar no 12, depan rumah gw", "Kaliurang km 7"),
    ],
)
def test_the_address_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_list_of_clubs_keeps_its_addresses() -> None:
    text = (
        "name,address,phone\nFrome Canoe Club,Wallbridge Mill 4 Frome,01373 455 211\n"
        "Bath Rowing Club,Mill Lane 2 Bath,01225 455 210"
    )
    assert "Wallbridge Mill 4" in Scrubber().scrub(text)
