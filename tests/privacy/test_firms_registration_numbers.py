"""A firm's record or invoice that prints its registration or tax number: the address and the
phone it shows are the firm's where it names no person.

At 5ca31b5 these were taken for a person's: a shop till's settings ("ico=50412883" beside
"telefon=037 655 4410"), an invoice's footer ("VAT reg. GB 912 3456 78  Unit 5, Exeter EX2
7HF"), an Italian invoice's address beside its "P.IVA", and "P.IVA" itself (an initial and a
surname in capitals, to the initials' rule), and a record's key "siret:" (a name in small
letters).

Guards that passed then and must still: a customer's address on a record that names the
customer, whatever company number it prints.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "# nastavenia pokladne\npredajna=Opravovňa mobilov Nitra\nico=50412883\ntelefon=037 655 4410",
            "037 655 4410",
        ),
        (
            "First Light Optics - Invoice FLO-558213\nShipping £0.00  Total £478.00\n"
            "VAT reg. GB 912 3456 78  Unit 5, Exeter EX2 7HF",
            "Exeter EX2 7HF",
        ),
        (
            "Fattura n. 88/2026\nAstroshop Italia S.r.l., Via Volta 12, Milano \u2013 P.IVA 01234567890",
            "P.IVA",
        ),
        (
            "Fattura n. 88/2026\nAstroshop Italia S.r.l., Via Volta 12, Milano \u2013 P.IVA 01234567890",
            "Via Volta 12",
        ),
    ],
)
def test_the_firm_s_details_are_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)


def test_a_registration_number_s_key_is_no_name() -> None:
    assert "siret:" in Scrubber().scrub("studio:\n  adresse: 14 rue Oberkampf\n  siret: 812 345 678 00021")


def test_a_named_customer_s_address_is_found() -> None:
    text = "Customer: Priya Shah\nAddress: 12 Elm Road, Leeds LS6 2AB\nCompany No. 08834912"
    assert "12 Elm Road" not in Scrubber().scrub(text)
