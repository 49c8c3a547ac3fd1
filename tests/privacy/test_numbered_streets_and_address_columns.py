"""North American numbered streets, Canadian postcodes, and a column of addresses.

At 5ca31b5 these failed:
- a street by its number with a compass point before it ("4471 W 12th Ave", "310 East 42nd
  Street"): the named streets' pattern wants a name of two letters;
- a Canadian town with its province's code and postcode ("Vancouver BC V6R 2P9");
- a cell under an address's header in a table that also holds birth dates, IDs or customers
  ("name,dob,address,phone" over "12 Elmwood Crt Leeds", whose town stayed; "Customer" over
  "Unit 4B Kingsway Estate").

Guards that passed then and must still: "3 1st place finishes" (a small street word is no
street), a shop list's addresses beside its names and phones only, and a Canadian office's
postcode after its label.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "* Property: 4471 W 12th Ave, Vancouver BC V6R 2P9 — transmission pending",
            ["4471 W 12th Ave", "V6R 2P9"],
        ),
        ("She lives at 4418 W 59th St now", ["4418 W 59th St"]),
        ("Ship to 310 East 42nd Street, apt 5", ["310 East 42nd Street"]),
        (
            "name,dob,address,phone\nJohn Smith,1980-01-01,12 Elmwood Crt Leeds,07700 900123",
            ["Leeds"],
        ),
        (
            "Customer\tAddress\tOrder\nPriya Shah\tUnit 4B Kingsway Estate\tA-1001",
            ["Kingsway Estate"],
        ),
    ],
)
def test_the_address_is_found(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for value in values:
        assert value not in scrubbed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("we had 3 1st place finishes this season", "3 1st place finishes"),
        ("Name;Address;Phone\nBoots;12 High Street Leeds;0113 245 1234", "12 High Street Leeds"),
        ("Office: 100 King St W, Toronto, ON M5X 1A9", "Toronto, ON M5X 1A9"),
    ],
)
def test_what_is_no_one_s_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
