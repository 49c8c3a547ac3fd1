"""Months' short names in a row or a range are a table's months, not people.

"Jan", "Mar", "May" and "Jun" are given names too. At 220efd3 the sowing table (the first case)
had them taken for people in its cells; the timetable and the season were left then and are
guards, as are two given names that are also months ("Attendees: Jan, Mar") and a name before a
date. A run of short month names that holds one no one is named ("Aug", "Sep") is months.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "crop,sow_from,sow_to,harvest\nleek,Jan,Mar,Sep\nbean,Mar,Jun,Jul-Sep",
        "Bus 12 runs Mar-Oct only; winter service Nov | Jan | Feb",
        "Season: Jun/Jul/Aug (closed Dec, Jan)",
    ],
)
def test_months_in_a_row_are_left(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Attendees: Jan, Mar, Ola", "Jan"),
        ("Attendees: Jan, Mar, Ola", "Mar"),
        ("Signed by Jan Novak, 3 Mar 2027", "Jan Novak"),
    ],
)
def test_people_named_like_months_stay_people(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text).replace("Mar 2027", "")
