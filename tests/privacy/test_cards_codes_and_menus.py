# ruff: noqa: RUF001  (the lines are written in their own scripts)
"""Causes read in holdout62 and 63 in the twenty-sixth session, and found by probing phrasings
in other languages: a branch's or a venue's short card with its opening hours in some twenty
languages."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in detect(text)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a person's card with their own hours to call is still theirs (guards)
        ("Hi, I'm Tomasz Nowicki, call me on 07700 900 412 daily 9-5", "PHONE", "07700 900 412"),
        (
            "Delivery address: 14 Heron Close, Norwich NR4 7TJ\nPickup point opening hours: Mon–Sat 9–18",
            "ADDRESS",
            "14 Heron Close, Norwich NR4 7TJ",
        ),
    ],
)
def test_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a branch's or a venue's short card: its address, fixed line and mailbox under its hours
        "Сбербанк – отделение 9038/01\nАдрес: ул. Тверская, 7\nЧасы работы: пн–пт 09:00–20:00",
        "Ощадбанк – відділення № 12\nвул. Хрещатик, 22, Київ\nГрафік роботи: 09:00–18:00",
        "Apteegi info\nAadress: Pärnu mnt 10, 10148 Tallinn\nLahtiolekuajad: E–R 9–19, L 10–16",
        "Cukrárna U Karla\nNerudova 12, 118 00 Praha 1 · 257 531 441\nOtevírací doba: Po–Ne 8–20",
        "北京路分店\n地址：广州市越秀区北京路88号\n营业时间：09:00–22:00\n电话：020-8333 1234",
        "Quán Cơm Niêu Sài Gòn\n21 Hàng Buồm, Hoàn Kiếm, Hà Nội · 024 3826 1100\nGiờ mở cửa: 10:00–21:30",
        "Åpningstider: man–fre 10–18\nAdresse: Storgata 12, 0155 Oslo · tlf 22 41 18 00",
        "Pekaria Doce Lar\nRua das Flores 45, 4050-262 Porto · 22 200 1234\nAberto todos os dias 7h–20h",
    ],
)
def test_left_alone(text: str) -> None:
    assert Scrubber().scrub(text) == text, _found(text)
