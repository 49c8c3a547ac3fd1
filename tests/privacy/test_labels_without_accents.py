"""Labels a settings file or a CSV header writes in ASCII, without the accents of their
language, which the label rules did not read at c785ac7.

Failed then: Hungarian's "ugyfel" (ügyfél, customer) as a YAML key, French's "prenom"
(prénom) as a URL's query key, Czech's "prijmeni" (příjmení), "datum_narozeni" (datum
narození) and "bydliste" (bydliště).

Guards that passed then and must still: a short label's unaccented form is no label ("nev",
"cim" are too short to tell from other words), and French's "ne le" in prose is no "né le".
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber
from app.privacy.vocabulary import vocabulary


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('rendeles:\n  ugyfel: "Farkas Zsuzsanna"\n  munka: "oraszij csere"', "Farkas Zsuzsanna"),
        ("https://inscriptions.club.fr/adherent?nom=Benali&prenom=Yanis&cp=69003", "Yanis"),
        ("datum_narozeni: 12.3.1990\nbydliste: Husova 12, Brno", "Husova 12"),
        ("prijmeni: Dvořáková\nmesto: Brno", "Dvořáková"),
    ],
)
def test_the_value_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_short_and_spaced_labels_stay_accented_only() -> None:
    labels = set().union(*vocabulary().labels.values())
    assert {"név", "cím", "né le"} <= labels
    assert not {"nev", "cim", "ne le"} & labels
