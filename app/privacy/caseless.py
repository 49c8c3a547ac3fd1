# ruff: noqa: RUF001, RUF002, RUF003  (names, cues and punctuation are written in their own scripts)
"""People's names in scripts without capital letters: Arabic and Persian, Hebrew, Devanagari,
Bengali, Tamil, Gurmukhi, Burmese, Khmer, Hangul and Chinese characters.

The other name rules start from a capital; "حضر يوسف وسلمى والمهندس طارق حداد", "שלום יוסי",
"राहुल भैया", "지현아" and "李明和陈静负责" went out whole. Many given names are everyday words
too ("أمل" hope, "विकास" growth, "明" bright), so a word the lists know (data/script_first_names.txt
and script_surnames.txt, from Faker's locales, and script_names_by_hand.txt, common names they
lack) is taken only beside what makes it a person's: a surname the lists know after it, a
title, greeting, vocative or "in the name of" before it, a form of address after it ("जी",
"씨", "아"), or another name it is listed with ("يوسف وسلمى").
Arabic and Hebrew write "and", "to", "the" and some prepositions as one letter joined to the
next word: "وسلمى" is "and Salma", "למשפחת" is "to the family of"; the letter stays outside the
value; a cue word may carry one too ("للأستاذة", to the teacher; "לנועה" after "תגידי", tell
Noa). A Korean full name is one word, a listed family and given name ("김민준"), taken after a
cue ("신랑", groom) or before a post ("팀장"); a given name before a particle Korean joins only
to people ("민지한테", to Minji). A Chinese name is a listed surname then a listed given name,
set off by punctuation, a word that names whom something is with, for or by, a kin word or a
role's word before it ("舅舅刘建华", "报案人李建国", "联系人刘志强") or a title or "您" after it
("王桂兰女士", "陈美玲您好"). A Korean full name the lists know needs no cue ("정하은입니다"); a
Japanese family name the lists know is taken where its person says or signs it ("中村です",
"— 鈴木") or a form writes it a space before the given name ("（佐藤 美咲）").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from app.privacy import names
from app.privacy.finding import CHAT_TURN, Finding, line_end
from app.privacy.vocabulary import vocabulary

#: A word of the scripts read here: letters and the vowel signs Python does not count as letters.
_WORD = re.compile(
    r"(?:[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u05d0-\u05ea\u0900-\u0963\u0971-\u097f"
    r"\u0980-\u09e3\u09f0\u09f1\u0b80-\u0bef\u1200-\u135a\uac00-\ud7a3]|[\u064b-\u065f\u0670\u05b0-\u05c7])+"
    r"(?:['\u05f3\"][\u05d0-\u05ea]+)?"
)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_ARABIC_MARKS = re.compile(r"[\u064b-\u0652]")

#: One-letter words joined to the next: Arabic "and", "then", "with", "to", "as"; Hebrew "and",
#: "the", "to", "in", "from", "that", "as".
_JOINED = {"ARABIC": "وفبلك", "HEBREW": "והלבמשכ"}
#: Words before a name that make it a person's: titles, greetings, vocatives, kin ("خالتك", your
#: aunt), "in the name of", and the roles a record or a team gives a person (a complainant, a
#: witness, a coach).
_BEFORE = frozenset(
    """
    خالتك عمتك خالك عمك أخوك أختك
    يا السيد السيدة سيد سيدة الأستاذ الأستاذة أستاذ أستاذة الدكتور الدكتورة دكتور دكتورة د المهندس
    المهندسة مهندس مهندسة الأخ الأخت أخي أختي أم أبو أبي باسم المستفيد الاسم مرحبا مرحباً أهلا عزيزي
    عزيزتي الحاج الحاجة والدة والد زوجة زوج الطالب الطالبة المريض المريضة ابني ابنتي بنتي أخوي حبيبتي حبيبي
    آقای خانم جناب سرکار دکتر مهندس سلام عزیز
    שלום היי מר גב' גברת ד"ר עו"ד הרב משפחת אל עם תודה בשם שם של תגידי תגיד תגידו תשאלי תשאל
    नमस्ते नमस्कार प्रिय श्री श्रीमती सुश्री कुमारी डॉ डॉक्टर आदरणीय एजेंट मरीज़ छात्र चि सौ कां स्व स्वर्गीय
    প্রিয় শ্রী শ্রীমতী জনাব বেগম ডা ডাক্তার
    திரு திருமதி செல்வி டாக்டர் அன்புள்ள
    신랑 신부 담당 담당자 보호자 환자 신고인 피해자 의뢰인 참고인 증인 사서 코치 감독 기사
    المبلغ المبلغة الشاهد الشاهدة الموكل الموكلة المدرب المدربة الكابتن
    कोच गवाह शिकायतकर्ता பயிற்சியாளர் সাক্ষী
    باجی باجي کوچ
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: Titles that only a person's name follows, listed or not: "السيدة/ منى عبد الفتاح", "دکتر
#: کامران صدری", "திருமதி வள்ளியம்மை", "ዶ/ር ዮሐንስ በቀለ" (greetings and vocatives, in _BEFORE, may
#: precede a word that is no name).
_TITLES = frozenset(
    """
    السيد السيدة الأستاذ الأستاذة الدكتور الدكتورة دكتور دكتورة المهندس المهندسة الحاج الحاجة
    آقای خانم دکتر مهندس جناب محترمہ ڈاکٹر بیگم
    מר גב' גברת ד"ר עו"ד
    श्री श्रीमती सुश्री डॉ डॉक्टर प्रोफेसर
    শ্রী শ্রীমতী জনাব বেগম ডা ডাক্তার অধ্যাপক
    திரு திருமதி டாக்டர் முனைவர் பேராசிரியர்
    አቶ ወ/ሮ ወ/ሪት ዶ/ር ዶክተር ፕሮፌሰር
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: How many words of a titled name to take: Arabic-script names run to three ("منى عبد الفتاح").
_TITLED_WORDS = {"ARABIC": 3, "ETHIOPIC": 3}
#: Words after a titled name that are no part of it: the respected ("المحترمة", "அவர்களின்").
_NOT_OF_THE_NAME = frozenset(
    """
    المحترم المحترمة المحترمين عزيز عزيزم جی जी अवर्गळ அவர்கள் அவர்களின் அவர்களுக்கு அவர்களே
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: A title glued to its name by a slash, as Arabic and Amharic write it: "السيدة/", "ዶ/ር".
_TITLE_BEFORE = re.compile(
    r"(?P<title>[ለየከበእ]?(?:ወ/ሮ|ወ/ሪት|ዶ/ር)"
    r"|(?:[\u0600-\u06ff\u1200-\u135a\u0900-\u0bff\u05d0-\u05ea\"']+))[/ \t.]*$"
)
#: A closing before the name that signs a letter, in the scripts read here: "مع التحية، يوسف
#: منصور", "বিনীত, সৌমিক", "நன்றி, மீனாட்சி", "ከሰላምታ ጋር፣ ቤተልሔም".
_SIGNED = re.compile(
    r"(?:مع (?:خالص )?التحية|تحياتي|با احترام|با سپاس|ارادتمند|بصد احترام|بینیت|বিনীত|ধন্যবাদান্তে|"
    r"শুভেচ্ছান্তে|நன்றி|அன்புடன்|இப்படிக்கு|सादर|भवदीय|भवदीया|בברכה|ከሰላምታ ጋር|"
    # thanks and good luck that end a message: Arabic, Hebrew, Telugu, Hindi, Bengali
    r"مع الشكر(?: والتقدير)?|شكرا|وشكرا|בהצלחה|תודה(?: רבה)?|ధన్యవాదాలు|ధన్యవాదములు|धन्यवाद|ধন্যবাদ)"
    # on its line, or on the text's last line under it
    r"[ \t]*[,،፣]?[ \t]*(?:\n[ \t]*(?=(?:\S+[ \t]+){0,2}\S+[ \t.!።]*\Z))?"
    r"(?P<value>(?:\S+[ \t]+){0,2}\S+?)[ \t.!።]*$",
    re.MULTILINE,
)
#: Thai writes a title or a kin word glued to the name it goes with ("คุณสมชาย", "พี่ต้น",
#: "น้องมายด์"), and the name runs to a space, a polite particle or the line's end; a kin word
#: or an office after the title ("คุณแม่", mother; "คุณครู", teacher) is no name.
_THAI_TITLED = re.compile(
    # (not the "คุณ" of "ขอบคุณ", thank you)
    r"(?<!ขอบ)(?:คุณ|พี่|น้อง|นาย|นางสาว|นาง|ด\.ช\.|ด\.ญ\.)(?P<value>[\u0e01-\u0e4e]{2,10}?)"
    r"(?=ครับ|ค่ะ|คะ|นะ|จ้ะ|จ้า|[ \t]|$|[,.!?:)])",
    re.MULTILINE,
)
_THAI_NOT_NAMES = frozenset(
    """
    ยาย ย่า ตา ปู่ แม่ พ่อ ครู หมอ ลูกค้า ผู้ใช้ สมาชิก พยาบาล ป้า ลุง น้า อา สาว ชาย ทุกคน ท่าน
    ครับ ค่ะ คะ นะ จ้ะ จ้า
    คือ ได้ จะ ที่ มี เป็น ต้อง ไม่ ก็ ว่า และ ยัง สามารถ
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: A Korean given name of two syllables called at a message's start ("지수야, ...", "엄마: 지현아
#: ..."), listed or not; the words that end the same way are left ("어디야", where are you).
_HANGUL_CALLED = re.compile(
    r"(?m)(?:^|(?<=[:\uff1a] ))[ \t]*(?P<value>[\uac00-\ud7a3]{2})(?:아|야)(?=[ ,!~])"
)
_HANGUL_NOT_CALLED = frozenset(
    """
    아니 어디 누구 진짜 정말 이거 그거 저거 여기 거기 저기 내일 오늘 이제 그래 언니 오빠 누나 엄마 아빠
    친구 자기 얘들 애들 이건 그건 뭐라 왜냐 그러 이래 저래 그렇 우리 너희 선생 사장
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: "The family of" before a family name: "משפחת לוי", "عائلة الحمادي".
_FAMILY = frozenset("משפחת عائلة أسرة آل".split())  # noqa: SIM905
#: Words after a name that address its person or give their kinship or post: "राहुल जी",
#: "प्रिया दीदी", "सुरेश भाई", "민준 씨", "최우진 팀장", or sign a Korean letter with it ("정다은 드림").
_AFTER = frozenset(
    """
    जी भैया भइया भाई दीदी साहब भाभी बाबू जान चाचा चाची मामा मामी बुआ आंटी अंकल দা দি ভাই আপা সাহেব
    씨 님 선배 선생님 팀장 과장 부장 대리 소장 실장 차장 원장 교수 드림 올림
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: What Korean joins to a given name when it calls or addresses someone: "지현아", "수빈아",
#: "민준 씨", "서연님".
_HANGUL_ADDRESSED = ("아", "야", "씨", "님")
#: Words that join two names: "و" is joined to its word, these stand apart.
_AND = frozenset("و ו और व এবং மற்றும் 와 과 및".split())  # noqa: SIM905
#: Around a Chinese name: punctuation, or a word that names whom something is with, for, by or
#: to; before it the end of a kin's or a role's word ("儿子孙浩然", "队长黄俊", "学生刘洋"), after
#: it what a person does next ("赵敏一人继承", "刘洋开通", "刘洋首发").
_HAN_BEFORE = "和与跟给是叫找问对把被让请向由@：:，、（( 舅姐哥弟妹叔姨姑爷奶婆公妈爸人者员子儿长生师友事户属"
_HAN_AFTER = (
    "和与跟给说的、，。！？：:）) 也都负在下上明今昨早晚刚已要会去来将女先小阿叔老同医经律师您"
    "一开首这那回打买发拿帮没不还就又再才正"
)


#: A Sikh's name in Gurmukhi: a given name, then "ਸਿੰਘ" (Singh) or "ਕੌਰ" (Kaur), which nearly
#: every Sikh carries, then perhaps a family name Punjabi's lists know ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ",
#: "ਜਸਲੀਨ ਕੌਰ"). A Gurmukhi word is its letters and its vowel signs.
_GURMUKHI_WORD = r"[\u0a01-\u0a75]+"
_SIKH_FAMILY_NAMES = (
    "ਸੰਧੂ|ਸਿੱਧੂ|ਗਿੱਲ|ਢਿੱਲੋਂ|ਗਰੇਵਾਲ|ਬਰਾੜ|ਮਾਨ|ਬਾਜਵਾ|ਚੀਮਾ|ਰੰਧਾਵਾ|ਸੇਖੋਂ|ਧਾਲੀਵਾਲ|ਔਲਖ|ਸੋਹੀ|ਬੈਂਸ|ਕੰਗ|"
    "ਚਾਹਲ|ਭੁੱਲਰ|ਵਿਰਕ|ਖਹਿਰਾ|ਸੈਣੀ|ਅਰੋੜਾ|ਅਹਲੂਵਾਲੀਆ|ਬੇਦੀ|ਸੋਢੀ|ਸਹੋਤਾ|ਜੌਹਲ|ਥਿੰਦ|ਪੰਨੂ|ਸੰਘਾ|ਦਿਓਲ|ਹੁੰਦਲ|"
    "ਮਾਂਗਟ|ਨਿੱਜਰ|ਸਰਾਂ|ਬਾਠ|ਕਾਹਲੋਂ|ਘੁੰਮਣ|ਸੰਘੇੜਾ|ਉੱਪਲ|ਬਿੰਦਰਾ|ਕੋਹਲੀ|ਚੱਢਾ|ਭਾਟੀਆ|ਖੁਰਾਣਾ|ਮਲਹੋਤਰਾ"
)
_SIKH_NAME = re.compile(
    rf"(?<![\u0a01-\u0a75])(?P<value>{_GURMUKHI_WORD}[ \t]+(?:ਸਿੰਘ|ਕੌਰ)"
    rf"(?:[ \t]+(?:{_SIKH_FAMILY_NAMES}))?)(?![\u0a01-\u0a75])"
)
#: Words before "ਸਿੰਘ" that are no given name: a lion's ("ਸ਼ੇਰ ਸਿੰਘ" is a name, but "ਗੁਰੂ ਗੋਬਿੰਦ
#: ਸਿੰਘ" a Guru's, "ਭਗਤ ਸਿੰਘ" a martyr's are public; a title before one is not its given name).
_NOT_SIKH_GIVEN = frozenset("ਗੋਬਿੰਦ ਭਗਤ ਰਣਜੀਤ ਸਰਦਾਰ ਸ੍ਰੀ ਸ਼੍ਰੀ ਭਾਈ ਬੀਬੀ ਬਾਬਾ".split())  # noqa: SIM905


#: Burmese glues its title to the name ("ဦးအောင်မြင့်", Mr Aung Myint; "ဒေါ်ခင်မာလွင်", Mrs Khin
#: Ma Lwin; "ကိုဇော်", brother Zaw), and the name runs to a space or a sign; Khmer sets its
#: title and the name's two words apart ("លោក ចាន់ វិបុល", Mr Chan Vibol). "ကို" after a word
#: is a particle ("to"), so the title starts a word; a run of more than sixteen letters and
#: signs is a sentence, no name.
_BURMESE_TITLED = re.compile(
    r"(?<![\u1000-\u109f])(?:ဦး|ဒေါ်|ကို|မောင်)(?P<value>[\u1000-\u109f]{2,16})(?![\u1000-\u109f])"
)
_COUNTED = re.compile(r"[\d\u1040-\u1049][ \t]*$")
_KHMER_TITLED = re.compile(
    r"(?<![\u1780-\u17ff])(?:លោកស្រី|អ្នកស្រី|លោក|កញ្ញា)[ \t]+"
    r"(?P<value>[\u1780-\u17ff]{1,10}[ \t]+[\u1780-\u17ff]{1,10})(?=[ \t]|[\u17d4-\u17d6,.:;!?\u2014-]|$)",
    re.MULTILINE,
)


def find(text: str) -> Iterator[Finding]:
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    taken: list[tuple[int, int]] = []
    for i, (word, start, end) in enumerate(words):
        given = _given(word)
        if given is None:
            continue
        value_start = end - len(given)
        value_end = end
        before = words[i - 1][0] if i and _adjacent(text, words[i - 1][2], start) else ""
        after = words[i + 1] if i + 1 < len(words) and _adjacent(text, end, words[i + 1][1]) else None
        surname_after = after is not None and _surname(after[0])
        if surname_after and after is not None:
            value_end = after[2]
        joined = word[: value_start - start]  # the "و" of "وسلمى"
        # (or called at its line's start, a comma after: "יוסי, תזכיר", "பிரியா, நாளை", "ዳዊት፣")
        addressed = (after is not None and after[0] in _AFTER) or (
            text[end : end + 1] in _VOCATIVE_COMMAS
            and _opens_its_line(text, start)
            and word not in vocabulary().greetings
        )
        cued = _cue_before(before) or (joined != "" and _plain(joined) in _BEFORE)
        and_after = after is not None and (after[0] in _AND or _another_name_joined(after[0]))
        listed = and_after or any(_plain(w) in _AND or _joined_and(w) for w in (before, joined) if w)
        if surname_after or addressed or cued or (listed and _named_beside(words, i)):
            taken.append((value_start, value_end))
    for i, (word, start, end) in enumerate(words):
        hangul = _hangul_addressed(word)
        if hangul:
            taken.append((start, start + len(hangul)))
        kin = _korean_kin_named(words, i)
        if kin:
            taken.append(kin)
        # a Korean full name the lists know, alone or before what Korean joins to it ("최유나",
        # "정하은입니다", "박지훈 학생에게")
        if "\uac00" <= word[0] <= "\ud7a3" and 3 <= len(word) <= 6:
            stem = _KOREAN_PARTICLE.sub("", word)
            if korean_full_name(stem):
                taken.append((start, start + len(stem)))
        family = _plain(words[i - 1][0]) if i else ""
        if _surname(word) and (family in _FAMILY or (family[1:] in _FAMILY and family[:1] in "ול")):
            taken.append((start, end))
    taken.extend(_titled(text, words))
    for pattern, not_names in ((_HANGUL_CALLED, _HANGUL_NOT_CALLED), (_THAI_TITLED, _THAI_NOT_NAMES)):
        taken.extend(m.span("value") for m in pattern.finditer(text) if m.group("value") not in not_names)
    taken.extend(_signed(text))
    taken.extend(_japanese_self_named(text))
    taken.extend(_han_names(text))
    taken.extend(_spoken_of(text, words))
    taken.extend(_thai_spoken_of(text))
    taken.extend(
        m.span("value")
        for m in (*_BURMESE_TITLED.finditer(text), *_KHMER_TITLED.finditer(text))
        # after a number "ဦး" counts people ("၃၅၀ ဦးအတွက်", for 350 people)
        if not _COUNTED.search(text, max(0, m.start() - 3), m.start())
    )
    taken.extend(
        m.span("value")
        for m in _SIKH_NAME.finditer(text)
        if m.group("value").split()[0] not in _NOT_SIKH_GIVEN
    )
    for start, end in taken:
        finding = Finding("NAME", start, end, text[start:end])
        if not names.not_a_person(text, finding):
            yield finding


#: A Japanese family name the lists know, perhaps with a given name, where a person says it is
#: them ("助産師、中村です", "宿泊した中村です", "経済学部2年の中村 翔太です") or signs a line with it
#: ("— 鈴木", "会計 中村", "株式会社大和設備 工務部 中村"), read only on a text with kana, so a
#: Chinese line's family name at its end ("客人姓陈") is left to the Chinese rules.
_JA_SELF_NAMED = re.compile(
    r"(?<![\u4e00-\u9fff\u3005])"
    r"(?P<said>[\u4e00-\u9fff\u3005]{1,3}(?:[ \u3000]?[\u4e00-\u9fff\u3040-\u309f]{1,3}?)?)"
    r"(?:です|でございます)(?![\u3040-\u309f]*か)"
    r"|(?:^|(?<=[ \u3000\u2014\u2013:\uff1a]))(?P<signed>[\u4e00-\u9fff\u3005]{1,3}"
    r"(?:[ \u3000][\u4e00-\u9fff\u3040-\u309f]{1,3})?)[ \u3000]*$"
    # or writes it as forms do, family and given name a space apart, set off by brackets or a
    # colon: "緊急連絡先：090-4827-1635（佐藤 美咲）", "佐々木 健一（父）"
    r"|(?<=[\uff08(\uff1a:\u3001])"
    r"(?P<spaced>[\u4e00-\u9fff\u3005]{1,3}[ \u3000][\u4e00-\u9fff\u3040-\u309f]{1,3})"
    r"(?=[\uff09)\uff08(\u3001\u3002 \u3000]|$)",
    re.MULTILINE,
)
_KANA = re.compile(r"[\u3040-\u30ff]")
_JA_PLACE_ENDS = frozenset("区市町村県駅線館店社屋寺院橋川山園署局課部")


def _japanese_self_named(text: str) -> Iterator[tuple[int, int]]:
    """The spans of `_JA_SELF_NAMED` whose family name the lists know."""
    kana = _KANA.search(text) is not None
    for m in _JA_SELF_NAMED.finditer(text):
        group = next(g for g in ("said", "signed", "spaced") if m.group(g))
        family = m.group(group).split()[0]
        # (a form's spaced name may stand on a line of kanji alone; its family name is then one
        # of two characters or more, as Japanese ones are and Chinese ones seldom)
        if not kana and (group != "spaced" or len(family) < 2):
            continue
        # (a place or a firm named after the family: "中村区", a ward; "鈴木商店", a shop)
        if any(
            family[:n] in _surnames() and family[n : n + 1] not in _JA_PLACE_ENDS
            for n in (3, 2)
            if len(family) >= n
        ):
            yield m.span(group)


#: Words a family's chat puts after a name it speaks of, to say with, to or by whom: Hindi's and
#: Urdu's "से" / "سے" (with, from), "को" / "کو" (to), "ने" / "نے" (by), "के साथ"'s "साथ";
#: Bengali's "সাথে" (with); Tamil's "கிட்ட" (to).
_PERSON_AFTER = frozenset("से को ने संग सँग साथ سے کو نے ساتھ সাথে সঙ্গে கிட்ட".split())  # noqa: SIM905
#: "Of", which "with" follows in Hindi and Urdu: "के साथ", "کے ساتھ".
_OF_BEFORE_WITH = frozenset("के کے".split())  # noqa: SIM905
#: Words before such a name: Arabic's "مع" (with), Persian's "با" (with) and "به" (to).
_PERSON_BEFORE = frozenset("مع با به".split())  # noqa: SIM905
#: Case endings joined to a name, and what its nominative ends in instead: Bengali's "of" and
#: "to" ("রুমার", "সৌমিত্রকে"), Tamil's "with" and "to" ("மீனாவோட", "செல்வத்துக்கு": "-ம்" turns
#: to "-த்து" before them).
_PERSON_ENDINGS = (
    ("ের", ""),
    ("এর", ""),
    ("কে", ""),
    ("র", ""),
    ("த்துக்கு", "ம்"),
    ("த்தோட", "ம்"),
    ("வோட", ""),
    ("க்கு", ""),
)
#: One-letter words Amharic joins before a name: "from/with" ("ከአበበ ጋር") and "to" ("ለዳዊት").
_PERSON_JOINED = ("ከ", "ለ")


def _spoken_of(text: str, words: list[tuple[str, int, int]]) -> Iterator[tuple[int, int]]:
    """Given names the lists know that a family's chat speaks of, in its turns only (see
    finding.CHAT_TURN), by the word or the ending that says with, to or by whom: "प्रिया से बात
    की?", "با سارا صحبت کردی؟", "তুই কি রুমার সাথে", "ከአበበ ጋር ተነጋገርክ?"."""
    turns = [(m.end(), line_end(text, m.end())) for m in CHAT_TURN.finditer(text)]
    if not turns:
        return
    said_from = [a for a, _ in turns]
    for i, (word, start, end) in enumerate(words):
        turn = bisect_right(said_from, start) - 1
        if turn < 0 or start >= turns[turn][1]:
            continue
        before = words[i - 1][0] if i and _adjacent(text, words[i - 1][2], start) else ""
        after = words[i + 1][0] if i + 1 < len(words) and _adjacent(text, end, words[i + 1][1]) else ""
        # "के साथ" / "کے ساتھ" (with): "of" then "company"
        if after in _OF_BEFORE_WITH and i + 2 < len(words) and words[i + 2][0] in _PERSON_AFTER:
            after = words[i + 2][0]
        if _plain(word) in _first_names() and (after in _PERSON_AFTER or _plain(before) in _PERSON_BEFORE):
            yield start, end
            continue
        ending, nominative = next(((e, n) for e, n in _PERSON_ENDINGS if word.endswith(e)), ("", ""))
        if ending and len(word) > len(ending) + 1 and word[: -len(ending)] + nominative in _first_names():
            yield start, end - len(ending)
            continue
        if word[:1] in _PERSON_JOINED and word[1:] in _first_names():
            yield start + 1, end


#: Thai writes a sentence without spaces: a name stands glued after the word that says with,
#: to or of whom ("คุยกับธนพลหรือยัง", talked with Thanaphon yet?; "บอกวิชัยให้ซื้อ", tell Wichai
#: to buy) or after a title ("พี่ปิยะ").
_THAI_CUE = re.compile(r"(?:กับ|บอก|ถาม|โทรหา|ของ|พี่|น้อง|คุณ)(?=[\u0e01-\u0e4e])")
_THAI_LETTERS = re.compile(r"[\u0e01-\u0e4e]+")
_THAI_LONGEST_NAME = 12


def _thai_spoken_of(text: str) -> Iterator[tuple[int, int]]:
    """The longest given name the lists know that starts right after a Thai cue (see
    _THAI_CUE), in a chat's turns only, as _spoken_of reads the other scripts."""
    for turn in CHAT_TURN.finditer(text):
        said_end = line_end(text, turn.end())
        for cue in _THAI_CUE.finditer(text, turn.end(), said_end):
            run = _THAI_LETTERS.match(text, cue.end(), said_end)
            if run is None:
                continue
            letters = run.group()[:_THAI_LONGEST_NAME]
            length = next((n for n in range(len(letters), 1, -1) if letters[:n] in _first_names()), 0)
            if length:
                yield cue.end(), cue.end() + length


def _titled(text: str, words: list[tuple[str, int, int]]) -> Iterator[tuple[int, int]]:
    """The words after a title (see _TITLES), as many as a name of the script has, up to a
    punctuation mark or a word that honours rather than names."""
    for i, (word, start, end) in enumerate(words):
        title = _TITLE_BEFORE.search(text, max(0, start - 12), start)
        if not title or not _a_title(_plain(title.group("title"))):
            continue
        # the title is a word of its own; a given name takes no article ("السيد الرئيس", Mr
        # President)
        if (title.start() and text[title.start() - 1].isalpha()) or _plain(word).startswith("ال"):
            continue
        # initials are a public figure's, as a place named after them writes them ("எம்.ஜி.ஆர்.")
        if re.match(r"\.\w", text[end : end + 2]):
            continue
        if word in _NOT_OF_THE_NAME:
            continue
        taken = [words[i]]
        for next_word in words[i + 1 : i + _TITLED_WORDS.get(_script(word), 2)]:
            if not _adjacent(text, taken[-1][2], next_word[1]) or not _rest_of_a_name(
                taken[-1][0], next_word[0]
            ):
                break
            taken.append(next_word)
        yield taken[0][1], taken[-1][2]


def _a_title(word: str) -> bool:
    """A title of _TITLES, in Amharic with the preposition it takes glued on: "ለአቶ" (to Mr),
    "የወ/ሮ" (Mrs's), "ከዶ/ር" (from Dr)."""
    return word in _TITLES or (word[:1] in _AMHARIC_PREPOSITIONS and word[1:] in _TITLES)


_AMHARIC_PREPOSITIONS = frozenset("ለየከበእ")


#: How a family name ends in Arabic and Persian: the nisba ("الحسيني", "صدری") and Persian's
#: "-pur", "-zadeh", "-ian", "-nejad".
_FAMILY_ENDING = re.compile(r"(?:[يی]|پور|زاده|یان|نژاد)$")


def _rest_of_a_name(previous: str, word: str) -> bool:
    """Whether a word after a titled name's first word goes on with the name: a name the lists
    know, the rest of "عبد ..." ("servant of"), a family name by its article or ending, or the
    father's name Amharic puts after every given name; not a verb or a noun of the sentence."""
    plain = _plain(word)
    if word in _NOT_OF_THE_NAME:
        return False
    return (
        _script(word) == "ETHIOPIC"
        or _surname(word)
        or _given(word) is not None
        or _plain(previous) == "عبد"
        or plain == "عبد"
        or plain.startswith("ال")
        or (len(plain) > 3 and _FAMILY_ENDING.search(plain) is not None)
    )


def _signed(text: str) -> Iterator[tuple[int, int]]:
    """The name after a closing at a line's end (see _SIGNED), when all its words are of the
    scripts read here."""
    for m in _SIGNED.finditer(text):
        value = m.group("value")
        parts = value.split()
        if parts and all(_WORD.fullmatch(part) for part in parts):
            yield m.start("value"), m.end("value")


def _cue_before(word: str) -> bool:
    """A title, greeting or vocative before a name, also with a joined one-letter word: Arabic
    "للأستاذة" is "to the teacher" (the article's alif dropped after "ل"), "لابني" "to my son"."""
    plain = _plain(word)
    joined = _JOINED.get(_script(plain), "") if plain else ""
    return (
        plain in _BEFORE
        or (plain.startswith("لل") and "ال" + plain[2:] in _BEFORE)
        or (len(plain) > 2 and plain[0] in joined and plain[1:] in _BEFORE)
    )


def _adjacent(text: str, end: int, start: int) -> bool:
    """Two words with only blanks (or Hebrew's hyphen after a joined letter, or the full stop
    of an abbreviated title: "चि. अमित") between them."""
    return text[end:start].strip(" \t-.") == ""


#: The commas a name called at a message's start is set off by, in the scripts read here.
_VOCATIVE_COMMAS = frozenset(",\u060c\u1363\uff0c\u3001")


def _opens_its_line(text: str, start: int) -> bool:
    """Whether only blanks (or a chat turn's speaker and colon) stand before `start` on its line."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return before.strip() == "" or re.fullmatch(r"[^\n:\uff1a]{1,30}[:\uff1a][ \t]*", before) is not None


def _plain(word: str) -> str:
    return _ARABIC_MARKS.sub("", word)


@cache
def _first_names() -> frozenset[str]:
    return _read("script_first_names.txt") | _by_hand("first")


@cache
def _surnames() -> frozenset[str]:
    return _read("script_surnames.txt") | _by_hand("surname")


def _read(name: str) -> frozenset[str]:
    lines = names.data_file(name).read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line)


def _by_hand(kind: str) -> frozenset[str]:
    """The names of one kind in data/script_names_by_hand.txt (common names Faker lacks)."""
    return _hand_lists().get(kind, frozenset())


@cache
def _hand_lists() -> dict[str, frozenset[str]]:
    """data/script_names_by_hand.txt read once: its names by kind ("first", "surname")."""
    lines = names.data_file("script_names_by_hand.txt").read_text(encoding="utf-8").splitlines()
    by_kind: dict[str, set[str]] = {}
    for line in lines:
        if line and not line.startswith("#"):
            head, tail = line.split(";", 1)
            by_kind.setdefault(head.strip(), set()).update(name.strip() for name in tail.split("|"))
    return {kind: frozenset(found) for kind, found in by_kind.items()}


def _script(word: str) -> str:
    return unicodedata.name(word[0], "").split(" ")[0]


def _given(word: str) -> str | None:
    """The word, or the word after its joined one-letter "and"/"to"/"the", if the lists know it
    as a given name (and it is a word, not one Chinese character)."""
    plain = _plain(word)
    if len(plain) > 1 and (plain in _first_names() or korean_full_name(plain)):
        return word
    joined = _JOINED.get(_script(word), "")
    if plain[:1] and plain[0] in joined and len(plain) > 2 and plain[1:] in _first_names():
        return word[1:]
    return None


def words(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """The words of the scripts read here in text[start:end], with their spans."""
    for m in _WORD.finditer(text, start, end):
        yield m.group(), m.start(), m.end()


def listed(word: str) -> bool:
    """A given or family name the lists know in a script without capitals, as one word
    ("מיכל", "山本", "陈静", "이준호")."""
    plain = _plain(word)
    return (
        plain in _first_names() or plain in _surnames() or names.chinese_name(word) or korean_full_name(word)
    )


#: What Korean joins after a full name: a copula ("입니다", "이에요"), a case particle, an honorific.
_KOREAN_PARTICLE = re.compile(
    r"(?:입니다|이에요|예요|이고|에게|한테|께서|님|씨|은|는|이|가|을|를|의|도|와|과|께)$"
)


def korean_full_name(word: str) -> bool:
    """A Korean family name and a given name the lists know, written as one word: "김민준"."""
    return (
        len(word) == 3
        and "\uac00" <= word[0] <= "\ud7a3"
        and word[0] in _surnames()
        and word[1:] in _first_names()
    )


def _surname(word: str) -> bool:
    """A family name the lists know; in Arabic also with the article ("الهاشمي"), or of the
    shape of one after a given name: "al-" and a word ending in the nisba "-i" ("الحمادي",
    "الشمري")."""
    plain = _plain(word)
    with_article = plain.startswith("ال")
    return len(plain) > 1 and (
        plain in _surnames()
        or (with_article and (plain[2:] in _surnames() or (len(plain) > 4 and plain[-1] == "ي")))
    )


def _another_name_joined(word: str) -> bool:
    """A listed given name with "and" joined to it: "وسلمى", "ונועה"."""
    return _joined_and(word) and _given(word) is not None


def _joined_and(word: str) -> bool:
    return len(word) > 1 and word[0] in "وו"


def _named_beside(words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the word before or after the joining word is a listed given name too: a list of
    people ("يوسف وسلمى", "राहुल और प्रिया")."""
    neighbours = [words[j][0] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(words)]
    return any(_given(w) is not None for w in neighbours)


def _hangul_addressed(word: str) -> str | None:
    """A Korean given name the lists know, with the ending that calls or addresses its person;
    or a family and a given name the lists know with a particle joined ("이지은이 보낸", "박서준의")."""
    for ending in (*_HANGUL_ADDRESSED, *_HANGUL_PARTICLES):
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        # the given name alone, or a family name before it: "김민준님"
        family_and_given = len(stem) == 3 and stem[0] in _surnames() and stem[1:] in _first_names()
        alone = ending in _HANGUL_ADDRESSED or ending in _HANGUL_TO_A_PERSON
        if family_and_given or (alone and stem in _first_names()):
            return stem
        # a given name that ends in a consonant takes "이" before "to" or "with" ("지은이한테",
        # "서준이랑"), and before any particle where it is two syllables ("서연이가", "민준이는")
        if (
            (alone or ending == "랑" or _called_fondly(stem))
            and stem.endswith("이")
            and stem[:-1] in _first_names()
        ):
            return stem[:-1]
    return None


def _called_fondly(word: str) -> bool:
    """A two-syllable given name ending in a consonant, then the "이" that calls a child or a
    friend by it ("서연이", "민준이"); the caller asks the lists for the name, which everyday
    words ending in "이" ("아이", "나이", "거리") are not."""
    return (
        len(word) == 3
        and word.endswith("이")
        and all("\uac00" <= c <= "\ud7a3" for c in word[:2])
        and (ord(word[1]) - 0xAC00) % 28 != 0
    )


#: Family words Korean writes after the person they belong to: "서연 어머님", "민준이 엄마".
_KOREAN_KIN_AFTER = frozenset(
    "엄마 아빠 어머님 아버님 어머니 아버지 할머니 할아버지 누나 언니 오빠 동생".split()  # noqa: SIM905
)


def _korean_kin_named(words: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """A two-syllable given name the lists know, or one called fondly, before a family word:
    "서연 어머님", "민준이 엄마" (the person the family word belongs to)."""
    word, start, _ = words[i]
    if i + 1 >= len(words) or words[i + 1][0] not in _KOREAN_KIN_AFTER:
        return None
    given = word[:2] if _called_fondly(word) else word
    if len(given) == 2 and given in _first_names():
        return start, start + 2
    return None


#: Particles Korean joins only to a person: "to" (한테, 에게) and the honoured subject (께서).
_HANGUL_TO_A_PERSON = ("한테", "에게", "께서")
#: Particles Korean joins to a noun: subject, topic, object, of, to, with, also.
_HANGUL_PARTICLES = ("이", "가", "은", "는", "을", "를", "의", "에게", "한테", "랑", "하고", "도", "께서")


def _han_names(text: str) -> Iterator[tuple[int, int]]:
    """Chinese names: a listed surname, then a given name of one or two listed characters (or
    two characters the lists hold together), set off on both sides by punctuation, the line's
    ends or a word of _HAN_BEFORE / _HAN_AFTER."""
    for run in _HAN_RUN.finditer(text):
        chars = run.group()
        for i, char in enumerate(chars):
            if char not in _surnames():
                continue
            at = run.start() + i
            if not (_set_off_before(text, at) if i == 0 else chars[i - 1] in _HAN_BEFORE):
                continue
            for length in (2, 1):
                given = chars[i + 1 : i + 1 + length]
                listed = given in _first_names() or all(c in _first_names() for c in given)
                if len(given) != length or not listed:
                    continue
                end = at + 1 + length
                follows = chars[i + 1 + length : i + 2 + length]
                set_off = _set_off_after(text, end) if follows == "" else follows in _HAN_AFTER
                if set_off and text[at:end] not in _han_public_figures():
                    yield at, end
                    break


@cache
def _han_public_figures() -> frozenset[str]:
    """Public figures written in Chinese characters (data/public_figures.txt): "姚明" is a
    listed surname and given name, and nobody on the screen. The list's other entries are
    matched word by word (organisations.py); a Chinese line has no words to match by."""
    lines = names.data_file("public_figures.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if _HAN_RUN.fullmatch(line.strip()))


def _set_off_before(text: str, at: int) -> bool:
    # a run of Chinese characters starts here, so what stands before is no Chinese word
    return at == 0 or not text[at - 1].isalnum()


def _set_off_after(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum()
