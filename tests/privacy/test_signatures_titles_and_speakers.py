"""Names by the forms the lists of closings, titles and chat layouts lacked: thanks that end a
message in more languages, a first name alone on a message's last line, Italian, Czech, Polish
and Greek titles, a Slack channel shared with its app's brackets, and a speaker before the time
and a colon (app/privacy/names.py, app/privacy/caseless.py, app/privacy/speakers.py)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vă trimit datele bancare.\nMulțumesc,\nBogdan Ilie", "Bogdan Ilie"),
        ("Le carte sono pronte.\nGrazie mille,\nChiara", "Chiara"),
        ("Please keep using my email for the estate.\n\nDavid", "David"),
        ("אני זמינה מחר בבוקר.\nבהצלחה, רונית", "רונית"),
        ("أرجو التواصل معي غدا.\nمع الشكر، ريم", "ريم"),
        ("ho parlato col dottor Bianchini stamattina", "Bianchini"),
        ("idem k advokátke, JUDr. Horváthovej", "Horváthovej"),
        ("Proszę o kontakt z mec. Joanną Wrzosek.", "Joanną Wrzosek"),
        ("ξέρω την κα Παπαδοπούλου, είναι καλή", "Παπαδοπούλου"),
        ("[Slack #claims-ops] kelly.brennan: customer can't log in", "kelly.brennan"),
        ("[Teams #dispatch] Jo Whitfield: on my way", "Jo Whitfield"),
        ("Teams – Dispatch\nMark Eastwood 14:05: on it, rerouting the van", "Mark Eastwood"),
        ("Parcel 3 of 4 · Collected by: R. Oyelaran", "Oyelaran"),
        ("Boiler serviced by Gethin Pryce, next due May", "Gethin Pryce"),
    ],
)
def test_a_name_in_these_forms_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rota is attached.\n\nJune",
        "Release notes are in the wiki.\n\nThanks",
        "ERROR 09:14: connection refused by upstream",
        "Deploy 14:05: rollout complete for all pods",
        "Grazie mille per il vostro ordine!",
        "Received by Royal Mail on 3 Dec",
        "Booked by Expedia · Serviced by Bosch Service Centre",
    ],
)
def test_a_month_a_thanks_and_a_logs_time_name_no_one(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il menu Leonardo da Vinci: antipasto, primo e dolce, 45 €.",
        "BBC Radio 4's Today programme with Nick Robinson, 6am.",
        "Podcast: The Rest Is Politics with Alastair Campbell and Rory Stewart.",
    ],
)
def test_a_menu_named_after_a_figure_and_broadcasters_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_an_events_host_is_still_a_person() -> None:
    assert "Colm Byrne" not in Scrubber().scrub("Event · Sunny's 50th\nHosted by Colm Byrne")
