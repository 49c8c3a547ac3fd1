"""Values that are no one's, scrubbed at 7af7018: a payload a document marks as a placeholder
('"placeholder": true', its e-mail and phone), and a Serbian notice's "Инфо:" line with its
secretariat's hours.

Guards that passed then and must still: a firm's account beside its sort code on its own
invoice ("(company account)", which the new rule for accounts beside a sort code must keep),
the payload's values without the marker, and a person's phone after a Serbian chat's speaker.
"""

# ruff: noqa: RUF001  (Cyrillic, Greek and Turkish letters in the cases)

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber

_PAYLOAD = '{{\n  {marker}"name": "John Doe",\n  "email": "user@example.com",\n  "phone": "+1 555 0100"\n}}'


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (_PAYLOAD.format(marker='"placeholder": true,\n  '), "user@example.com"),
        (_PAYLOAD.format(marker='"placeholder": true,\n  '), "+1 555 0100"),
        ("Payment terms 30 days · Sort code 20-00-00 Acc 55779911 (company account)", "55779911"),
        ("Бриџ клуб: турнир је одложен. Инфо: 011 3224 410 (секретаријат, пон–пет 15–19 ч).", "011 3224 410"),
    ],
)
def test_no_ones_value_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_PAYLOAD.format(marker=""), "+1 555 0100"),
        ("Милан: зови ме, 064 123 4567", "064 123 4567"),
    ],
)
def test_the_persons_value_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)
