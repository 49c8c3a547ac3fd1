"""Licences the rules did not read at c785ac7: a pilot's or a driver's licence number under a
table's bare "licence" header ("pilot_id,name,licence,..."), and a Japanese driving licence's
number after its label in full-width digits ("運転免許証番号：４５１２...").

Guard that passed then and must still: a program's licence under the same header ("MIT",
"Apache-2.0", "BSD-3-Clause" have fewer than four digits).
"""

# ruff: noqa: RUF001, RUF002

from __future__ import annotations

from app.privacy.scrub import Scrubber


def test_a_pilots_licence_is_found() -> None:
    text = (
        "pilot_id,name,licence,medical_expiry,email\n"
        "P-017,Callum Reid,UK.FCL.SPL.0049271,2027-05-31,callum.reid@outlook.com\n"
        "P-022,Fiona McAllister,UK.FCL.SPL.0051108,2026-12-15,fi.mcallister@gmail.com"
    )
    scrubbed = Scrubber().scrub(text)
    assert "0049271" not in scrubbed
    assert "0051108" not in scrubbed


def test_a_programs_licence_stays() -> None:
    text = (
        "package,version,license\nnumpy,1.26.4,BSD-3-Clause\nrequests,2.31.0,Apache-2.0\nleft-pad,1.3.0,WTFPL"
    )
    assert Scrubber().scrub(text) == text


def test_a_japanese_licence_is_found() -> None:
    assert "４５１２" not in Scrubber().scrub("氏名 高橋 大輔\n運転免許証番号：４５１２３３８９０２７１")
