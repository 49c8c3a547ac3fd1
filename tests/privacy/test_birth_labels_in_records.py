"""Birth dates after words the cues did not hold at 7af7018: Greek's "γενν." (born, cut short),
a record's Slovak key "datum_narodenia", Estonian's "synniaeg" without its umlaut, a vCard's
"BDAY:", Irish "lá breithe", a chat's "bday", French's cut "Date naiss.", Italian's "D.N.:",
Chinese "出生", the genealogists' star for "born" after a name ("Lena Maier (* 12.03.1988)"),
a child's date in brackets where the text speaks of kids, and a patient's row with the sex
after the date.

Guards that passed then and must still: a calendar's dates in the same vCard or event, and a
Greek line's date that no birth word stands before.
"""

# ruff: noqa: RUF001  (a fullwidth colon in a Chinese case)

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Παρ. 18/12  Γενέθλια Νίκης (γενν. 18/12/2015)", "18/12/2015"),
        ('{"ziak":"Jana Kováčová","datum_narodenia":"2011-03-02","trieda":"3.B"}', "2011-03-02"),
        ("opilased:\n  - nimi: Mia Saar\n    synniaeg: 2012-06-12", "2012-06-12"),
        ("BEGIN:VCARD\nFN:Hugh Ashdown\nBDAY:1955-08-19\nEND:VCARD", "1955-08-19"),
        ("lá breithe: 12/03/1988", "12/03/1988"),
        ("bday 12/03/1988", "12/03/1988"),
        ("Date naiss. : 12/03/1988", "12/03/1988"),
        ("D.N.: 12/03/1988", "12/03/1988"),
        ("出生：1990年7月4日", "1990年7月4日"),
        ("Lena Maier (* 12.03.1988)", "12.03.1988"),
        ("Lena Maier, * 12. März 1988 in Graz", "12. März 1988"),
        ("Kids: Tom (03/05/2015), Ella (22/11/2017)", "22/11/2017"),
        ("Patient: Lena Maier  04/07/1990  F", "04/07/1990"),
    ],
)
def test_the_birth_date_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("BEGIN:VCARD\nFN:Hugh Ashdown\nREV:2026-11-02\nEND:VCARD", "2026-11-02"),
        ("Παρ. 18/12  Πρόβα παράστασης (ημ. 18/12/2026)", "18/12/2026"),
        ("bday party on 12/03 at 5pm", "12/03"),
        ("* 12.03.2026 Treffen im Club", "12.03.2026"),
        ("Meeting moved (12/03/2026)", "12/03/2026"),
    ],
)
def test_other_dates_are_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
