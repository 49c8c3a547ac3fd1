"""A person's name on the line that holds their other personal data.

The name rules find a name by a cue someone wrote down ("Dear", "Name:", "call ..."); on text by
writers they never saw, the cue is often missing, yet the line says whose data it is: "Giovana:
a senha do Wi-Fi é ...", "Welcome, Bartholomew! Your locker PIN is 3819", "Rashid lives at 6
Poplar Row". A line that holds a phone number, an e-mail address, a street address, an ID, a
birth date, a secret, a card or an IBAN is about someone, so a capitalised word on it that the
name lists know is taken for that someone's name, with the capitalised words joined to it. A
line that already names one person is about people too: "Mamadou présentera le budget à Hélène",
"Torbjørn sender budsjettet" after the minutes' list. A sentence's first word is capitalised for
its place, so there it is a name only where it speaks, is greeted or acts, where it is a surname
in capitals beside a known first name ("DUVAL Antoine · Né le ..."), where the lists know it as a
first name and the word ending it as a surname ("2. Mehmet Ali Karaca, Radio surveyor, mob ..."),
or where it heads a list of people after a label ("Schichtübergabe: Jens an Linie 3, Ayşe
..."). Everything that stops a name elsewhere stops it here (labels, streets, cities,
organisations, public figures, groups, a word before a number: "Ward 7"); an IP address is no
such line, since logs name hosts and services beside theirs. A message that tells a secret is
addressed to someone too, by the words before its first comma: "יוסי, הקוד לחדר התרופות הוא
8142", "hej frederik, nøgleboksen ... har koden 1147" (`addressed`).
"""

# ruff: noqa: RUF002, RUF003  (the scripts' own letters and punctuation)
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from app.privacy import caseless, labelled, names, places
from app.privacy.finding import Finding, Spans, cased, line_end
from app.privacy.vocabulary import vocabulary

#: The kinds that make a line one person's, or people's. A name found here makes no line so:
#: `find` reads only what the other detectors found.
_PERSONAL_KINDS = frozenset(
    {"EMAIL", "PHONE", "ADDRESS", "NATIONAL_ID", "DOB", "SECRET", "CARD", "IBAN", "NAME"}
)
#: One to three capitalised words (Latin, Cyrillic or Greek), particles between them.
_WORD = re.compile(rf"{names.PARTICLE}(?=[ \t])|{names.WORD_OF_A_NAME}")
_RUN = re.compile(
    rf"(?<![\w@./\\#&=<-])(?P<value>(?:{names.WORD_OF_A_NAME})(?:[ \t]+(?:{names.PARTICLE}[ \t]+)?"
    rf"(?:{names.WORD_OF_A_NAME})){{0,2}})(?![\w@/\\=-])"
)


_OPENS_A_SENTENCE = re.compile(r"(?:^|[ \t]{2,}|[.!?;:(|\u00b7]\s*|[\u2014\u2013-]\s+)(?:[>*\u2022\-]\s*)*$")
#: Pronouns and determiners some name lists hold ("She", "My" romanised from other scripts), and
#: month abbreviations.
_NOT_NAMES = frozenset(
    """
    she he her his him they them their we our you your my mine its this that these those
    anda kamu
    din dina dine ditt mitt vår våra vårt ihr ihre ihren dein deine deinen votre vos notre uw jouw
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
_NUMBER_AFTER = re.compile(r"[ \t]+\d")
#: A lock's or a code's word after a capitalised one: "Key safe code 2907", "Gate code" ("Key"
#: is a given name too).
_LOCK_WORD_AFTER = re.compile(r"[ \t]+(?:safe|box|code|codes|pin|lock|fob)\b")
_SUBJECT_AFTER = re.compile(r"[ \t]+(?:I|you|we|he|she|they|u)\b(?![ \t]*[:,])")
#: Words for going somewhere, which a place follows: "naar Artis", "nach Rügen", "vers Lyon".
_HEADING_TO = re.compile(r"(?i)\b(?:naar|nach|zum|zur|vers|hacia|rumo a|verso|towards|into)[ \t]+$")
_AFTER_A_LABEL = re.compile(r":[ \t]*$")
_LABEL_COLON = re.compile(r"[ \t]*[:\uff1a][ \t]*")
_SEPARATOR_BEFORE = re.compile(r"[/|\u00b7;][ \t]*$")
#: After a sentence's first word: it speaks, is greeted, signs or does something.
_NAMED_AFTER = re.compile(
    r"[ \t]*(?:[:!]|,(?=[ \t]+[a-z])|\u2019s\b|'s\b)"
    r"|[ \t]+(?:lives|lived|said|says|asked|wrote|called|sent|paid|is|was|has|had|will|and)\b"
    # a past deed done to one's own things: "Ravi pasted his personal token into ..."
    r"|[ \t]+[a-z]{2,}ed[ \t]+(?:his|her|their|my)\b"
)


def find(text: str, found: list[Finding]) -> Iterator[Finding]:
    """Names on the lines of `text` where `found` holds another personal value."""
    lines = {
        (text.rfind("\n", 0, f.start) + 1, line_end(text, f.end)) for f in found if f.kind in _PERSONAL_KINDS
    }
    taken = Spans((f.start, f.end) for f in found)
    named = {text.rfind("\n", 0, f.start) + 1 for f in found if f.kind == "NAME"}
    secrets_at = {f.start for f in found if f.kind == "SECRET"}
    for start, end, skipped in _lines_to_read(text, found, lines):
        for m in _RUN.finditer(text, start, end):
            run = [
                w for w in _WORD.finditer(text, *m.span("value")) if not skipped.overlap(w.start(), w.end())
            ]
            if not run:
                continue
            # a desk's worker by role ("Agent Priya:") is no private person, as in `names`
            if run[0].group().lower() in names.SERVICE_ROLES:
                continue
            words = _trimmed(run)
            if not words or not any(names.first_name_as_written(w.group()) for w in words):
                continue
            value_start, value_end = words[0].start(), words[-1].end()
            # a word before a number names a thing: "Ward 7", "Gate 4", "Latitude 5420"; one
            # after a word for going somewhere a place ("de schoolreis naar Artis")
            label_end = _LABEL_COLON.match(text, value_end)
            if (
                taken.overlap(value_start, value_end)
                # a word after a separator before a colon and a secret found after it is the
                # secret's label ("Network BT-Hub7 / Key: qX7p-22Lm-99Ra"; a name in a sentence
                # before one is whose it is: "Mot de passe chez Apolline : ...")
                or (
                    label_end is not None
                    and label_end.end() in secrets_at
                    and _SEPARATOR_BEFORE.search(text, max(start, value_start - 3), value_start) is not None
                )
                or _NUMBER_AFTER.match(text, value_end)
                or _LOCK_WORD_AFTER.match(text, value_end)
                or _HEADING_TO.search(text, max(start, value_start - 8), value_start)
                # a word a pronoun follows is a verb that asks: "Can I get your full name?"
                or _SUBJECT_AFTER.match(text, value_end)
            ):
                continue
            # a sentence's first word is capitalised for its place: it is a name where it
            # speaks, is greeted or does something ("Giovana: ...", "Rashid lives at ...")
            # or where it heads a list of people after a label ("Schichtübergabe: Jens an Linie
            # 3, Ayşe an der Verpackung"): a first word after a colon on a line naming others
            if (
                _OPENS_A_SENTENCE.search(text, max(start, value_start - 8), value_start)
                and not _NAMED_AFTER.match(text, value_end)
                and not _record_style(words)
                and not _full_name(words)
                and not (
                    start in named and _AFTER_A_LABEL.search(text, max(start, value_start - 4), value_start)
                )
            ):
                continue
            finding = Finding("NAME", value_start, value_end, text[value_start:value_end])
            if (
                labelled.is_label(text, value_start, value_end)
                or names.field_label(text, value_start)
                or names.not_a_person(text, finding)
            ):
                continue
            yield finding


#: A chat's turn: its speaker (one to three words, perhaps after a time in brackets) and a colon
#: at the line's start; `said` is where the message starts.
_TURN = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?P<speaker>[^\W\d_][^\n:\uff1a]{0,30})[:\uff1a][ \t]*(?P<said>\S)",
    re.MULTILINE,
)
_CONVERSATION_TURNS = 2


def _named_conversation(
    text: str, found: list[Finding]
) -> tuple[set[tuple[int, int]], list[tuple[int, int]]]:
    """The lines of a chat's turns (two or more lines that open with a speaker and a colon, one
    of the speakers a person found), and the first word of each message: a family's or a club's
    chat talks about people on every turn ("Mama: Umeongea na Wanjiku?" then "Mama: Mwambie
    Amina alete chai"), so each turn is read as a line beside a person's data. A form's labels
    ("Dietary:", "Song request:") speak for no one found, so a form is no chat. A message's
    first word is no name there: a turn opens with a greeting or an answer as often as with a
    name ("سلام، ...", "שלום, ...", "Roger, 6 minutes"); nor is a speaker the speaker rules left."""
    turns = list(_TURN.finditer(text))
    if len(turns) < _CONVERSATION_TURNS:
        return set(), []
    names_at = Spans((f.start, f.end) for f in found if f.kind == "NAME")
    if not any(names_at.overlap(*m.span("speaker")) for m in turns):
        return set(), []
    # (and a speaker the speaker rules left is a role: "Mai sayarwa:", Hausa's seller)
    openings = [m.span("speaker") for m in turns] + [
        first.span() for m in turns if (first := _FIRST_WORD.match(text, m.start("said")))
    ]
    return {(m.start(), line_end(text, m.start())) for m in turns}, openings


_FIRST_WORD = re.compile(r"\S+")
_NOTHING = Spans(())


def _lines_to_read(
    text: str, found: list[Finding], lines: set[tuple[int, int]]
) -> Iterator[tuple[int, int, Spans]]:
    """The lines that hold personal data, in order, and the turns of a chat with a person among
    its speakers (`_named_conversation`), each with the places on it that are read as no name:
    a chat's turn with no data of its own is read without its speaker and first word."""
    turns, openings = _named_conversation(text, found)
    only_turns = turns - lines
    opening = Spans(openings)
    for start, end in sorted(lines | only_turns):
        yield start, end, opening if (start, end) in only_turns else _NOTHING


#: A Japanese name as a roster or a file writes it, the family name and the given name in Han
#: characters with a space between: "松本 涼介, ryosuke@...", the family name one the lists know.
_SPACED_HAN_NAME = re.compile(
    r"(?<![\u3040-\u30ff\u4e00-\u9fff])(?P<family>[\u4e00-\u9fff]{1,3})[ \u3000]"
    r"[\u4e00-\u9fff]{1,3}(?![\u3040-\u30ff\u4e00-\u9fff])"
)
#: One Hangul syllable or Han character: alone, a word's more often than a family name's.
_ONE_CHARACTER_WORD = re.compile(r"[\uac00-\ud7a3\u4e00-\u9fff]")


#: One to three words alone in brackets right after a phone number: whose number it is, where
#: they are in a script without capitals, whose names the lists hold few of ("01712-448930
#: (ফারহানা)").
_BRACKETED_AFTER = re.compile(r"[ \t]*\((?P<value>[^\W\d_][^\s()\d]*(?:[ \t][^\W\d_][^\s()\d]*){0,2})\)")
#: What line a number is, in the scripts these rules read: home, office, mobile, work, a
#: wallet's app (Bengali, Hindi, Arabic, Hebrew, Persian, Urdu, Thai, Tamil, Amharic, Georgian,
#: CJK; and Cyrillic in small letters, which a label may give before the number: "рабочий").
_LINE_KINDS = frozenset(
    {
        *("বাসা", "বাড়ি", "অফিস", "মোবাইল", "বিকাশ", "নগদ", "ঘর", "घर", "ऑफिस", "मोबाइल", "कार्यालय"),
        *("المنزل", "البيت", "العمل", "جوال", "مكتب", "واتساب", "בית", "עבודה", "נייד", "משרד"),
        *("خانه", "همراه", "دفتر", "گھر", "บ้าน", "ที่ทำงาน", "มือถือ", "ออฟฟิศ", "வீடு", "அலுவலகம்"),
        *("ቤት", "ቢሮ", "ሞባይል", "სახლი", "სამსახური", "მობილური"),
        *("자택", "집", "회사", "휴대폰", "携帯", "自宅", "会社", "手机", "家", "办公室", "微信"),
        *("рабочий", "мобильный", "домашний", "сотовый", "робочий", "мобільний", "домашній", "ұялы", "үй"),
    }
)
#: A bracketed word after a phone that is no one: a line's kind or a word for no one.
_NO_ONE_BRACKETED = names.NOT_A_NAME | _LINE_KINDS

#: One or two words of a script other than Latin between a label's colon and a phone number:
#: whom to call ("საკონტაქტო: ნინო +995 599 ...", "Сұрақтар: Гүлнар +7 777 ...", "للاستفسار: كريم
#: 0100..."), where the lists hold few of its names.
_LABELLED_BEFORE = re.compile(
    r"(?:^|\n)[^\n:\uff1a]{1,30}[:\uff1a][ \t]*"
    r"(?P<value>(?![A-Za-z\u00c0-\u024f])[^\W\d_]+(?:[ \t][^\W\d_]+)?)[ \t]+$"
)


def _a_contacts_name(value: str, taken: Spans, span: tuple[int, int]) -> bool:
    """Whether the words before a phone after a label are whom to call: no label, no line's
    kind, no word for no one, not found already."""
    folded = value.lower()
    return (
        not taken.overlap(*span)
        and not names.label_word(folded)
        and folded not in _LINE_KINDS
        and not any(word in names.NOT_A_NAME or names.greeting_or_closing(word) for word in folded.split())
    )


def caseless_names(text: str, found: list[Finding]) -> Iterator[Finding]:
    """Names in a script without capitals on the lines of `text` where `found` holds another
    personal value ("תחויב על שם יוסי אברהם ... IL39 ...", "... 01712-483906 (রাশেদা বেগম)"):
    a word the lists know as a given or family name, with the listed words right beside it,
    and any such word alone in brackets right after a phone number; and the words between a
    label and a phone number in any script but Latin. No capital marks such a name, so `find`
    never sees it; elsewhere `caseless` asks a cue."""
    lines = {
        (text.rfind("\n", 0, f.start) + 1, line_end(text, f.end))
        for f in found
        if f.kind in _PERSONAL_KINDS and f.kind != "NAME"
    }
    taken = Spans((f.start, f.end) for f in found)
    for f in found:
        labelled = _LABELLED_BEFORE.search(text, max(0, f.start - 60), f.start) if f.kind == "PHONE" else None
        if labelled is not None and _a_contacts_name(labelled.group("value"), taken, labelled.span("value")):
            yield Finding("NAME", labelled.start("value"), labelled.end("value"), labelled.group("value"))
        bracketed = _BRACKETED_AFTER.match(text, f.end) if f.kind == "PHONE" else None
        if (
            bracketed is None
            or cased(value := bracketed.group("value"))
            or taken.overlap(*bracketed.span("value"))
        ):
            continue
        if not names.label_word(value.lower()) and value not in _NO_ONE_BRACKETED:
            yield Finding("NAME", bracketed.start("value"), bracketed.end("value"), value)
    for start, end, skipped in _lines_to_read(text, found, lines):
        run: list[tuple[int, int]] = []
        for word, word_start, word_end in caseless.words(text, start, end):
            if skipped.overlap(word_start, word_end):
                continue
            # (a listed word that is mostly something else: Hebrew "שלי", mine, is Shelly too)
            if (
                caseless.listed(word)
                and word not in names.NOT_A_NAME
                and not taken.overlap(word_start, word_end)
            ):
                if run and text[run[-1][1] : word_start].strip(" \t") == "":
                    run[-1] = (run[-1][0], word_end)
                else:
                    run.append((word_start, word_end))
        for a, b in run:
            # (a lone Hangul or Han character is a word's more often than a family name's alone:
            # "이번 주", this week)
            if b - a == 1 and _ONE_CHARACTER_WORD.match(text, a):
                continue
            finding = Finding("NAME", a, b, text[a:b])
            if not names.not_a_person(text, finding):
                yield finding
        for m in _SPACED_HAN_NAME.finditer(text, start, end):
            if caseless.listed(m.group("family")) and not taken.overlap(m.start(), m.end()):
                yield Finding("NAME", m.start(), m.end(), m.group())


#: A message's opening up to its first comma: "hej frederik,", "ሰላም ሄለን፣", "رضا جان،",
#: "小李，".
_OPENING = re.compile(
    r"^[ \t]*(?P<words>[^\n,\uff0c\u060c\u1363:;!?]{1,40}?)[ \t]*[,\uff0c\u060c\u1363]", re.MULTILINE
)
#: Words that open a message to many or to no one ("注意，", "تنبيه،", "Lưu ý,"): an alert's,
#: not a person's name.
_NOT_ADDRESSED = frozenset(
    """
    注意 提醒 重要 温馨提示 通知 各位 大家 亲 お知らせ 注意事項 皆さん 알림 공지 여러분
    ملاحظة تنبيه تذكير عاجل هام الجميع עדכון הודעה תזכורת חברים تذکر توجه همه
    सूचना ध्यान सभी নোটিশ জরুরি সবাই அறிவிப்பு அனைவருக்கும் แจ้ง ประกาศ ทุกคน ማሳሰቢያ ማስታወቂያ
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: Words said with a name that are no part of it: a title before ("Ate Joy", "Mas Budi", "anh
#: Tuấn") or an endearment after it ("رضا جان", "রুমা আপু", "Rahul bhai").
_WITH_A_NAME = frozenset(
    """
    anh em chị ate kuya kak mas mbak pak bu abang bang dik teh
    jan جان جون آپو আপু আপা ভাই ভাইয়া দিদি bhai bhaiya didi ji जी भैया दीदी भाई
    """.split()  # noqa: SIM905
)
#: Words that open a message the greetings list lacks, said before a name.
_OPENERS = frozenset(["oye", "ey", "yo", "ሰላም", "sawubona", "sannu", "hujambo", "shalom"])
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def addressed(text: str, found: list[Finding]) -> Iterator[Finding]:
    """The person a message that tells a secret is addressed to, by the words before its first
    comma: in a script without capitals ("יוסי, הקוד ...", "கவிதா, ..."), a name in Han
    characters ("小李，..."), or a known first name in small letters after a greeting ("hej
    frederik, nøgleboksen ..."). Capitalised names there are `find`'s."""
    secret_lines = {text.rfind("\n", 0, f.start) + 1 for f in found if f.kind == "SECRET"}
    taken = Spans((f.start, f.end) for f in found)
    for start in sorted(secret_lines):
        opening = _OPENING.match(text, start)
        if opening is None:
            continue
        words = list(re.finditer(r"\S+", opening.group("words")))
        greeted = False
        while words and _greeting_at(words):
            words, greeted = words[1:], True
        words = [w for w in words if w.group().lower() not in _WITH_A_NAME]
        if not 0 < len(words) <= 2 or not all(_addressable(w.group(), greeted) for w in words):
            continue
        at = opening.start("words")
        value_start, value_end = at + words[0].start(), at + words[-1].end()
        if not taken.overlap(value_start, value_end):
            yield Finding("NAME", value_start, value_end, text[value_start:value_end])


def _greeting_at(words: list[re.Match[str]]) -> bool:
    """Whether the first word, or the first two, open a message ("hej", "ሰላም", "good morning")."""
    first = words[0].group().lower()
    return (
        first in vocabulary().greetings
        or first in _OPENERS
        or (len(words) > 1 and f"{first} {words[1].group().lower()}" in vocabulary().greetings)
    )


def _addressable(word: str, greeted: bool) -> bool:
    """Whether a word before a message's comma may be the name of whom it is addressed to."""
    # letters, and the marks many scripts write their vowels with ("கவிதா", "রুমা")
    if not all(unicodedata.category(c)[0] in "LM" or c in "\u200c\u200d" for c in word):
        return False
    if word in _NOT_ADDRESSED or word.lower() in vocabulary().greetings:
        return False
    if cased(word):
        # a script with capitals: a known first name in small letters after a greeting
        return greeted and word.islower() and names.known_name(word) and not _stops_a_name(word)
    if "\u4e00" <= word[0] <= "\u9fff":
        return _HAN_NAME.fullmatch(word) is not None
    return True


def _record_style(words: list[re.Match[str]]) -> bool:
    """A surname in capitals and a first name the lists know, as records write a person ("DUVAL
    Antoine", "Ingrid NILSEN"): no sentence's capital explains the capitals."""
    values = [w.group() for w in words]
    return (
        len(values) == 2
        and any(len(v) > 2 and v.isupper() for v in values)
        and any(names.first_name_as_written(v) for v in values)
    )


def _full_name(words: list[re.Match[str]]) -> bool:
    """A first name and a surname the lists know, a middle name between perhaps ("Mehmet Ali
    Karaca", "Ionuț Marinescu"): at a sentence's start too, the two together are a person."""
    values = [w.group() for w in words]
    last = values[-1]
    return (
        2 <= len(values) <= 3
        and names.first_name_as_written(values[0])
        and last[0].isupper()
        and not last.isupper()
        and (names.known_name(last) or names.slavic_surname(last))
    )


def _trimmed(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The run without the words at its ends that are no name ("Hej Oskar" gives "Oskar");
    none when such a word stands inside it ("Front Door Camera")."""
    while words and _stops_a_name(words[0].group()):
        words = words[1:]
    while words and _stops_a_name(words[-1].group()):
        words = words[:-1]
    return [] if any(_stops_a_name(w.group()) for w in words) else words


def _stops_a_name(word: str) -> bool:
    folded = word.lower()
    return (
        folded in names.COMMON_WORDS
        or folded in names.NOT_A_NAME
        or folded in names.GROUP_WORDS
        or places.known_city(word)
        or names.label_word(folded)
        or folded in _NOT_NAMES
        or folded in names.ASSENT_AND_THANKS
        or folded in vocabulary().greetings
        or folded in vocabulary().honorifics
    )
