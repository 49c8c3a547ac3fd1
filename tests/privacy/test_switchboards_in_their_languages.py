"""An organisation's switchboard named in its own language (issue 16, thirty-fourth session).

A French notice gives its "Standard :", a German one its "Zentrale:", an Italian one its
"centralino", a Greek one its "Τηλ. κέντρου": the organisation's number, nobody's. At 387342c
each of the first test's numbers was scrubbed as a person's phone (the switchboard words were
English's only). A person's mobile on the same screen is still theirs.
The numbers are made up for these tests; none is a corpus line's.
"""

# ruff: noqa: RUF001  (lines are written in their own scripts)
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _phones(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "PHONE"]


@pytest.mark.parametrize(
    "text",
    [
        "Le cabinet sera fermé le 11 novembre. Standard : 01 42 86 17 53",
        "Notdienst rund um die Uhr. Zentrale: 030 2891 4476 (kein Privatanschluss).",
        "Uffici chiusi il 26 dicembre. Centralino: 02 8847 3310",
        "Σε λειτουργία όλοι οι αναβατήρες. Τηλ. κέντρου: 22340 48817",
        "Kontoret har stängt på fredag. Växel: 08-581 744 20",
    ],
)
def test_a_switchboards_number_is_nobodys(text: str) -> None:
    assert _phones(text) == []


def test_a_persons_mobile_beside_a_switchboard_is_still_theirs() -> None:
    text = "Contact : Mme Aubert\nPortable : 06 48 21 93 57\nStandard : 01 42 86 17 53"
    assert "06 48 21 93 57" in _phones(text)
