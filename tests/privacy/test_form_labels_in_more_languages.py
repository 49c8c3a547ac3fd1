"""Form labels the newest tuning corpora used (app/privacy/data/labels.txt, labelled.py):
French birth and married names, a Portuguese guest, a Vietnamese buyer, a Korean subscriber,
Chinese guests listed with "、", English "Forename(s)" and a piercer, a Hungarian ID "számom",
and Telugu's name, birth date and address labels."""

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
