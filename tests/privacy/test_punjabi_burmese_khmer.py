"""Punjabi (Gurmukhi), Burmese and Khmer: their labels, a Sikh's name by "ਸਿੰਘ" or "ਕੌਰ", and
the titles Burmese glues to a name and Khmer sets before it."""

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("ਵਿਦਿਆਰਥਣ: ਜਸਲੀਨ ਕੌਰ\nਜਨਮ ਮਿਤੀ: 14-09-2008", ["ਜਸਲੀਨ", "14-09-2008"]),
        ("ਕਿਸਾਨ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ ਜੀ, ਆਪ ਜੀ ਦੀ ਅਦਾਇਗੀ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ।", ["ਗੁਰਪ੍ਰੀਤ", "ਸੰਧੂ"]),
        ("ਨਵਾਂ ਵਾਈ-ਫਾਈ ਪਾਸਵਰਡ Waheguru@1469 ਹੈ, ਸਾਂਝਾ ਨਾ ਕਰੋ ਜੀ।", ["Waheguru@1469"]),
        ("အမည်: ဒေါ်စန်းစန်းဝင်း\nဖုန်း: ၀၉ ၇၈၅ ၂၂၁ ၄၃၀", ["စန်းစန်းဝင်း", "၀၉ ၇၈၅ ၂၂၁ ၄၃၀"]),
        ("အလှူရှင် ဦးအောင်မြင့် + ဒေါ်ခင်မာလွင် (မိသားစု)", ["အောင်မြင့်", "ခင်မာလွင်"]),
        ("អង្គការជួយកសិករ៖ លោក ចាន់ វិបុល បានទទួលពូជស្រូវ ៥០ គីឡូក្រាម។", ["ចាន់ វិបុល"]),
    ],
)
def test_the_names_labels_and_titles_of_three_more_scripts(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    assert not [value for value in values if value in scrubbed]


@pytest.mark.parametrize(
    "text",
    [
        # "ဦး" after a number counts people: "for 350 people"
        "ကျောင်းသား ၃၅၀ ဦးအတွက် စာအုပ်များ လှူဒါန်းခဲ့သည်။",
        # a Guru's name is public, and a title is no given name
        "ਗੁਰੂ ਗੋਬਿੰਦ ਸਿੰਘ ਜੀ ਦਾ ਪ੍ਰਕਾਸ਼ ਪੁਰਬ ਮਨਾਇਆ ਗਿਆ।",
    ],
)
def test_a_count_or_a_gurus_name_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text
