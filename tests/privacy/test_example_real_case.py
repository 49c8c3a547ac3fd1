"""An incident report's "example" of a real case ("Example affected booking:", "Example from
the logs:", "مثال من السجل:") shows someone's data, not a made-up sample
(examples._REAL_CASE). The three fail at 944809f; a form's "Example:" line and "Example of
the format:" keep their made-up values (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Example affected customer: Rosalind Achterberg, rosalind.a@outlook.com", "rosalind.a@outlook.com"),
        (
            "Example from the logs: msisdn=+44 7911 482 630 user=kofi.mensah@gmail.com",
            "kofi.mensah@gmail.com",
        ),
        ("مثال من السجل: email=layla.haddad@hotmail.com", "layla.haddad@hotmail.com"),
    ],
)
def test_an_example_of_a_real_case_is_scrubbed(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Example: Jane Citizen, jane.citizen@mail.com",
        "Example of the format: Jane Citizen, jane.citizen@mail.com",
    ],
)
def test_a_made_up_example_stays(text: str) -> None:  # guard
    assert Scrubber().scrub(text) == text
