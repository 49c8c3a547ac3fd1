"""One view of what is personal per request: a value shown in a field, or found in any text of
the request, is replaced in every text by one placeholder and blacked out in the screenshot.

The real scrubber, field captions and redaction on a drawn screen; nothing is faked.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from app.privacy.fields import field_kind
from app.privacy.redact import Screenshot, ScreenText
from app.privacy.request import scrub_request
from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("caption", "kind"),
    [
        ("E-mail", "EMAIL"),
        ("E-Mail-Adresse:", "EMAIL"),
        ("Courriel", "EMAIL"),
        ("Téléphone", "PHONE"),
        ("Handynummer", "PHONE"),  # a whole label of the 44-language table
        ("Mobile phone", "PHONE"),
        ("Geburtsdatum", "DOB"),
        ("Fecha de nacimiento", "DOB"),
        ("Contraseña", "SECRET"),
        ("Hasło", "SECRET"),
        ("Full name", "NAME"),
        ("Nachname", "NAME"),
        ("Straße und Hausnummer", "ADDRESS"),
        ("IBAN", "IBAN"),
        ("Codice fiscale", "NATIONAL_ID"),
        ("File name", None),
        ("Company name", None),
        ("Search", None),
        ("Subject", None),
        ("", None),
    ],
)
def test_a_caption_says_what_its_field_holds(caption: str, kind: str | None) -> None:
    assert field_kind(caption) == kind


def screen(*texts: ScreenText) -> Screenshot:
    return Screenshot(np.full((200, 800, 3), 255, dtype=np.uint8), texts)


def black(image: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    x, y, w, h = box
    return bool((image[y : y + h, x : x + w] == 0).all())


def test_a_value_ocr_cut_short_is_personal_by_its_field_everywhere() -> None:
    cut = ScreenText("margaret.h@example.c", (200, 20, 300, 30), "Email", field=True)
    title = ScreenText("Contact form", (10, 150, 200, 30))
    scrubber = Scrubber()
    request = scrub_request(scrubber, ["Is margaret.h@example.c right?"], screen(cut, title), with_image=True)
    assert request.texts == ("Is <EMAIL_1> right?",)
    assert request.redacted is not None
    assert [c.box for c in request.redacted.covered] == [cut.box]
    assert black(request.redacted.image, cut.box) and not black(request.redacted.image, title.box)
    assert scrubber.restore("Wrote to <EMAIL_1>") == "Wrote to margaret.h@example.c"


def test_a_name_in_a_field_takes_one_placeholder_in_every_text() -> None:
    field = ScreenText("Jane Doe", (200, 20, 300, 30), "Name", field=True)
    texts = ["Fill the form for Jane Doe", "Earlier you typed jane doe."]
    request = scrub_request(Scrubber(), texts, screen(field), with_image=False)
    assert request.texts == ("Fill the form for <NAME_1>", "Earlier you typed <NAME_1>.")
    assert request.redacted is None


def test_a_value_found_in_one_message_is_hidden_in_the_others_and_on_screen() -> None:
    # "Customer: Rosa Okonjo" is a name by its cue; the bare "Rosa Okonjo" elsewhere is not,
    # except that the request has already seen it.
    words = ScreenText("Rosa", (100, 60, 60, 30)), ScreenText("Okonjo", (170, 60, 90, 30))
    texts = ["Customer: Rosa Okonjo", "Reply to the ticket as Rosa Okonjo asked"]
    request = scrub_request(Scrubber(), texts, screen(*words), with_image=True)
    first, second = request.texts
    token = first.removeprefix("Customer: ")
    assert re.fullmatch(r"<NAME_\d+>", token) and second == f"Reply to the ticket as {token} asked"
    assert request.redacted is not None
    assert all(black(request.redacted.image, w.box) for w in words)


def test_the_trees_password_flag_hides_what_the_field_shows_and_its_value_in_text() -> None:
    shown = ScreenText("hunter2", (200, 20, 300, 30), "", field=True, secret=True)
    request = scrub_request(Scrubber(), ["Log in with hunter2"], screen(shown), with_image=True)
    assert request.texts == ("Log in with <SECRET_1>",)
    assert request.redacted is not None
    assert [(c.kind, c.box) for c in request.redacted.covered] == [("PASSWORD", shown.box)]


def test_a_later_request_of_the_same_run_hides_what_an_earlier_one_learned() -> None:
    scrubber = Scrubber()
    field = ScreenText("+44 7700 900", (200, 20, 300, 30), "Phone", field=True)
    scrub_request(scrubber, ["Which field?"], screen(field), with_image=False)
    later = scrub_request(scrubber, ["Call +44 7700 900 back"], None, with_image=False)
    assert later.texts == ("Call <PHONE_1> back",)


def test_fields_about_things_and_masked_values_teach_nothing() -> None:
    fields = (
        ScreenText("report-final.pdf", (200, 20, 300, 30), "File name", field=True),
        ScreenText("••••••", (200, 60, 300, 30), "Password", field=True),
    )
    scrubber = Scrubber()
    request = scrub_request(scrubber, ["Open report-final.pdf"], screen(*fields), with_image=True)
    assert request.texts == ("Open report-final.pdf",)
    assert scrubber.known == {}
    assert request.redacted is not None
    assert [c.kind for c in request.redacted.covered] == ["PASSWORD"]


def test_a_prompts_screen_line_loses_what_a_personal_field_shows() -> None:
    lines = (
        '- field "Phone" (shows "+44 7700 900")\n'
        '- field "Password" (shows "hunter2")\n'
        '- field "Passwort" (shows "••••••")\n'
        '- field "File name" (shows "q3-report.pdf")'
    )
    assert Scrubber().scrub(lines) == (
        '- field "Phone" (shows "<PHONE_1>")\n'
        '- field "Password" (shows "<SECRET_1>")\n'
        '- field "Passwort" (shows "••••••")\n'
        '- field "File name" (shows "q3-report.pdf")'
    )
