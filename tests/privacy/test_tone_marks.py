"""Names written with combining tone marks and labels of Yoruba forms (app/privacy/names.py,
data/labels.txt, data/greetings.txt), and a Romanian greeting before a name."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Orúkọ: Ìbùkún Ọláṣùpọ̀ · Ìlú: Ìbàdàn", "Ọláṣùpọ̀"),
        ("Ọjọ́ ìbí: 04/09/1991", "04/09/1991"),
        ("Ẹ káàsán Ọ̀gbẹ́ni Kọ́láwọlé Ṣóyínká, ẹ jọ̀ọ́ ẹ pè wá padà", "Kọ́láwọlé"),
        ("Ìránti: Màmá Adéṣọlá ń bọ̀ lọ́la", "Adéṣọlá"),
        ("Bună, Andrei, ai primit coletul?", "Andrei"),
    ],
)
def test_the_value_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_a_yoruba_sentence_without_a_name_stays() -> None:
    text = "Ẹ káàárọ̀ o! Ọjà ti ṣí ní aago mẹ́jọ."
    assert Scrubber().scrub(text) == text
