"""Names after a title or a letter's closing in scripts without capitals, listed or not
(app/privacy/caseless.py), and in the closings and titles of more Latin, Greek and Cyrillic
letters (app/privacy/names.py, data/greetings.txt); Amharic and Hausa field labels."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("الأستاذة/ رحاب عبد الرازق، نرجو مراجعة المكتب يوم الأحد.", "رحاب عبد الرازق"),
        ("لطفاً با دکتر شهرزاد نیک‌پور تماس بگیرید: 0935 221 4470", "شهرزاد"),
        ("திரு கதிரேசன் அவர்களுக்கு வணக்கம்", "கதிரேசன்"),
        ("ዶ/ር ሄኖክ ታደሰ ነገ ይመጣሉ።", "ሄኖክ ታደሰ"),
        ("ስም: ብርቱካን ደምሴ · ስልክ: 0912 30 4455", "ብርቱካን ደምሴ"),
        ("Suna: Zainab Ɓalarabe   Lambar waya: 0803 555 0192", "Zainab Ɓalarabe"),
        ("الرجاء إرسال النسخة النهائية قبل الخميس. مع التحية، ريم الخطيب", "ريم الخطيب"),
        ("খসড়াটি পাঠালাম। বিনীত, অনুপম সেনগুপ্ত", "অনুপম সেনগুপ্ত"),
        ("Σας επισυνάπτω το αρχείο. Με εκτίμηση, Ευάγγελος Σταθόπουλος", "Ευάγγελος Σταθόπουλος"),
        ("Timen er flyttet til fredag. Mvh Torleif, 412 55 090", "Torleif"),
        ("Vážený pane docente Křížek, zasílám posudek.", "Křížek"),
        ("Ndugu Baraka Mwangi, karibu kwenye mkutano wa Jumamosi.", "Baraka Mwangi"),
        # a faith's or a community's titles
        ("Deacon Marcus will read the second lesson", "Marcus"),
        ("Catechist Joseph taught the confirmation class", "Joseph"),
        ("Swami Anand led the evening puja", "Anand"),
        ("Dear Mr Street, thank you for the donation", "Street"),
    ],
)
def test_a_titled_or_signed_name_is_hidden(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "السيد الرئيس افتتح المؤتمر صباح اليوم",
        "டாக்டர் எம்.ஜி.ஆர். மத்திய ரயில் நிலையம் · அலுவலகம்",
        # a street named after a title
        "Vicar Street is closed for resurfacing",
        "Change at Bishop Road for the number 12 bus",
    ],
)
def test_a_title_before_an_office_or_initials_names_no_one_here(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "NAME"], detect(text)
