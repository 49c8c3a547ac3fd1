"""A list of months or weekdays is no list of people (issue 16, thirty-fourth session).

"Jan" is a given name, and "Sep" is one the lists hold too; a plan's "3 instalments
(Sep/Jan/Apr)" or a rota's "Due dates: Sep, Jan, Apr" named three people at 387342c, since a
list of two first names or more was read as people. A month or a weekday that is no one's name
("Apr", "Oct", "Thu") now makes the list one of things. The guards are a weekdays' list, kept
before and now, and a list of people with a given name that is also a month's short name
("Jan, Kofi and Margit"), found before and now.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    "text",
    [
        'payment_plan:\n  name: "3 instalments (Sep/Jan/Apr)"',
        "Due dates: Sep, Jan, Apr",
        "Bins go out Mon, Thu and Sat.",
    ],
)
def test_a_list_of_months_or_weekdays_names_no_one(text: str) -> None:
    assert _names(text) == []


def test_a_list_of_people_with_a_months_short_name_is_still_people() -> None:
    assert {"Jan", "Kofi", "Margit"} <= set(_names("Present: Jan, Kofi and Margit"))
