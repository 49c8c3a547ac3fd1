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


@pytest.mark.parametrize(
    "text",
    [
        "Brightsmile Dental: your appointment is Tue 16 Dec at 09:40. Call 0131 556 2000 to change.",
        "Corner Cuts barbers, Leeds\nTel 0113 496 0450\nMon-Sat 9:00-18:00",
        "Stadium guide: Box office 0161 868 8000.",
    ],
)
def test_a_services_landline_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # a mobile, or a number a region's plan cannot tell from one, stays a person's
        ("Call 07912 482 306 to rearrange the viewing.", "07912 482 306"),
        ("Reminder: appointment on Tue at 2:40 PM. Call (614) 827-3309 to reschedule.", "(614) 827-3309"),
        ("The shop is open Mon-Sat.\nmy number is 0131 556 2001", "0131 556 2001"),
    ],
)
def test_a_persons_number_in_a_services_words_is_found(text: str, phone: str) -> None:
    assert phone not in Scrubber().scrub(text)
