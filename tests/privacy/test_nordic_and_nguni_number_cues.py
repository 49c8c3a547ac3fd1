"""A phone told in a chat after Nordic and Nguni cues (scrub._CALL_CUE): "Ring til hende: 28 41
90 57", "nummeret hennes er 915 47 208", Zulu's "ku-" and "ngu-" glued to the number
("Shayela u-Bongani ku-071 102 2306", "Inombolo yami ngu-082 418 7735"). They fail at 862b4b4;
a business's line after "ring us" and a glued range of years stay (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dam: nej, hun skal selv give fuldmagt. Ring til hende: 28 41 90 57", "28 41 90 57"),
        ("Ingrid: bare klipp. nummeret hennes er 915 47 208 hvis hun er sen", "915 47 208"),
        ("Sawubona Thandeka, ikwaya iqala ngo-18:00. Shayela u-Bongani ku-071 102 2306", "071 102 2306"),
        ("Inombolo yami ngu-082 418 7735. - Themba", "082 418 7735"),
    ],
)
def test_a_number_after_its_cue_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Opens at 9. Ring us on 0345 600 7245",
        "Imibhalo ka-1998-2004 isemtapweni wezincwadi.",
    ],
)
def test_a_business_line_and_a_range_of_years_stay(text: str) -> None:  # guards
    assert Scrubber().scrub(text) == text
