"""What clean text lost at 599e473: a version, a timetable, a template's greeting, a firm.

At 599e473 each of these clean texts came back changed:
- a firmware's version of four single digits was read as an address ("// Marlin 2.1.2.5");
- a time's minutes before a pool's "Lane swim" were read as a house number ("08:30 Lane");
- a template's greeting line was read as a CSV header whose "first_name" column held the
  next line's "Thanks" ("Hi {{manager_first_name}}," ... "Thanks,");
- a firm that signs its mail with its domain's name was read as a person ("From: Bonhams
  <clientservices@bonhams.example>").

Guards that passed then and must still: an address of one digit and more after a login's
word, a street after a house number beside a time, a person's one-word display name before a
personal mailbox, a Spanish street after "en" whose words are a Swedish given name and a known
surname ("en Calle Mayor"; an address rule's finding, dropped as the power company's, hid it
then), and a Swede of that name after "med".
"""

# ruff: noqa: RUF001  (a timetable's en dashes)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "#define BAUDRATE 115200\n// Marlin 2.1.2.5",
        "Mon 06:30–08:30 Lane swim | 12:00–13:00 Adults only | 18:00–21:00 Lane swim",
        "Hi {{manager_first_name}},\n\nI'd like to swap my shift with {{colleague_name}}.\n\n"
        "Thanks,\n{{your_name}}",
        "From: Bonhams <clientservices@bonhams.example>\nSubject: Catalogue now online",
        "Iberdrola: corte de 09:00 a 13:00 en Calle Mayor (números 2 al 40), Alcalá de Henares.",
    ],
)
def test_the_clean_text_is_left(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("login from 2.1.2.50 at 09:14", "2.1.2.50"),
        ("Meet at 12 Mill Lane at 10:30", "12 Mill Lane"),
        ("From: Okonjo <okonjo@gmail.com>", "Okonjo"),
        ("Fika med Calle Mayor imorgon", "Calle Mayor"),
    ],
)
def test_the_personal_value_is_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)
