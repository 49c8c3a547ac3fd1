"""An airline's SSR DOCS element and a booking's name elements (app/privacy/travel_documents.py):
the passengers' passport numbers, birth dates and names read by their place, and prose about the
format left alone."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "SSR DOCS BA HK1 P/GBR/548812093/GBR/03JUL79/F/22AUG31/HALLORAN/NIAMH/MS",
            ["548812093", "03JUL79", "HALLORAN", "NIAMH"],
        ),
        (
            "APIS: DOCS/P/NGA/A08213475/NGA/12MAR85/M/14NOV30/OKONKWO/CHIDI",
            ["A08213475", "12MAR85", "OKONKWO", "CHIDI"],
        ),
        (
            "SSR DOCS LH HK1 P/DEU/C01X00T47/DEU/07MAY1988/F/01JAN2030/MUELLER/ANNA MARIA",
            ["C01X00T47", "07MAY1988", "MUELLER", "ANNA MARIA"],
        ),
        ("1.1OKAFOR/CHIDIMR 2.1OKAFOR/ADAEZE MRS", ["OKAFOR", "CHIDI", "ADAEZE"]),
        ("RLOC X7Q2LP  1.1SMITH/JOHN MR  2.1SMITH/JANE MRS", ["SMITH", "JOHN", "JANE"]),
    ],
)
def test_a_docs_elements_fields_are_found(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for value in values:
        assert value not in scrubbed, detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "The DOCS/P/ element format is documented in the IATA PADIS guide.",
        "Version 1.2A/B testing, ratio 3.1",
    ],
)
def test_prose_about_the_format_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text
