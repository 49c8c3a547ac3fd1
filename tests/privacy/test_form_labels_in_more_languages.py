"""Form labels the newest tuning corpora used (app/privacy/data/labels.txt, labelled.py):
French birth and married names, a Portuguese guest, a Vietnamese buyer, a Korean subscriber,
Chinese guests listed with "、", English "Forename(s)" and a piercer, a Hungarian ID "számom",
Telugu's name, birth date and address labels, a number's "n.º" and a label's bracketed note, a
voter's ID, and British streets named "Glade" or "Bank" after a capitalised name."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Nom de naissance : GARNIER   Nom d'usage : BENSAÏD   Prénom : Élodie", ["GARNIER", "BENSAÏD"]),
        ("Hóspede: Pierre-Louis Marchand · Nacionalidade: França", ["Pierre-Louis Marchand"]),
        ("Bên mua điện: Nguyễn Thị Thu Hằng", ["Nguyễn Thị Thu Hằng"]),
        ("가입자명: 김서연", ["김서연"]),
        ("入住人：刘志强、林晓雯、王芳", ["刘志强", "林晓雯", "王芳"]),
        ("Surname: FERREIRA DA COSTA      Forename(s): JOANA", ["JOANA"]),
        ("Piercing: helix x1   Piercer: Vik", ["Vik"]),
        ("Személyi igazolvány számom: 482913KE.", ["482913KE"]),
        ("Passaporte n.º 19AV27841 · País emissor: FRA", ["19AV27841"]),
        ("Documento: Carta d'identità n. CA48213KF rilasciata da Comune di Napoli", ["CA48213KF"]),
        ("Date of birth (must be 18+): 11/23/1991", ["11/23/1991"]),
        ('{"voter_id": "NC-004418273", "name": "Jolene Mae Hutchins-Ray"}', ["NC-004418273"]),
        ("Customer: Fionnuala Brady, 12 Orwell Park Glade, Rathgar, Dublin 6W", ["12 Orwell Park Glade"]),
        ("Subject: Quote Q-2611 - rear extension, 31 Meadow Bank, Sheffield S11 9HP", ["31 Meadow Bank"]),
        (
            "పేరు: వెంకట లక్ష్మి నారాయణ\nపుట్టిన తేదీ: 17-08-1985\nచిరునామా: ఇంటి నం. 8-2-293, బంజారా హిల్స్, హైదరాబాద్ 500034",
            ["వెంకట లక్ష్మి నారాయణ", "17-08-1985", "హైదరాబాద్ 500034"],
        ),
    ],
)
def test_a_value_after_these_labels_is_found(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for value in values:
        assert value not in scrubbed, detect(text)


def test_a_cjk_list_after_a_label_stops_at_a_sentence() -> None:
    names = [f.value for f in detect("买家：王浩然、我要改一下收货地址") if f.kind == "NAME"]
    assert names == ["王浩然"]


def test_everyday_words_after_a_number_are_no_street() -> None:
    text = "I have 2 bank accounts and 3 Green tea bags; rows=0 status=failed"
    assert Scrubber().scrub(text) == text, detect(text)
