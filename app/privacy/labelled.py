"""Personal values after their label or greeting, in any of the vocabulary's 59 languages.

"Клієнт: Тарас Шевчук-Литвин", "Tanggal lahir: 15-08-1990", "κωδικός: X", "ת.ז. 315720946",
"Kedves Szőke Bernadett!": every language writes a form, a record or a letter the same way,
a label or a salutation, then the value. The words come from app/privacy/vocabulary.py's tables;
the shape each value must have comes from its kind, so a new language is a line of data, not a
new rule. The causes each guard answers:

- a name runs in any script to the clause's end (comma, any script's comma, bracket, field
  separator) and stops at the next label ("ลูกค้า: X Y โทร 089"); in a cased script its words are
  capitalised, and a lower-case word after them makes the value a phrase ("Name: Deploy to
  staging"), not a name; an honorific after a label or greeting is not the name ("MR X");
- a label of a thing's name ("File name:", "Company name:") names no person (fields._THING),
  nor does a value with a company's legal form ("Customer: Acme GmbH");
- a password is a literal with a digit, a symbol or mixed case, never a flag ("YES"), masked
  dots, code or a decimal quantity (a map's "pin: 48.8566");
- a login has a letter and is no program's account ("svc_payroll"); an e-mail after its label
  may be cut short ("priya.nandakum") but has a dot or an "@"; a phone has six digits; an ID
  four; a postcode three (in a row or, as in Canada, between
  letters), and ends at its field;
- a date of birth is any date a few words after its label, the month in any script's words;
- a greeting needs a value of one to four words, none of them a word that greets a group.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (labels and examples are written in their own scripts)
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from app.privacy import birthdates, caseless, credentials, national_ids, organisation_contacts, public
from app.privacy.addresses import NEXT_FIELD
from app.privacy.fields import _DELIMITERS, _THING
from app.privacy.finding import (
    LATIN_UP,
    OCR_DIGIT_FOR,
    Finding,
    cased,
    delimited_header,
    line_bounds,
    line_end,
)
from app.privacy.names import (
    _COLUMN_GAP,
    ADDRESSEE_ROLES,
    COMMON_WORDS,
    LEGAL_FORMS,
    NAME_WORDS,
    NESTED_KEY,
    NOT_A_NAME,
    THAI_PARTICLE,
    _capitalised_street_words,
    anyones_login,
    greeting_or_closing,
    group_name,
    known_name,
    not_a_person,
    person_login_shape,
    product_name,
    role_holder,
)
from app.privacy.vocabulary import CONCEPT_KINDS, vocabulary, words_pattern

#: A thing's word just before a label, which makes it the thing's name's label.
#: (its word joined to the label by "_" or "-" too: "site_name:", "app-name:", where `_THING`'s
#: closing word boundary does not hold)
_THING_BEFORE = re.compile(_THING.pattern.removesuffix(r"\b") + r"(?:\b[ \t]*|[_\-])$")
#: (and a bracketed note: "Date of birth (must be 18+): ...", "Passaporte n.º ...")
_QUALIFIER = (
    r"(?:[ \t]*-?[ \t]*(?i:number|no\.|no|nr\.|nr|n\.?[°º]\.?|n\.|#|số)(?![^\W\d_]))?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?"
    # and whose it is, a child's or a parent's: "CNP copil:", "СНИЛС ребёнка:", "Name of child:"
    r"(?:[ \t]+(?i:copil(?:ului)?|p[ăa]rinte(?:lui)?|mamei|tat[ăa]lui|ребёнка|ребенка|матери|отца|"
    r"дитини|матері|батька|dziecka|matki|ojca|dítěte|dieťaťa|gyermek|gyermeké|des kindes|der mutter|"
    r"des vaters|de l'enfant|du parent|del niño|de la niña|del menor|del figlio|della figlia|"
    r"do aluno|da criança|van het kind|(?:of[ \t]+)?(?:the[ \t]+)?(?:child|mother|father|parent|spouse))"
    r"(?=[ \t]*[:\uff1a]))?"
    # or what it is for: "Password for collection:", "Address for correspondence:"
    rf"(?:[ \t]+{credentials.LABEL_PURPOSE}(?=[ \t]*[:\uff1a]))?"
)
#: After a colon (Ethiopic's "፡" and "፦" too) or an equals sign, or a form's column gap; a
#: quote may open the value. Markdown's bold may close the label on either side of its colon
#: ("**Клиент:** Морозова Анна", "**Phone**: ...").
_BOLD = r"(?:\*\*|__)?"
_FORM_SEP = rf"(?:[\"']?{_BOLD}[ \t]*[:\uff1a=\u1361\u1366\u055d]{_BOLD}[ \t]*|\t[ \t]*| {{2,}})[\"']?"
_STRICT_SEP = rf"[\"']?{_BOLD}[ \t]*[:\uff1a=\u1361\u1366\u055d]{_BOLD}[ \t]*[\"']?"
#: A distinctive value (digits of an ID or phone) may follow its label after a space alone.
_LOOSE_SEP = rf"(?:[\"']?{_BOLD}[ \t]*[:\uff1a=#\u1361\u1366\u055d]{_BOLD}[ \t]*|[ \t]+)[\"']?"
#: (and the full stops of Urdu and Ethiopic, "۔" and "።", and Ethiopic's comma and semicolon)
_NAME_STOP = r"\n\t,;|<>(){}\[\]\"/\\،，、。!?:\uff1a=@\d\u06d4\u1362\u1363\u1364\u0589"
_DATE = (
    r"\d{1,4}\s?[./\-]\s?\d{1,2}\s?[./\-]\s?\d{1,4}\.?"
    # (Tagalog's "8 ng Disyembre 1975", Yoruba's month by its number, "4 Oṣù Kẹrin 1986")
    r"|(?:[Ii]ka-)?\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+|of\s+|ng\s+|[Oo](?:ṣ|s\u0323?)(?:ù|u\u0300?)\s+)?"
    r"[^\s\d,;:]{3,12}\.?\s+(?:de\s+)?\d{4}"
    r"|[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{2,4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]?"
    # Vietnamese and Lithuanian in words (`birthdates.WORDED_DATE`)
    rf"|{birthdates.WORDED_DATE}"
    # a passport's day, month in capitals (and in French after "/") and two-digit year: "21 JUL 03",
    # "14 MAR /MARS 79"
    r"|\d{1,2}\s+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\s?/\s?[A-ZÉÛ]{3,5}\.?)?\s+\d{2}(?!\d)"
    # a form's boxes, one for each part: "[ 29 ] [ 02 ] [ 1988 ]"
    r"|\[\s?\d{1,2}\s?\]\s?\[\s?\d{1,2}\s?\]\s?\[\s?\d{2,4}\s?\]"
    # a date written as one number, year first ("생년월일: 950221", "dob=19870415")
    r"|(?<!\d)(?:19|20)?\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
    # and OCR's reading of a form's one box per digit: "2 1 / 0 6 / 1 9 3 8"
    r"|\d \d \/ \d \d \/ \d \d(?: \d \d)?(?! \d)"
)
#: A character of an ID: a capital or a digit, in the Arabic, Persian, Devanagari or Bengali
#: digits too ("জাতীয় পরিচয়পত্র নম্বর: ৮৭১ ৪৪২ ৯০৬৩").
_ID_CHAR = r"[A-Z0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]"
_VALUES: dict[str, str] = {
    # (a nickname in quotes may stand inside: 'Beauregard "Bo" Tillman')
    "NAME": rf"{_FORM_SEP}(?P<value>(?:[^{_NAME_STOP}]|(?<=[ \t])\"[^\W\d_]{{1,15}}\"(?=[ \t]))+)",
    # (to the field's end: a tab, a bar, or a dot before the next field's label, "· Mobile:")
    "ADDRESS": rf"{_FORM_SEP}(?P<value>[^\n\t|\"]*?\d[^\n\t|\"]*?)(?=[ \t]*(?:[\"|\t\n]|$|{NEXT_FIELD}))",
    # three digits in all, not in a row: a Canadian code alternates them with letters ("V5N 2T5")
    "POSTCODE": rf"{_FORM_SEP}(?P<value>(?=(?:[A-Z \-]*\d){{3}})[A-Z0-9][A-Z0-9 \-]{{1,8}}[A-Z0-9])(?![\w-])",
    # the date in the label's own sentence ("生日快乐！派对在 5月3日" dates a party)
    # (an age may stand first where one label asks both: "Age / DOB: 58 yrs / 14-03-1968")
    "DOB": (
        rf"(?:[^\n\d]{{0,4}}\d{{1,3}}[ \t]*(?i:yrs?|years?)\.?[ \t]*/)?"
        rf"[^\n\d!?.。！？]{{0,16}}?(?P<value>{_DATE})"
    ),
    "PHONE": rf"{_LOOSE_SEP}(?P<value>\+?\(?\d[\d ()./\-]{{4,20}}\d)(?!\d)",
    "EMAIL": rf"{_STRICT_SEP}(?P<value>[\w.+\-]+(?:@[\w.\-]*)?)",
    "SECRET": rf"{_STRICT_SEP}(?P<value>[^\s\"'`]{{4,}})",
    "LOGIN": rf"{_STRICT_SEP}(?P<value>[\w.@\-]{{3,}})",
    "NATIONAL_ID": (
        # a label may end in an abbreviation's dot ("PPS No. 5639329T"); three digits will do
        # among letters (a German passport's "C4FJ8K1LN")
        rf"(?:\.(?=[ \t]))?{_LOOSE_SEP}(?:\(\w+\)\s*)?(?P<value>(?=(?:[A-Z]*[ .\-/]?\d){{3}}){_ID_CHAR}"
        rf"(?:{_ID_CHAR}|[ .\-/](?={_ID_CHAR})){{5,24}})"
    ),
}
#: A label in Chinese, Japanese or Korean, and the name a form of those scripts sets after it
#: with a space alone ("氏名 中村 陽子", "通報者 高橋", "신고자 이정호"): a run of their letters
#: (two runs for a family and a given name), up to a space, a punctuation mark or a digit.
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
_CJK_LABEL = re.compile(rf"[{_CJK}]+")
_CJK_SENTENCE = re.compile(rf"[{_CJK}]{{6,}}")
_CJK_LISTED = re.compile(rf"\u3001(?P<value>[{_CJK}]{{2,4}})(?![{_CJK}])")
#: Thai's identity card sets the name after its label with a space, its title first, the line
#: to itself: "ชื่อตัวและชื่อสกุล นาย ธนากร ศรีสุข" (a label of a name, not of a role: "คนขับ
#: สมศักดิ์ กำลังมารับคุณ" is the driver and what he does).
_THAI_LABEL = re.compile(r"(?:ชื่อ|นามสกุล)[\u0e01-\u0e4e]*")
_THAI_SPACED_NAME = re.compile(
    r"[ \t]+(?:(?:นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.)[ \t]*)?"
    r"(?P<value>[\u0e01-\u0e4e]{2,}[ \t]+[\u0e01-\u0e4e]{2,})[ \t]*$",
    re.MULTILINE,
)
_CJK_SPACED_NAME = re.compile(
    rf"[ \t\u3000]+(?P<value>[{_CJK}]{{2,5}}(?:[ \u3000][{_CJK}]{{1,4}}(?=[ \t\u3000]|$))?)(?![{_CJK}])",
    re.MULTILINE,
)
_NUMBERED = re.compile(r"[ \t]+#?\d{1,2}(?=[ \t]*[:\uff1a])")
#: Words after a greeting that greet a group or a role, not a person.
_NOT_A_NAME = (
    frozenset(
        """
    all everyone everybody team there world friends colleagues folks guys customer customers
    sir madam back again n/a na none unknown required optional test user admin
    todos todas tous alle allemaal wszystkim всем всім לכולם כולם الجميع 大家 皆さん 여러분 diary
    用户 用戶 客户 客戶 顾客 会员 乘客 旅客 家长
    hiring recruiter recruiting recruitment admissions selection search committee panel applicant
    candidate manager
    kunde kundin kunden kundinnen client clients cliente clienta clientes klient klientin
    """.split()  # noqa: SIM905 (a word list reads better as words)
    )
    | ADDRESSEE_ROLES
)
#: Particles inside a name that keep lower case ("Ludwig van Beethoven", "bin", "al").
_PARTICLES = frozenset(
    "van von der den de da del della di du la le bin binti ibn al el y e dos das".split()  # noqa: SIM905
)
#: Masked dots, a form's blank ("____"), a placeholder, code, or a decimal quantity ("the
#: pin: 48.8566,": a map's pin).
_MASKED = re.compile(r"^[•●*·.x_]+$|^<|^\$\{|^%|\(|environ|getenv|^-?\d+[.,]\d+[.,]?$")
#: A label is the next field's when a separator or a number follows it ("X Y โทร 089").
_LABEL_END = re.compile(r"[ \t]*(?:[:\uff1a=\t]| {2}|\+?\d)")
#: The next field's label, a word or three before its colon ("Port:", "HH size:").
_NEXT_LABEL = re.compile(r"[^\W\d_][\w.'\-]*(?:[ \t][\w.'\-]+){0,2}[ \t]*[:\uff1a]")
#: "Last login: Tue Mar 12 08:14:22": a login label before a time stamp dates the login.
_STAMP = re.compile(r"[ \t]+[^\W\d_]{3,9}\.?,?[ \t]+\d{1,2}(?![\d.])")


@lru_cache(maxsize=1)
def _patterns() -> tuple[
    re.Pattern[str], dict[str, frozenset[str]], dict[str, re.Pattern[str]], re.Pattern[str]
]:
    vocab = vocabulary()
    kinds: dict[str, set[str]] = {}
    for concept, words in vocab.labels.items():
        kind = CONCEPT_KINDS[concept]
        for word in words:
            kinds.setdefault(_key(word), set()).update([kind] if kind else [])
    for word in national_ids.stdnum_labels():
        kinds.setdefault(_key(word), set()).add("NATIONAL_ID")
    labels = re.compile(words_pattern(set(kinds), keys=True))
    values = {kind: re.compile(value) for kind, value in _VALUES.items()}
    honorific = words_pattern(vocab.honorifics)
    # (Thai's "เรียน", "Dear", is a word's end too: "โรงเรียน" is a school, "ปิดเรียน" no class;
    # and a greeting inside a setting's or a file's name greets no one: "welcome_text", "welcome_v7.wav")
    greeting = re.compile(
        rf"(?<![\u0e00-\u0e7f_/]){words_pattern(vocab.greetings)}(?![_/])[ \t]*,?[ \t]*(?:{honorific}[ \t]*)?"
        rf"(?P<value>[^{_NAME_STOP}]+)"
    )
    return labels, {k: frozenset(v) for k, v in kinds.items()}, values, greeting


#: A table's header row, in capitals, its columns apart by runs of blanks: "NAME   READY   STATUS
#: RESTARTS   AGE" (kubectl), "USER   PID  %CPU" (ps). Its labels head columns, none a value.
_HEADER_ROW = re.compile(r"[ \t]*[A-Z][A-Z0-9_%()./-]*(?:(?: {2,}|\t+)[A-Z%][A-Z0-9_%()./-]*){2,}[ \t]*")


#: An identity document's layout: its name's label alone on its line, in one language or
#: several with "/" between and a field's number after ("Nume/Nom/Last name", "Surname/Nom (1)"),
#: the name below it in capitals ("DUMITRESCU", "ALEXANDRU-VLAD").
_LABELS_BEFORE = re.compile(r"(?:[^\W\d_][\w.' ]*/[ \t]*)*")
#: From the label's end to the next line's value: a field's number, the line's break, blanks.
_NEXT_LINE = r"[ \t]*(?:\(\d{1,2}\))?[ \t]*\n[ \t]*"
_CAPITALS_BELOW = re.compile(
    _NEXT_LINE + r"(?P<value>[^\W\d_](?:[^\W\d_]|['\-])+(?:[ \t][^\W\d_](?:[^\W\d_]|['\-])+){0,3})[ \t]*$",
    re.MULTILINE,
)


#: A name's Latin spelling after its own script's on an identity document, "/" between.
_TRANSLITERATED = re.compile(
    r"[ \t]*/[ \t]*(?P<value>[A-Z][A-Z'\-]+(?:[ \t][A-Z][A-Z'\-]+){0,3})[ \t]*$", re.M
)


#: An identity document's own words: its name, or its machine-readable zone's start.
_IDENTITY_DOCUMENT = re.compile(
    r"IDENTITY|IDENTIT[EÉYÀ]|IDENTIDADE?|IDENTITEIT|PERSONALAUSWEIS|PASSPORT|PASSEPORT|REISEPASS|PASAPORTE"
    r"|PASSAPORTE|PASSAPORTO|DRIVING LICEN[CS]E|DRIVER LICEN[CS]E"
    r"|RESIDENCE PERMIT|^(?:P|I|ID)<[A-Z]{3}",
    re.MULTILINE,
)
#: The name in capitals after its label and a space alone, the line's end after it: an identity
#: card's "Surname MOKOENA", "Names THABO SIPHO".
_CAPS_WORD = rf"{LATIN_UP}[{LATIN_UP[1:-1]}'\-]+"
_CAPITALS_BESIDE = re.compile(
    rf"[ \t]+(?P<value>{_CAPS_WORD}(?:[ \t]{_CAPS_WORD}){{0,3}})[ \t]*$", re.MULTILINE
)


def _capitals_beside(text: str, start: int, end: int) -> re.Match[str] | None:
    """The name in capitals beside a label that opens its line on an identity document (the
    whole text is searched for the document's words last, only for such a line)."""
    if text[line_bounds(text, start)[0] : start].strip():
        return None
    beside = _CAPITALS_BESIDE.match(text, end)
    return beside if beside is not None and _IDENTITY_DOCUMENT.search(text) else None


_DATE_BELOW = re.compile(_NEXT_LINE + rf"(?P<value>{_DATE})[ \t]*$", re.MULTILINE)


def _alone_on_its_line(text: str, start: int) -> bool:
    """Whether the label at `start` has nothing before it on its line but other labels and "/"."""
    return _LABELS_BEFORE.fullmatch(text, line_bounds(text, start)[0], start) is not None


def _date_below(text: str, start: int, end: int) -> re.Match[str] | None:
    """The birth date on the line below its label alone on its line, as an identity document
    sets it ("Date of birth/Date de naissance (4)" over "14 MAR /MARS 79")."""
    return _DATE_BELOW.match(text, end) if _alone_on_its_line(text, start) else None


def _capitals_below(text: str, start: int, end: int) -> re.Match[str] | None:
    """The name in capitals on the line below a label alone on its line (see above)."""
    below = _CAPITALS_BELOW.match(text, end)
    if below is None or not below.group("value").isupper() or not _alone_on_its_line(text, start):
        return None
    return below


#: What stands before a settings key or a record's key on its line: nothing but indentation
#: and a list's dash, or a quote, or the brace or comma before a key of a record.
_KEY_BEFORE = re.compile(r"(?m)(?:^[ \t]*(?:-[ \t]+)?|[\"']|[{,;][ \t]*)$")


#: "${DB_PASSWORD:?must be set}": a label followed by a shell expansion's operator is the name
#: of a variable, and what follows is the message or default the shell uses, not a value.
_SHELL_EXPANSION = re.compile(r":[?\-=+]")


#: A letter OCR reads for a digit beside a digit or a date's separator: O for 0, l or I for 1.
_OCR_DIGIT = re.compile(r"(?<=[\d/.\-])[OolI]|[OolI](?=[\d/.\-])")


@lru_cache(maxsize=64)
def _digits_read(text: str) -> str:
    """The text with the letters OCR reads for digits put back, letter for letter (offsets hold)."""
    return _OCR_DIGIT.sub(lambda m: OCR_DIGIT_FOR[m.group()], text)


def _key(word: str) -> str:
    """A label as the table files it, however a form or a settings key joins its words."""
    return re.sub(r"[\s_\-]+", " ", word.lower())


def _labelled(text: str) -> Iterator[Finding]:
    labels, kinds, values, greeting = _patterns()
    for m in labels.finditer(text):
        if _SHELL_EXPANSION.match(text, m.end()):
            continue
        if m.group().isupper() and _HEADER_ROW.fullmatch(text, *line_bounds(text, m.start())):
            continue
        if delimited_header(text, m.start()):
            continue
        # a label joined by "_" is a settings key's or a record's: quoted, or first on its line
        # ('"дата_народження":', "user_name: x"), not a typed argument ("get(user_id: int)")
        if "_" in m.group() and not _KEY_BEFORE.search(text, line_bounds(text, m.start())[0], m.start()):
            continue
        for kind in kinds.get(_key(m.group()), ()):
            # a number's label may go on with its qualifier ("Identity card number: ...")
            v = values[kind].match(text, _after_qualifier(text, m.end())) or values[kind].match(text, m.end())
            # a scanned form's date as OCR misreads its digits ("14 MAR 199l", "l4/O6/1988"): a
            # line misread.py reads again must hold misread words, this date may stand alone
            if v is None and kind == "DOB":
                v = values[kind].match(_digits_read(text), m.end()) or _date_below(text, m.start(), m.end())
            if v is None and kind == "NAME" and _CJK_LABEL.fullmatch(m.group()):
                v = _CJK_SPACED_NAME.match(text, m.end())
            if v is None and kind == "NAME" and _THAI_LABEL.fullmatch(m.group()):
                v = _THAI_SPACED_NAME.match(text, m.end())
            if v is None and kind == "NAME":
                v = _capitals_below(text, m.start(), m.end()) or _capitals_beside(text, m.start(), m.end())
            # a form's numbered person: "Applicant 1: ...", "Parent 2: ..."
            numbered = _NUMBERED.match(text, m.end()) if v is None and kind == "NAME" else None
            if numbered is not None:
                v = values[kind].match(text, numbered.end())
            if v is None and kind == "NATIONAL_ID":
                told = _id_told_after(text, m.end())
                if told is not None:
                    yield told
                continue
            if v is None:
                continue
            if kind == "NAME":
                # a thing's name right before the label: "File name:", "Company  name:"
                if _THING_BEFORE.search(text[max(0, m.start() - 30) : m.start()].lower().split("\n")[-1]):
                    continue
                role = re.sub(r"[\s_]+", " ", m.group().lower())
                for found in _name(text, v.start("value"), _to_sentence_end(v.group("value")), labelled=True):
                    # a chat's customer who greets: "Покупатель: Здравствуйте!"
                    greets = greeting_or_closing(found.value)
                    if role_holder(role, found.value) and not product_name(text, found) and not greets:
                        yield found
                        # the same name spelled in Latin capitals after it: "ՍԱՐԳՍՅԱՆ / SARGSYAN"
                        latin = _TRANSLITERATED.match(text, found.end)
                        if latin is not None and not found.value.isascii():
                            yield Finding(
                                "NAME", latin.start("value"), latin.end("value"), latin.group("value")
                            )
                        # more people after a CJK list's comma: "入住人：刘志强、林晓雯"
                        more = _CJK_LISTED.match(text, found.end)
                        while more is not None:
                            yield Finding("NAME", more.start("value"), more.end("value"), more.group("value"))
                            more = _CJK_LISTED.match(text, more.end())
            elif (
                (
                    _plausible(kind, v.group("value"))
                    # (an old birth in a family's own record is a private person's)
                    or (kind == "DOB" and public.FAMILY_RECORD.search(text) is not None)
                )
                and not (kind == "LOGIN" and _STAMP.match(text, v.end()))
                and not (kind == "DOB" and birthdates.bound(text, m.end(), v.start("value")))
            ):
                value = text[v.start("value") : v.end("value")].rstrip(" .-/,")
                out = "NAME" if kind == "LOGIN" else "ADDRESS" if kind == "POSTCODE" else kind
                yield Finding(out, v.start("value"), v.start("value") + len(value), value)
    for g in greeting.finditer(text):
        # Finnish "Moi" greets, "Moi Avenue" is a street
        first = g.group("value").split()[:1]
        if first and first[0].lower() in _capitalised_street_words():
            continue
        # Thai's polite particle after "hello" says who speaks, not whom: "สวัสดีค่ะ ดิฉันชื่อ ..."
        if first and THAI_PARTICLE.fullmatch(first[0]):
            continue
        # after a greeting and its comma a script without capitals goes on with the message
        # ("שלום, מה שלומך?", "नमस्ते, आप कैसे हैं?"): a name there is one the lists know
        if (
            first
            and not cased(first[0])
            and re.search(r"[,\u060c\uff0c]", text[g.start() : g.start("value")])
            and not caseless.listed(first[0])
        ):
            continue
        yield from _name(text, g.start("value"), g.group("value"), labelled=False)


#: A number an ID's label names further on in its sentence: "your PPS number (we have 3748759WA
#: on file)", "NHS number – I have 666 981 4917 from your starter form".
_TOLD_ID = re.compile(
    r"(?<![\w.+\-/])(?=(?:[A-Z]?[ .\-]?\d){6})[A-Z0-9](?:[A-Z0-9]|[ .\-](?=[A-Z0-9])){5,20}(?![\w\-/])"
)
_TOLD_ID_REACH = 70
_SENTENCE_STOP_AFTER = re.compile(r"\n|[.!?](?:\s|$)")


def _id_told_after(text: str, at: int) -> Finding | None:
    """The first number in the rest of the label's sentence whose check digits hold for some
    country's personal number (see `_TOLD_ID`)."""
    stop = _SENTENCE_STOP_AFTER.search(text, at, min(len(text), at + _TOLD_ID_REACH))
    limit = stop.start() if stop else min(len(text), at + _TOLD_ID_REACH)
    for m in _TOLD_ID.finditer(text, at, limit):
        value = m.group().rstrip(" .-")
        digits = re.sub(r"\D", "", value)
        # not a date, a number of one digit ("00000000000"), a phone or a firm's number
        if (
            _NO_ID_SHAPE.fullmatch(value)
            or len(set(digits)) == 1
            or _PHONE_WORD_BEFORE.search(text, max(at, m.start() - 20), m.start())
            or national_ids.company_number(text, m.start(), m.start() + len(value))
        ):
            continue
        if national_ids.personal_number(value):
            return Finding("NATIONAL_ID", m.start(), m.start() + len(value), value)
    return None


#: A date's or a range of hours' shape, which no ID has.
_NO_ID_SHAPE = re.compile(
    r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}|(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-4])[0-5]\d"
)
_PHONE_WORD_BEFORE = re.compile(r"(?i)(?:hotline|helpline|tel|phone|call|mobile|infolinia|telefon\w*)\W*$")


def find(text: str) -> Iterator[Finding]:
    found = list(_labelled(text))
    yield from found
    yield from _columns(text)
    # A long number on a line about a person is their ID when a country's check digits hold
    # ("Klient: X, 44051401359"); alone, one random such number in 10 to 25 would pass.
    lines = {(text.rfind("\n", 0, f.start) + 1, line_end(text, f.start)) for f in found if f.kind == "NAME"}
    for start, end in lines:
        for m in national_ids.BARE_RUN.finditer(text, start, end):
            if national_ids.valid_bare_run(m.group()):
                yield Finding("NATIONAL_ID", m.start(), m.end(), m.group())


#: A sentence's end inside a name's value: a name the lists know, a full stop, a space
#: ("Kurye: Hakan. Teslimat kodu: 7731"), not an initial's or a title's dot ("Bro. Emeka").
_SENTENCE_END = re.compile(r"(?P<word>[^\W\d_]{3,})\.[ \t]")


#: A URL query's next parameter: "name=Lisa+Grieve&mobile=..." ends the name at the "&".
_NEXT_PARAMETER = re.compile(r"&\w+(?:=|$)")


def _to_sentence_end(value: str) -> str:
    """A labelled name's value up to the end of its sentence, where a sentence ends in it, or
    up to a URL query's next parameter."""
    parameter = _NEXT_PARAMETER.search(value)
    if parameter is not None:
        value = value[: parameter.start()]
    for m in _SENTENCE_END.finditer(value):
        if known_name(m.group("word")) and m.group("word").lower() not in vocabulary().honorifics:
            return value[: m.end("word")]
    return value


def is_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a field's label of the tables ("Hakija", "Ad Soyad") before
    its separator: such words head a value, they are none."""
    m = _patterns()[0].match(text, start)
    return m is not None and m.end() == end and _LABEL_END.match(text, end) is not None


#: The kinds a column's header can name for the cells under it.
_COLUMN_KINDS = ("NATIONAL_ID", "PHONE", "DOB", "SECRET", "NAME", "ADDRESS")
#: An address's cell: a number and a word in it ("12 Elmwood Crt Leeds", "Rua Xpto 5 3C").
#: (a letter, then two more or their vowel signs: Tamil's "பாரதி" marks its vowels)
_ADDRESS_CELL = re.compile(
    r"(?=[^\n]*\d)(?=[^\n]*[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff]){2})[^\n]{5,120}"
)
_COLUMN_DATE = re.compile(rf"(?:{_DATE})")
#: A secret's cell that holds none: a flag, a null, masked dots, a reference to elsewhere.
_NO_SECRET_CELL = re.compile(r"(?i:yes|no|true|false|null|none|n/a|set|unset|[-–—]+)|[•●*·x_.]+|\$\{.*|<.*")


def _column_kind(header: str) -> str | None:
    """What a column holds by its header's name, written as a program names a field too
    ("dob", "birth_date", "phone-number"); a compound header by its last word where that
    word is a secret's ("account_pin", "wifi_password") or a name's after no thing's word
    ("customer_name", not "file_name")."""
    key = _key(re.sub(r"[_\-]", " ", header))
    kinds = _patterns()[1].get(key, frozenset())
    kind = next((kind for kind in _COLUMN_KINDS if kind in kinds), None)
    if kind is None and " " in key:
        head, last = key.rsplit(" ", 1)
        tail = _patterns()[1].get(last, frozenset())
        if "SECRET" in tail:
            return "SECRET"
        if "NAME" in tail and not _THING_BEFORE.search(head + " "):
            return "NAME"
    # a password's word glued to what it is ("Erstpasswort", "initialpassword", "wifipassword")
    if kind is None and _GLUED_PASSWORD.search(key):
        return "SECRET"
    # a column of licences (a pilot's, a driver's): a cell holds the number, four digits at
    # least, where a program's licence ("MIT", "Apache-2.0") has fewer
    if kind is None and _LICENCE_COLUMN.fullmatch(key):
        return "NATIONAL_ID"
    return kind


#: A column of licences by its header: "licence", "license_no", "pilot licence".
_LICENCE_COLUMN = re.compile(r"(?:(?:pilot|driver|driving|drivers)[ ']*)?licen[cs]e(?: ?(?:no|number|nr|#))?")


#: A password's word at the end of a compound header.
_GLUED_PASSWORD = re.compile(
    r"\w(?:passwort|kennwort|password|passwd|wachtwoord|lösenord|passord|salasana|heslo|hasło)$"
)
#: A column of an animal's record: a table with one is a clinic's or a kennel's list of pets,
#: whose names and birth dates are no person's ("animal_id,name,species,breed,dob").
_ANIMAL_COLUMN = re.compile(
    r"(?i)(?:animal|pet|species|breed|microchip|chip)(?:[ _\-]?(?:id|no|name|number))?"
)


#: A column of codes that open something: "Unlock code", "Cod deblocare", "Türcode", "Locker
#: PIN". A bare "Code" (`_BARE_CODE`) may be a product's or a course's; beside a column of people
#: or their phones, a cell of four to eight digits under it is each one's code.
_OPENING = (
    r"(?:unlock|door|locker|lock|lock ?box|key ?box|access|gate|alarm|safe|entry|key ?safe|padlock|"
    r"tür|schließfach|spind|deur|kluis|porte|casier|puerta|taquilla|porta|armadietto|cancello|"
    r"lucchetto|skåp|skab|skap|kaappi|szafk[ai]|skříňk[ay])"
)
_CODE_WORD = r"(?:code|pin|kod|cod|código|codice|koodi|kode|kód|mã)"
_CODE_COLUMN = re.compile(
    rf"(?i){_OPENING}[ _\-]?{_CODE_WORD}"
    rf"|{_CODE_WORD}[ _\-](?:deblocare|odblokowania|desbloqueo|desbloqueio|sblocco|ontgrendeling|"
    r"d[ée]verrouillage|mở khóa|upplåsning|avaamis)"
    # the Romance and Slavic order, the code before what it opens: "Codice armadietto", "Kod szafki"
    rf"|{_CODE_WORD}[ _\-](?:(?:du |de la |de |del |dell'|della |do |da )?{_OPENING})"
    r"|entsperrcode|ontgrendelcode|upplåsningskod|opplåsingskode|låsekode|türcode|pinkode|pinkod"
)
_BARE_CODE = re.compile(rf"(?i){_CODE_WORD}")
#: A column of people by its header, though no label of the table's names them so: "Holder".
_PEOPLE_COLUMN = re.compile(
    r"(?i)holder|owner|member|renter|guest|tenant|resident|user|customer|client|patient|student|employee"
    # in other languages: "Socio", "Hyrs av" (rented by), "Mitglied", "Medlem", "Jäsen", "Lid"
    r"|socio|socia|miembro|membre|mitglied|medlem|jäsen|lid|członek|hyrs av|lejet af|leid av|"
    r"vuokraaja|mieter|locataire|inquilino|affittuario|gast|hôte|ospite|huésped|"
    # and a customer: "Πελάτης", "Kunde", "Klant", "Cliente", "Клиент", "Asiakas"
    r"πελάτης|kunde|klant|cliente|klient|клиент|клієнт|asiakas|kund|ügyfél|zákazník|müşteri"
)
#: A column that names the locker, door or safe each row's code opens ("Skåp", "Locker"): the
#: bare "Code" beside it is the code to it.
_OPENED_COLUMN = re.compile(rf"(?i){_OPENING}(?:[ _\-]?(?:no|nr|#|number|nummer|numero|n[º°o]))?")
_PIN_CELL = re.compile(r"\d{4,8}")
#: The kind a column's cell is reported as, where the column's own kind says more of its shape.
_REPORTED = {"PIN": "SECRET", "HOME": "ADDRESS"}


def _table_kinds(headers: list[str]) -> tuple[list[str | None], bool]:
    """The kind each header names, and whether the table is personal (a column holds a phone,
    a birth date, an ID or a secret); in an animal's table no name or birth date is a person's.
    A column of codes that open something holds secrets; a bare "Code" column ("PIN" in the
    kinds) holds them beside a column of people or of phones."""
    kinds = [_column_kind(header) for header in headers]
    if any(_ANIMAL_COLUMN.fullmatch(header) for header in headers):
        kinds = [None if kind in ("NAME", "DOB") else kind for kind in kinds]
    roles = any(_PEOPLE_COLUMN.fullmatch(header.strip()) for header in headers)
    opened = any(_OPENED_COLUMN.fullmatch(header.strip()) for header in headers)
    people = roles or opened or any(kind in ("NAME", "PHONE") for kind in kinds)
    kinds = [
        kind
        if kind is not None
        else "SECRET"
        if _CODE_COLUMN.fullmatch(header.strip())
        else "PIN"
        if people and _BARE_CODE.fullmatch(header.strip())
        else None
        for kind, header in zip(kinds, headers, strict=True)
    ]
    # an address column is a person's beside a birth date, an ID, a code or a column of customers
    # or tenants: a list of shops has its names, addresses and phones, and no more; beside a
    # column of names it is a person's on a row whose name is one ("HOME", see `_rows`)
    if not roles and not any(kind in ("DOB", "NATIONAL_ID", "SECRET", "PIN") for kind in kinds):
        home = "HOME" if "NAME" in kinds else None
        kinds = [home if kind == "ADDRESS" else kind for kind in kinds]
    return kinds, any(kind not in (None, "NAME", "ADDRESS", "HOME") for kind in kinds)


#: A login of a given name and a family name: "amelia.rhodes", "jonah_pryce".
_FIRST_DOT_LAST = re.compile(r"[a-z]{2,}[._][a-z]{2,}")
_INITIAL_AFTER = re.compile(r"(?P<name>\S.*?)[ \t]+[A-Z\u0410-\u042f]\.?")


def _cell(kind: str, cell: str, text: str, at: int, personal: bool) -> bool:
    """Whether a cell has its column's shape: four digits of a number, a whole date, a secret's
    literal, or a person's name that is no thing's, group's or public figure's, with a word the
    name lists know unless the table is `personal` (another column holds a phone, a birth date,
    an ID or a secret): a product's name in a "name" column has none ("Blue Mug")."""
    if kind == "DOB":
        return _COLUMN_DATE.fullmatch(cell) is not None and not birthdates.historical(cell)
    if kind == "SECRET":
        return 3 <= len(cell) <= 64 and " " not in cell and not _NO_SECRET_CELL.fullmatch(cell)
    if kind == "PIN":
        return _PIN_CELL.fullmatch(cell) is not None
    if kind in ("ADDRESS", "HOME"):
        return _ADDRESS_CELL.fullmatch(cell) is not None
    if kind == "NAME" and cell and not cased(cell):
        # a script without capitals ("| გიორგი კაპანაძე |", "สมศักดิ์ ใจดี,"): letters in one to four
        # words, under a personal table's header or with a name the lists know
        words = cell.split()
        return (
            len(words) <= 4
            and all(c.isalpha() or c.isspace() or unicodedata.category(c).startswith("M") for c in cell)
            and (personal or any(caseless.listed(w) for w in words))
            and not group_name(text, cell, at + len(cell))
            and not not_a_person(text, Finding("NAME", at, at + len(cell), cell))
        )
    if kind == "NAME" and _FIRST_DOT_LAST.fullmatch(cell):
        # a person's login in a people's column ("driver": "amelia.rhodes")
        return person_login_shape(cell) and anyones_login(cell)
    if kind == "NAME":
        # a manifest's or a roster's family name with the given name's initial ("REID C")
        initialled = _INITIAL_AFTER.fullmatch(cell)
        words = (initialled.group("name") if initialled else cell).split()
        return (
            NAME_WORDS.fullmatch(" ".join(words)) is not None
            and (personal or any(known_name(w) for w in words))
            # ("Precious Mutasa": one everyday word may be a name's, not every one: "Walk In")
            and not all(w.lower() in COMMON_WORDS for w in words)
            and not any(w.lower() in NOT_A_NAME for w in words)
            and not group_name(text, cell, at + len(cell))
            and not not_a_person(text, Finding("NAME", at, at + len(cell), cell))
        )
    return sum(c.isdigit() for c in cell) >= 4


#: A query that names its columns ("select id,name,phone,passcode from jobs"), whose rows a
#: terminal prints below it with a "|" between the values, as sqlite3 does.
_SELECT = re.compile(r"(?i)\bselect[ \t]+(?P<columns>[\w.`\"]+(?:[ \t]*,[ \t]*[\w.`\"]+)+)[ \t]+from\b")


def _columns(text: str) -> Iterator[Finding]:
    """Cells under a header that names a personal value (`employee_id,pesel,dob`): the header
    says what the column holds, the cell needs no label of its own."""
    yield from _inserted_values(text)
    if "\n" not in text:
        return
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, header in enumerate(lines[:-1]):
        select = _SELECT.search(header)
        if select is not None:
            columns = [c.strip(' `"').rsplit(".", 1)[-1] for c in select.group("columns").split(",")]
            yield from _rows(text, lines, offsets, i + 1, "|", _table_kinds(columns))
            continue
        delimiter = next((d for d in _DELIMITERS if d in header), None)
        if delimiter is None:
            yield from _aligned_column_cells(text, lines, offsets, i)
            continue
        yield from _rows(
            text,
            lines,
            offsets,
            i + 1,
            delimiter,
            _table_kinds([c.strip(" \"'") for c in header.split(delimiter)]),
        )


def _rows(
    text: str,
    lines: list[str],
    offsets: list[int],
    first: int,
    delimiter: str,
    table: tuple[list[str | None], bool],
) -> Iterator[Finding]:
    """The cells of the rows from lines[first] on, as many as the header's columns, that have
    their column's shape."""
    kinds, personal = table
    if not any(kinds):
        return
    for k in range(first, len(lines)):
        cells = _split_row(lines[k], delimiter)
        if len(cells) != len(kinds):
            break
        named = False
        for j, kind in enumerate(kinds):
            cell = cells[j].strip(" \"'")
            if not kind or not cell:
                continue
            # a list of shops has a name column too: a home's address only on a person's row
            if kind == "HOME" and not named:
                continue
            # a birth date and its place in one cell ("12/03/1975 Batangas"): the date
            date = _COLUMN_DATE.match(cell) if kind == "DOB" else None
            if date is not None and cell[date.end() : date.end() + 1] in (" ", ","):
                cell = date.group()
            at = offsets[k] + len(delimiter.join(cells[:j])) + (len(delimiter) if j else 0)
            at += cells[j].find(cell)
            if _cell(kind, cell, text, at, personal):
                # (a name with a word the lists know; unless the table is personal, `_cell` asked that)
                named = named or (kind == "NAME" and (not personal or _cell(kind, cell, text, at, False)))
                yield Finding(_REPORTED.get(kind, kind), at, at + len(cell), cell)


def _split_row(line: str, delimiter: str) -> list[str]:
    """A row's cells, a quoted cell whole with the delimiters in it, as a CSV export quotes an
    address ('1,Nguyễn Thị Thu Hà,"27 Ngõ Huế, Hai Bà Trưng, Hà Nội",Mộc')."""
    if '"' not in line:
        return line.split(delimiter)
    cells, start, quoted = [], 0, False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            cells.append(line[start:i])
            start = i + 1
    cells.append(line[start:])
    return cells


#: A fixed-width table's header cell: a word or two set off by runs of blanks.
_ALIGNED_HEADER_CELL = re.compile(r"[^\s][^ \t]*(?: [^\s][^ \t]*)?")


def _aligned_column_cells(text: str, lines: list[str], offsets: list[int], i: int) -> Iterator[Finding]:
    """Dates of birth, names and secrets in a fixed-width table's column, as a terminal prints
    one ("client_id  name   phone   dob", then "C-3391  Precious Mutasa  07951 604 287
    1988-09-14"): the cell that starts under a header naming one, up to the next run of blanks.
    (An ID's column is left, but for a passport's: its header names a record's number as often
    as a person's.)"""
    header = lines[i]
    cells = list(_ALIGNED_HEADER_CELL.finditer(header))
    if len(cells) < _ALIGNED_MIN_COLUMNS or not re.search(r"\S {2,}\S", header):
        return
    kinds, personal = _table_kinds([m.group() for m in cells])
    starts = [
        (m.start(), kind)
        for m, kind in zip(cells, kinds, strict=True)
        if kind in ("DOB", "NAME", "SECRET", "PIN") or (kind == "NATIONAL_ID" and _PASSPORT.search(m.group()))
    ]
    for k in range(i + 1, len(lines)):
        row = lines[k]
        if not row.strip():
            break
        for start, kind in starts:
            cell = _ALIGNED_CELL.match(row, start)
            if (
                cell
                and (start == 0 or row[start - 1] == " ")
                and _cell(kind, cell.group(), text, offsets[k] + start, personal)
            ):
                yield Finding(
                    _REPORTED.get(kind, kind), offsets[k] + start, offsets[k] + cell.end(), cell.group()
                )


_ALIGNED_MIN_COLUMNS = 3
_PASSPORT = re.compile(r"(?i)passport|passeport|pasaporte|passaporto|reisepass|paspoort")
_ALIGNED_CELL = re.compile(r"[^\s](?:[^ \t]| (?! ))*")


#: An SQL INSERT names its columns, then gives their values in the same order.
_INSERT = re.compile(
    r"(?i)\binsert\s+into\s+[\w.`\"\[\]]+\s*\((?P<columns>[^()]*)\)\s*values\s*(?P<rows>(?:\([^()]*\)[\s,]*)+)"
)
_SQL_ROW = re.compile(r"\(([^()]*)\)")
_SQL_VALUE = re.compile(r"'(?P<quoted>(?:[^']|'')*)'|(?P<bare>[^,\s][^,]*?)(?=\s*(?:,|$))")


def _inserted_values(text: str) -> Iterator[Finding]:
    """Values of an INSERT's columns whose names name a personal value
    ("INSERT INTO staff (name, birth_date) VALUES ('X', '1980-01-02')")."""
    for insert in _INSERT.finditer(text):
        kinds, personal = _table_kinds(
            [column.strip(' `"[]') for column in insert.group("columns").split(",")]
        )
        if not any(kinds):
            continue
        for row in _SQL_ROW.finditer(text, insert.start("rows"), insert.end("rows")):
            values = list(_SQL_VALUE.finditer(text, row.start(1), row.end(1)))
            if len(values) != len(kinds):
                continue
            for kind, value in zip(kinds, values, strict=True):
                group = "quoted" if value.group("quoted") is not None else "bare"
                if kind and _cell(kind, value.group(group), text, value.start(group), personal):
                    yield Finding(
                        _REPORTED.get(kind, kind), value.start(group), value.end(group), value.group(group)
                    )


def _after_qualifier(text: str, at: int) -> int:
    m = re.compile(_QUALIFIER).match(text, at)
    at = m.end() if m else at
    # whose it is, a person a label names in the genitive: "Geburtsdatum der Empfängerin (für
    # den Geburtstagsservice): ...", "Adresse du destinataire :", "Teléfono del solicitante:"
    whose = _WHOSE.match(text, at)
    if whose is not None and _person_word(whose.group("noun")):
        return whose.end()
    return at


#: A genitive's article and its noun after a label, a note in brackets perhaps, then the colon.
_WHOSE = re.compile(
    r"[ \t]+(?i:der/des|des/der|des|der|du|de la|de l'|del|della|dello|do|da|van de|van het)"
    r"[ \t]*(?P<noun>[^\W\d_]{3,})"
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?=[ \t]*[:\uff1a])"
)


def _person_word(noun: str) -> bool:
    """Whether a noun is one a label names a person by ("Empfängerin", "Antragstellers",
    "destinataire"), its genitive's "s", "es" or, as German's adjectives take it, "n" aside
    ("Erziehungsberechtigten")."""
    words = _name_labels()
    folded = noun.lower()
    forms = (folded, folded.removesuffix("s"), folded.removesuffix("es"), folded.removesuffix("n"))
    return any(form in words for form in forms)


@lru_cache(maxsize=1)
def _name_labels() -> frozenset[str]:
    """The labels of a person's name, gathered once (the table's columns are read per call)."""
    return vocabulary().label_words("NAME")


def _plausible(kind: str, value: str) -> bool:
    if kind == "SECRET":
        # typed on a keyboard: a value in CJK or Thai letters is a sentence about the secret;
        # a bare word in one case is a flag or a word ("password: YES)", "Passwort: geheim")
        value = value.rstrip(").,;")
        mixed = any(c.isupper() for c in value) and any(c.islower() for c in value)
        return (
            value.isascii()
            and not _MASKED.search(value)
            and credentials.literal(value)
            and (any(c.isdigit() for c in value) or not value.isalnum() or mixed)
        )
    if kind == "EMAIL":
        # a role's mailbox after its label is still no one's ("Email: info@caremark.co.uk",
        # "api-support@..."); a parcel's tracking number after "Royal Mail:" ends a sentence with
        # its full stop, which makes no address
        user, _, domain = value.partition("@")
        role = (
            bool(domain) and _ROLE_SHAPED.fullmatch(user) and organisation_contacts.role_mailbox(user, domain)
        )
        return (
            len(value) >= 5
            and ("." in value.rstrip(".") or "@" in value)
            and not value.endswith(("...", "…"))
            and not role
            # a paper form's empty field: "________@__________"
            and any(c.isalnum() for c in value)
        )
    if kind == "LOGIN":
        # a role's mailbox as the account ("user: noreply@...") is the organisation's sender
        user = value.split("@", 1)[0].lower()
        return anyones_login(value) and not ("@" in value and organisation_contacts.role_mailbox(user))
    if kind == "PHONE":
        return sum(c.isdigit() for c in value) >= 6
    if kind == "ADDRESS":
        # a street has a name: a number alone after "gate" (Norwegian and Danish for street)
        # is an airport's gate, a form's count ("gate": "9"); a memory's address in hexadecimal
        # is a program's ("Segfault at addr: 0x00007ffe3a12")
        return any(c.isalpha() for c in value) and _HEXADECIMAL.fullmatch(value.strip()) is None
    if kind == "DOB":
        return not birthdates.historical(value) or birthdates.solar_hijri(value)
    return True


#: A mailbox's user part that could be a role's: letters, in parts joined by "-", "_" or ".".
_ROLE_SHAPED = re.compile(r"[^\W\d_]+(?:[-_.][^\W\d_]+)*")
#: A number in hexadecimal, as a program prints a memory's address.
_HEXADECIMAL = re.compile(r"0x[0-9a-fA-F]+")
#: A word that ends a sentence: its last three letters, then a full stop ("Ashdown-Frere.").
_SENTENCE_STOP = re.compile(r"[\w'\u2019-]*[^\W\d_]{3}\.")


def _name(text: str, start: int, raw: str, labelled: bool) -> Iterator[Finding]:
    """The name at the start of `raw`: its words up to the next label, a column's gap, a
    phrase's lower-case word or the fourth word (the second in Thai, whose clauses have no
    commas)."""
    honorifics = vocabulary().honorifics
    label_at = _patterns()[0]
    words = list(re.finditer(r"\S+", raw))
    # (and a role the greeting gives before the name: "प्रिय उपभोक्ता रमेश चंद्र यादव", dear consumer)
    while words and (
        words[0].group().lower() in honorifics
        or (len(words) > 1 and words[0].group().lower() in ADDRESSEE_ROLES)
    ):
        words.pop(0)
    kept: list[re.Match[str]] = []
    for w in words:
        word = w.group()
        lower = word.lower()
        # the next label ("Nombre:   Apellidos:", a header row) or a blank to fill ("____")
        if not any(c.isalpha() for c in word):
            break
        label = label_at.match(text, start + w.start())
        if label and _LABEL_END.match(text, label.end()):
            break
        # a column's gap ends the cell: "Guest name: Tomasz Wrona   Room 512"; two spaces do
        # before a word and its colon, the next field's label ("Skipper: Eoghan Mulcahy  Port: ...")
        if kept and _COLUMN_GAP.search(raw, kept[-1].end(), w.start()):
            break
        if (
            kept
            and raw[kept[-1].end() : w.start()].startswith("  ")
            and _NEXT_LABEL.match(text, start + w.start())
        ):
            break
        # a log's next key ends the value: "surname=VANTERPOOL mac=3c:22:fb"
        if kept and text.startswith("=", start + w.end()):
            break
        if cased(word) and word[0].islower() and lower not in _PARTICLES:
            return
        kept.append(w)
        # a sentence's full stop after a name's second word or later, not an initial's nor a
        # title's ("Executor: Marigold Hargreave. Value of estate ...", not "Dkt. Kimaro")
        if len(kept) > 1 and _SENTENCE_STOP.fullmatch(word):
            break
    limit = 2 if re.search(r"[\u0e00-\u0e7f]", raw) else 4
    kept = kept[:limit]
    while kept and kept[-1].group().lower() in _PARTICLES:
        kept.pop()
    if not kept:
        return
    value = raw[kept[0].start() : kept[-1].end()].rstrip(" .'-")
    if not any(c.isalpha() for c in value) or value.lower() in _NOT_A_NAME:
        return
    # a constant's or an environment variable's name: "- name: MQTT_PASSWORD", "  - name: TZ"
    if (
        value.isupper()
        and " " not in value
        and ("_" in value or NESTED_KEY.match(text, text.rfind("\n", 0, start) + 1) is not None)
    ):
        return
    if any(w.group().lower().rstrip(",") in LEGAL_FORMS for w in words):
        return
    if value.split()[0].lower() in _NOT_A_NAME:
        return
    # six or more CJK characters unspaced are a sentence: a name is two to five ("买家：我要改一下
    # 收货地址" is the buyer speaking, "买家：王浩然" the buyer), its brackets too ("事務局: 来月の
    # 研修は「認知症ケア」です"); a katakana name's dot parts its words ("グエン・ヴァン・ナム")
    if _CJK_SENTENCE.search(value.replace("\u30fb", " ")):
        return
    begin = start + kept[0].start()
    # a sender or owner field also holds teams and companies ("From: The Billing Team")
    if group_name(text, value, begin + len(value)):
        return
    yield Finding("NAME", begin, begin + len(value), value)
