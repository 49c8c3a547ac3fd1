"""Names and addresses the rules missed at c785ac7.

Failed then:
- a tracker's issue whose title ends in "sample" ("LIMS-2291: Barcode printer mislabels
  sample") was read as a form's example heading, and the reporter's name below it kept;
- Korea's surname "Park" after a given name in romanised syllables or before its own mailbox
  ("Hyun-woo Park <hwpark.dev@gmail.com>", "Jisoo Park <jpark@gmail.com>") was read as a park;
- Italian's pupil and member labels ("Alunna: ESPOSITO Giulia", "Iscritta: ROSSI Chiara");
- Iceland's "Heimili:" (home), and Hungarian's "lakcim" and "szuletesi_datum" headers written
  without their accents (the birth date's column makes the table a person's, and the address
  under "lakcim" theirs).

Guards that passed then and must still: a form's example heading ("SAMPLE FORM"), a park by its
name ("Victoria Park"), a park's own mailbox.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "LIMS-2291: Barcode printer mislabels sample\nReporter: Nikhil Varma    Priority: P1",
            "Nikhil Varma",
        ),
        ("9f2c1ab Hyun-woo Park <hwpark.dev@gmail.com> fix calibration offset parser", "Hyun-woo Park"),
        ("Jisoo Park <jpark@gmail.com> joined the ladder", "Jisoo Park"),
        ("Alunna: ESPOSITO Giulia\nClasse: 1B", "ESPOSITO Giulia"),
        ("Iscritta: ROSSI Chiara", "ROSSI Chiara"),
        ("Nafn: Bjarki Þórsson\nHeimili: Hraunbær 102, 110 Reykjavík", "Hraunbær 102"),
        (
            "helyrajzi_szam;tulajdonos;szuletesi_datum;lakcim\n29114/3;Nagy Zoltán;1966.03.08;"
            "1042 Budapest, Árpád út 71. II/5",
            "Árpád út 71",
        ),
    ],
)
def test_the_value_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "SAMPLE FORM\nName: John Smith",
        "Meet at Victoria Park at 10",
        "Central Park <info@centralpark.org>",
    ],
)
def test_the_text_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text
