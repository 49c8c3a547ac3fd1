"""A child's row in a class or club list gives their birth date as its only date."""

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("Rafferty Cole,2017-05-09,7,Sarah Cole,07711 834920", "2017-05-09"),
        ("| Tommaso Carraro | 3ª B | 12/05/2018 | 347 218 9054 |", "12/05/2018"),
    ],
)
def test_a_childs_only_date_is_their_birth_date(text: str, born: str) -> None:
    assert born not in Scrubber().scrub(text)


def test_a_date_since_2015_beside_another_is_an_event() -> None:
    text = "Rafferty Cole,2019-05-09,2026-01-10,07711 834920"
    scrubbed = Scrubber().scrub(text)
    assert "2019-05-09" in scrubbed
    assert "2026-01-10" in scrubbed
