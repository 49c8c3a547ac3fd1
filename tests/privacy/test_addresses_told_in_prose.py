# ruff: noqa: RUF001  (addresses are written in their own scripts)
"""An address told in prose after the words that say it is one.

At 5ca31b5 these failed: "my address is 14 Nun's Island, Galway", "My address has changed to 86
Toa Payoh Lor 4, #12-331, Singapore 310086", Czech "na adresu Lidická 18, Brno", Russian "по
адресу: Санкт-Петербург, Невский пр., д. 88, кв. 15" (its abbreviations' dots inside it),
Greek "στη διεύθυνση Ιπποκράτους 42, Αθήνα 10680", Swahili "kwa anwani Nyumba Na. 14, Barabara
ya Kindaruma".

Guards that passed then and must still: an address word with no address after it, and a span
of days after one.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Emma: fair. my address is 14 Nun's Island, Galway if you want to", "Nun's Island"),
        ("My address has changed to 86 Toa Payoh Lor 4, #12-331, Singapore 310086. Thank you.", "Toa Payoh"),
        ("Jakub dorazí v sobotu v 9:30 na adresu Lidická 18, Brno. Zálohu 12 000", "Lidická 18"),
        ("Сборы невесты будут по адресу: Санкт-Петербург, Невский пр., д. 88, кв. 15. Домофон", "кв. 15"),
        ("Ο τεχνικός έφτασε στη διεύθυνση Ιπποκράτους 42, Αθήνα 10680. Πελάτης: Ελένη", "Ιπποκράτους 42"),
        ("Tutaituma kwa anwani Nyumba Na. 14, Barabara ya Kindaruma, Kilimani, Nairobi kesho.", "Kindaruma"),
    ],
)
def test_the_address_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my address is on the form you sent", "on the form"),
        ("your address is 3 days away by post", "3 days away"),
    ],
)
def test_what_is_no_one_s_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
