"""The holder named in an identity document's file name (issue 16, thirty-fourth session).

People send scans named after themselves: "aadhaar_front_PVenkataraman.jpg",
"passport_scan_BOLAJI.pdf", "maria-lindqvist-ssn-card.png". At 387342c each of the first
test's names was kept: file names were read for a given name and a surname joined by "_" in
title case only. The guards are a document's file named by its other parts (a country, a
language, a page, a template), which came back unchanged before and must now.
The names are made up for these tests; none is a corpus line's.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Attachments: aadhaar_front_RKrishnamurthy.jpg", "RKrishnamurthy"),
        ("https://files.example.net/s/8ak2n1x/passport_scan_OKONKWO.pdf", "OKONKWO"),
        ("[2 attachments: maria-lindqvist-ssn-card.png]", "maria-lindqvist"),
    ],
)
def test_the_holder_in_a_documents_file_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "see passport_scan_USA.pdf and visa_UK_2025.pdf",
        "cv_template_ENGLISH.docx",
        "passport_scan_FRONT.pdf, IDCard_scan.png, AScan_passport.pdf",
        "grace-period-license.pdf",
    ],
)
def test_a_documents_other_parts_stay(text: str) -> None:
    assert _names(text) == []
