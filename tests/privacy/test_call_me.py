"""A number right after "call me" and the same verb in other languages (app/privacy/scrub.py,
_CALL_CUE): a phone in a region the matcher is not run for; a time or a date after the verb is
no phone."""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _phones(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "PHONE"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Can meet at Tampines MRT 7pm? Call me 9123 4867", "9123 4867"),
        ("Müün diivanit, järele tulla Tallinnas. Helista 5218 4471", "5218 4471"),
        ("Ngithengisa usofa. Shayela ku-071 208 4419.", "071 208 4419"),
        ("Nauza kitanda. Nipigie 0754 218 447 jioni", "0754 218 447"),
    ],
)
def test_a_number_after_call_me_is_a_phone(text: str, phone: str) -> None:
    assert phone in _phones(text)


@pytest.mark.parametrize("text", ["call me at 10:30 tomorrow", "text me 2026-03-12 if it moves"])
def test_a_time_or_a_date_after_call_me_is_no_phone(text: str) -> None:
    assert _phones(text) == []
