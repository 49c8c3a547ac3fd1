"""Placeholder people on a template's or an example's text are nobody."""

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "AutoPASS-avtale — utfyllingseksempel\nNavn: Ola Nordmann\nBrikke-ID: 00-001-2345",
        "Placeholder accounts for the demo league: Player One, Jane Roe, Test Coach.",
    ],
)
def test_a_placeholder_on_an_example_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_a_placeholders_name_on_a_real_record_is_still_found() -> None:
    assert "Jane Roe" not in Scrubber().scrub("Patient: Jane Roe, DOB 12/03/1981, ward 4")
