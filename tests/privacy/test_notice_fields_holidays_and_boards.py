"""Words of notices, calendars and letters the name rules took for people at c785ac7.

Failed then:
- an event's fields "Date:", "Venue:", "Sessions:", "Price:" read as a chat's speakers ("Price"
  is a surname too);
- a calendar's "26 Mar Good Friday" and "29 Mar Easter Monday" read as names ("Mar" a given
  name, "Good" and "Easter" surnames);
- a club's board signing a letter in Norwegian: "Med vennlig hilsen / Styret";
- a Japanese notice's "受付時間：" (reception hours) read as the receptionist's name "時間".

Guards that passed then and must still: German's board ("Der Vorstand"), a name after a day
and "Mar" or "May" ("Sat 13 Mar Maria Lopez arrives"), a transcript's speakers, a receptionist
named on a Japanese chat line.
"""

# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "Event registration — Try Rowing Day\nDate: Sunday 11 April 2027\nVenue: Tideway Boathouse\n"
        "Sessions: 09:00 / 11:00 / 13:00 (max 16 per slot)\nPrice: free",
        "Public holidays 2027\n1 Jan New Year's Day\n26 Mar Good Friday\n29 Mar Easter Monday",
        "Årsmøtet avholdes torsdag 11. februar kl. 19.00.\n\nMed vennlig hilsen\nStyret",
        "Die Mitgliederversammlung findet am 3. März statt.\n\nMit freundlichen Grüßen\nDer Vorstand",
        "ドローンスクール東京\n受付時間：平日 10:00～18:00\nお問い合わせ：info@droneschool.example",
    ],
)
def test_the_notice_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sat 13 Mar Maria Lopez arrives at 10", "Maria Lopez"),
        ("Fri 7 May  Jenny Walsh leaving do", "Jenny Walsh"),
        ("Tom: are you coming tonight?\nAnna: yes, after work", "Anna"),
        ("フロント山田：チェックインは15時からです", "山田"),
    ],
)
def test_the_person_is_still_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)
