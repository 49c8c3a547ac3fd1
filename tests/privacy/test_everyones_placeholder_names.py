"""The placeholder people no one is named: "John Doe", "Joe Bloggs", "Max Mustermann".

At 77695bb the names here were taken for people: a placeholder's name was kept only on a line
that said it was an example or a template, and a fixture's JSON, a form's specimen field or a
settings file's default names it without saying so. A real name beside a placeholder on the
same screen, and a placeholder's surname given to a real person ("Maria Doe"), are guards that
are found as before.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        '{"guest": {"name": "Jane Doe", "pitch": "S22"}}',
        "Name of deceased: John Doe",
        'DEFAULT_CONTACT_NAME="Max Mustermann"',
    ],
)
def test_a_placeholder_is_left(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('{"guest": {"name": "Jane Doe"}, "agent": {"name": "Priya Raghunathan"}}', "Priya Raghunathan"),
        ("Name of deceased: Maria Doe", "Maria Doe"),
    ],
)
def test_a_real_name_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)
