"""Given names of cultures the older lists covered thinly (data/first_names_by_hand.txt)."""

import pytest

from app.privacy import names
from app.privacy.scrub import Scrubber


@pytest.mark.parametrize("name", ["Chimwemwe", "Efua", "Jarrah", "Siobhán", "Haziq", "Tiwonge"])
def test_the_lists_know_the_name(name: str) -> None:
    assert names.any_first_name(name)


def test_a_name_pair_the_lists_now_know_is_found_without_a_cue() -> None:
    text = "Esther told our field officer, Chimwemwe Phiri."
    assert "Chimwemwe Phiri" not in Scrubber().scrub(text)


def test_the_files_comments_are_no_names() -> None:
    assert not any(name.startswith("#") for name in names.every_first_name())
