"""A thing's name in a settings file or a record: a server's, a course's, a library branch's.

At 77695bb the names here were taken for people: a "name" key gives a place's or an
organisation's own name only under a key that names the place ("warehouse:", "[site]"), in the
singular, and a JSON object's key only right before its brace, not a list's ('"courses": [{').
A server, a course, an aircraft, a vessel or a library's branches were no such keys. A person's
name under a person's key, and a home's address under "location" (a thing's key names only its
name, not its address), are guards; they passed then too.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        '[server]\nname = "Sunday League Pro Clubs"\nport = 7777',
        '{\n  "courses": [\n    {\n      "code": "GE-20",\n      "name": "General English"\n    }\n  ]\n}',
        "branches:\n  - code: NEW\n    name: Newtown Library\nloans:\n  max_items: 40",
        '{"vessel":{"name":"Sir Francis Drake","type":"Sailing yacht","flag":"GB"}}',
    ],
)
def test_a_things_name_is_left(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("customers:\n  - name: Tobias Whitlock\n    email: t.whitlock@fastmail.com", "Tobias Whitlock"),
        (
            '{"caller":{"name":"Wendy Pilkington"},\n'
            ' "location":{"address":"5 Hollins Terrace, Marsden HD7 6BL"}}',
            "5 Hollins Terrace",
        ),
    ],
)
def test_a_persons_value_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)
