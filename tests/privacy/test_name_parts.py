"""A whole name found once makes its words names wherever they stand alone in the same text."""
# ruff: noqa: RUF001  (the scripts' own letters and punctuation)

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Present: G. Holloway (Chair), Sunita Patel (Treasurer)\n3. Sunita to chase by end of month.",
            "Sunita",
        ),
        ("Von: Stefan Wagner <s.wagner@gmx.de>\nanbei die Erklärung.\nSportliche Grüße\nStefan", "Stefan"),
        ("Name: Gavin Rourke\nIBAN: IE29 AIBK 9310 6427 5819 03\nRef: TOUR27-ROURKE", "ROURKE"),
        ("From: GEORGE PAPAS <g.papas1961@aol.com>\nPLEASE CALL ME.\nGEORGE", "GEORGE"),
        ("מאת: דנה כהן <dana.cohen.run@gmail.com>\nתודה, דנה", "דנה"),
    ],
)
def test_a_word_of_a_found_name_is_a_name_alone(text: str, part: str) -> None:
    assert part not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an everyday word, a title and a particle stay words
        ("Dear Grace Achterberg,\nGrace period ends Friday.", "Grace period"),
        ("Patient: Dr Ana van Dijk\nDr on call tonight.", "Dr on call"),
        ("Contact: Jan van Dijk\nvan leaves at 9", "van leaves"),
        # a Chinese name's characters are not split into words to search for
        ("联系人：王 芳\n王府井大街", "王府井大街"),
    ],
)
def test_a_word_that_is_no_name_alone_stays(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)


def test_a_name_alone_is_not_split_into_its_letters() -> None:
    scrubbed = Scrubber().scrub("Signed: Stefan Wagner\nStefanie will collect the kit.")
    assert "Stefanie" in scrubbed


def test_a_found_given_name_is_found_in_lower_case_too() -> None:
    text = "Jess O: same as before, user clanbank\nKwame: cheers jess 🫡"
    assert "jess" not in Scrubber().scrub(text)


def test_a_given_name_that_is_an_everyday_word_stays_a_word_in_lower_case() -> None:
    text = "Dear Will Thornbury,\nwe will call you on Monday."
    assert "we will call" in Scrubber().scrub(text)
