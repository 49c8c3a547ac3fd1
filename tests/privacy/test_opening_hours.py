"""A number beside a week's opening hours is a business's; beside a shift's or a call's time,
a person's."""
# ruff: noqa: RUF001  (the scripts' own letters and punctuation)

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    "text",
    [
        "Greenway Vets, Hall Lane · 0161 445 2210 · Mon–Sat 9am–5pm",
        "Claims line 0333 220 2033 (24/7)",
        "مكتب الأونروا — ساعات الدوام من ٨ صباحاً حتى ٣ عصراً. للاستفسار: ٠٦٥٨٠٨١٠٠.",
        "Bäckerei Lang, Tel. 089 2154 8870, Öffnungszeiten Mo-Fr 6-18 Uhr",
    ],
)
def test_a_number_beside_opening_hours_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Name: Olu Akinsanya   Mobile: 07482 561 903   Shift: Sat 6am-2pm", "07482 561 903"),
        ("Pakitawagan si Jun-Jun sa 0917 555 2380 kung nasa gate na kayo", "0917 555 2380"),
        ("Emergency contact: Mother — Perpetua Nwosu — 0161 496 0742", "0161 496 0742"),
    ],
)
def test_a_persons_number_beside_other_times_or_words_is_found(text: str, phone: str) -> None:
    assert phone not in Scrubber().scrub(text)
