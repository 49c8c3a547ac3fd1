"""A transcript's speakers the lists know, in any script (app/privacy/speakers.py)."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("נועה: מי פותח את החנות מחר?\nאחראי משמרת: אני", ["נועה"]),
        ("田中：在庫の確認お願いします\n佐藤：了解です", ["田中", "佐藤"]),
        ("Ingrid: who has the van keys?\nSupervisor: in the office", ["Ingrid"]),
    ],
)
def test_a_transcripts_listed_speakers_are_names(text: str, speakers: list[str]) -> None:
    found = _names(text)
    assert all(s in found for s in speakers), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Name: required\nPhone: optional",
        "Status: shipped\nCarrier: DHL Express",
        "הערה: לסגור את הדלת\nתאריך: מחר",
        "Only one line names Ingrid: she has the keys",
    ],
)
def test_labels_or_one_line_are_no_transcript(text: str) -> None:
    assert _names(text) == [], detect(text)
