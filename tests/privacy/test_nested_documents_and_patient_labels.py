# ruff: noqa: RUF001  (a Japanese form writes its colon full width)
"""A JSON object that holds a passport or an ID card, named by its key or its type, gives its
number (national_ids._nested_documents); a Korean prescription's "환자명" and a Japanese
contract's "ご契約者名" label a person (data/labels.txt). The four values fail at 4df7612;
an order's and an invoice's numbers in JSON stay there and here (guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"student": {"passport": {"number": "EK3310947", "country": "KEN"}}}', "EK3310947"),
        ('{"documents": [{"number": "C72Y0R4QK", "type": "passport"}, {"type": "id_card"}]}', "C72Y0R4QK"),
        ("약국 조제 내역\n환자명: 한지민\n약품: 타이레놀", "한지민"),
        ("お客様情報\nご契約者名：高橋 美咲\nプラン：ベーシック", "美咲"),
    ],
)
def test_a_document_number_or_a_labelled_person(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"order": {"number": "ORD-55812", "type": "retail"}}',  # guard
        '{"invoice": {"number": "INV20261102", "currency": "EUR"}}',  # guard
    ],
)
def test_other_numbers_in_json_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
