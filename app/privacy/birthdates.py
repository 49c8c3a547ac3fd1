"""Dates of birth, found by the words that introduce them in the languages Deskhand meets.

A date alone is not personal (invoices, deadlines and logs are full of them); a date after
"DOB", "born on", "geboren am", "né le", "fecha de nacimiento"... is. The cue may be a few words
away ("born 1948-07-22", "Fecha de nacimiento de Lucía Pérez: 02/02/2002"), never on another line.
Cues come in the languages of the corpora (Swedish, Turkish, Vietnamese, Hindi, Japanese,
Chinese, Korean too), and so do dates: "1991年8月15日", a Japanese era's "昭和60年4月3日".
A birth date before 1900 is history: nobody born then is alive. Under a list of birthdays
("Birthdays 🎂") an item's day and month are one without the year ("- Fatima - 2 Dec"), and so
are they after someone "turns 20 on".
"""

# ruff: noqa: RUF001, RUF003  (the cues are written in their own scripts and punctuation)
from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator

from app.privacy import public
from app.privacy.finding import Finding, Spans, line_end

_CUE = (
    # also as a program names its field: "user_dob", "date_of_birth=", "birthDate"
    r"(?:(?:\b|(?<=_))D\.?O\.?B(?:\b|(?=_))|\bdate[ _]?of[ _]?birth|\bbirth[ _\-]?date|"
    r"\bbirthday\b|\bborn\b|\bb\.(?= ?\d)|"
    # a record's key for it alone: '"birth":"1938-02-14"'
    r"\bbirth(?=[\"']?[ \t]*[:=])|"
    r"\bgeburtsdatum\b|\bgeburtstag\b|\bgeboren\b|\bgeb\.|"
    r"\bdate de naissance\b|\bn[ée]e? le\b|"
    r"\bfecha de nacimiento\b|\bnacid[oa]\b|\bf\. ?nac\.|"
    # the verb as well as the form's word: "nasceu em", "nació el", "született"
    r"\bdata de nascimento\b|\bnascid[oa]\b|\bnasce(?:u|ram)\b|\bnasci\b|\bnaci[óo]\b|\bnac[íi]\b|"
    # (the town may stand between: "nata a Roma il 1° agosto 1985"; a record's key is glued:
    # "dataNascita", "fechaNacimiento" in camel case, "dogumTarihi"; not "Rinascita", a rebirth,
    # nor "odemeTarihi", a payment's date; a log's "nato 1990-10-08" in small letters only:
    # "NATO 2026-07-07" is the alliance)
    r"\bdata ?di ?nascita\b|\bnat[oa](?:/a)?(?= (?:a|ad|il)\b)|(?<=[a-z])(?-i:Nascita|Nacimiento)\b|"
    r"\b(?-i:nat[oa])(?= (?:\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{4})\b)|"
    r"\bdo[gğ]um_?tarihi\b|"
    # Catalan's and Welsh's form words and verbs: "data de naixement", "nascuda el", "ganwyd ar"
    r"\bdata de naixement\b|\bnascu(?:t|da)\b|\bdyddiad geni\b|\bgan(?:wyd|ed)\b|\bgeni ar\b|"
    r"\bgeboortedatum\b|\bgeboren op\b|"
    r"\bdata urodzenia\b|\burodzon[ya]\b|\burodzi(?:ł|łem|łam|ła)\b|\bsinh ngày\b|"
    r"\bf[öo]delsedatum\b|\bf[öo]dselsdato\b|\bf[öo]dd\b|\bsyntymäaika\b|\bdoğum tarihi\b|"
    r"\bdogum tarihi\b|\bngày sinh\b|\bdatum narození\b|\bszületett\b|"
    # Slovak's and Czech's form word as a record's key ("datum_narodenia", "datum_narozeni"),
    # Estonian's without its umlaut ("synniaeg"), Greek's "born" cut short ("γενν. 18/12/2014"),
    # a vCard's "BDAY:", Irish's "day of birth", a chat's "bday", French's cut "date naiss.",
    # Italian's "D.N.:" (under one "\b": each alternative of its own cost every text a try at
    # every word)
    r"\b(?:datum[ _]narod(?:enia|zeni)\b|s[üuy]nniaeg\b|γενν\.|BDAY(?=[;:])|l[áa] breithe\b|"
    r"d[áa]ta breithe\b|b-?day\b|date (?:de )?naiss\.|D\.N\.(?=[ \t]*:)|"
    # Turkish's "birth" alone as a record's key ("dogum: 1999-06-08"), Hungarian's form word
    # as one ("szuletesi_datum"), Polish's "born" cut short before a date ("ur. 18.09.1991")
    r"do[gğ]um(?=[\"']?[ \t]*[:=])|sz[üu]let[ée]si_d[áa]tum\b|ur\.(?= ?\d))|"
    # (Hungarian's place and date of birth in one field: "Születési hely, idő: Debrecen, 1983. ...")
    r"\bszületési (?:dátum(?:om|od|a)?|(?:hely,? (?:és )?)?idő)\b|"
    # Polish "birthday", as a chat says it ("urodziny 5 marca 2001")
    r"\burodziny\b|"
    # Yoruba's "day of birth" ("Ọjọ ibi: 12/05/1990"), with its tones or without
    r"\b(?:ọjọ|ojo)\u0301?[ \t]+(?:ì|i)b(?:í|i)\b|"
    # an insurance message's tag ("<BirthDt>"), Greek, Russian and Ukrainian
    r"\bbirth[ _\-]?dt\b|\bημ(?:ερ(?:ομηνία)?)?\.? γέννησης\b|\bγεννήθηκε\b|\bдата рождения\b|"
    r"\bродил(?:ся|ась)\b|\bдата народж(?:ення\b|\.)|\bнародил?(?:ся|ася|вся)\b|"
    # (Russian's as OCR misreads its "о" for a zero: "Дата р0ждения"), Hungarian's "born" cut
    # short ("szül. 1941. április 9."), Igbo's "day of birth" ("Ụbọchị ọmụmụ: 14/02/1993")
    r"\bдата р0ждения\b|\bszül\.|\bụbọchị ọmụmụ\b|"
    # the Nordic "f." (født, född) and Finnish "s." (syntynyt) right before a full date
    r"\b[fs]\.(?= ?(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d\d-\d\d)(?!\d)))"
)
#: Cues in scripts without word boundaries (Japanese, Chinese, Korean, Hindi), tried only at one
#: of their letters: mixed into the alternatives above they cost the regex its fast scan.
_SCRIPT_CUE = (
    r"(?=[\u0900-\u097f\u4e00-\u9fff\uac00-\ud7af])"
    r"(?:生年月日|誕生日|出生日期|出生年月日|出生|생년월일|जन्म तिथि|जन्मतिथि|जन्म की तारीख)"
)
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|"
    r"oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|gennaio|"
    r"febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|"
    r"mei|augustus|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|"
    r"października|listopada|grudnia|január|február|március|április|május|június|július|augusztus|"
    r"szeptember|október|"
    # Catalan's, Welsh's and Tagalog's that no other language's begins
    r"gener|febrer|agost|setembre|desembre|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|"
    r"medi|hydref|tachwedd|rhagfyr|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|"
    r"disyembre)[a-zéáíóöőúüű]*\.?"
)
#: A day of the month as an English ordinal word: "first", "twelfth", "twenty-first".
_ORDINAL_DAY = (
    r"(?:(?:(?:twenty|thirty)[\-\s]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|thirtieth)"
)
#: A day of the month in the words of Spanish, Portuguese, French and Italian, and a German
#: ordinal ("vierzehnten"), as a birth certificate or a notary's deed writes it.
_DAY_WORD = (
    r"(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"diecis[ée]is|diecisiete|dieciocho|diecinueve|veinte|veinti[a-zú]+|treinta(?:\s+y\s+uno)?|"
    r"primeiro|um|dois|tr[êe]s|quatro|sete|oito|nove|dez|onze|doze|treze|catorze|quatorze|quinze|"
    r"dez[ae]sseis|dez[ae]ssete|dezoito|dez[ae]nove|vinte(?:\s+e\s+[a-zê]+)?|trinta(?:\s+e\s+um)?|"
    r"premier|deux|quatre|cinq|sept|huit|neuf|dix(?:-sept|-huit|-neuf)?|treize|seize|"
    r"vingt(?:-et-un|-[a-z]+)?|trente(?:-et-un)?|"
    r"primo|due|tre|quattro|cinque|sei|sette|otto|dieci|undici|dodici|tredici|quattordici|"
    r"quindici|sedici|diciassette|diciotto|diciannove|venti|vent[a-zé]+|trenta|trentuno|"
    r"(?:ein|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun)?(?:und)?"
    r"(?:erst|zweit|dritt|viert|f[üu]nft|sechst|siebt|acht|neunt|zehnt|elft|zw[öo]lft|"
    r"dreizehnt|vierzehnt|f[üu]nfzehnt|sechzehnt|siebzehnt|achtzehnt|neunzehnt|zwanzigst|drei[ßs]igst)"
    r"(?:e|er|en|em))"
)
#: A date in CJK units, a Japanese era's year ("昭和60年4月3日") or a Korean one ("1992년 8월 15일").
_CJK_DATE = r"(?:明治|大正|昭和|平成|令和)?\d{1,4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]?"
#: A date in words with its numbers as Vietnamese and Lithuanian write it: "14 tháng 3 năm
#: 1985", "1985 m. kovo 14 d." (labelled.py reads it after a label too).
WORDED_DATE = r"\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{4}\s+m\.\s+[^\W\d_]{3,10}\s+\d{1,2}\s+d\."
_DATE = (
    rf"(?:{_CJK_DATE}|\d{{1,2}}[./\-]\d{{1,2}}[./\-]\d{{2,4}}|\d{{4}}[./\-]\d{{1,2}}[./\-]\d{{1,2}}|"
    # "3 March 1985", "12 de marzo de 1985", "the 4th of July, 1990", "March 12th, 1985"
    # (and Catalan's "3 d'agost de 1971", Tagalog's "Ika-8 ng Disyembre 1975")
    rf"\d{{1,2}}(?:st|nd|rd|th|er|º|ª|°)?\.?\s+(?:de\s+|d['’]|of\s+|ng\s+)?{_MONTH},?\s+(?:de\s+)?\d{{4}}|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    # the day in English words, as a certificate or a consent form writes it: "Nineteenth of
    # June, 1995", "the twenty-first of March 2003"
    rf"(?:the\s+)?{_ORDINAL_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}|"
    # and in Spanish, Portuguese, French, Italian and German words: "catorce de marzo de 1988",
    # "le quatorze mars 1988", "am vierzehnten März 1988"
    rf"{_DAY_WORD}\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?\d{{4}}|"
    # the numbers set apart by spaced slashes, as a card's printed boxes read: "19 / 07 / 2022"
    r"\d{1,2}[ \t]/[ \t]\d{1,2}[ \t]/[ \t]\d{4}|"
    # the month's name between dashes or slashes, as forms and call notes write it: "22-Aug-1974"
    rf"\d{{1,2}}[\-/]{_MONTH}[\-/]\d{{2,4}}|"
    # a bilingual passport's, the month in its two languages: "12 AUG /AOUT 99", "08 ТРА/MAY 99"
    rf"\d{{1,2}}\s+{_MONTH}\s*/\s*[^\W\d_]{{3,5}}\.?\s+\d{{2}}(?:\d{{2}})?(?!\d)|"
    rf"\d{{1,2}}\s+[^\W\d_]{{3,5}}\.?\s*/\s*{_MONTH}\s+\d{{2}}(?:\d{{2}})?(?!\d)|"
    rf"{WORDED_DATE}|"
    # the year first, as Hungarian writes it: "1985. április 3."
    rf"\d{{4}}\.\s+{_MONTH}\s+\d{{1,2}}\.?|"
    # run together, as passports and airlines write it: "14MAR1986"
    r"\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)\d{2}(?:\d{2})?(?!\d)|"
    # every figure set apart, as OCR reads a form's letter-spaced print: "0 4 . 1 1 . 1 9 9 3"
    r"\d[ ]\d[ ]?[./][ ]?\d[ ]\d[ ]?[./][ ]?\d[ ]\d[ ]\d[ ]\d(?![ ]?\d))"
)
#: A birth date's cue alone: a chat that asks for the date names it so (`answers`).
DOB_CUE = re.compile(rf"(?i){_CUE}|{_SCRIPT_CUE}")
#: The same cues, and a list's request for them in the plural: "need DOBs for the insurance form".
_LIST_CUE = re.compile(
    rf"(?i){_CUE}|{_SCRIPT_CUE}|\bD\.?O\.?Bs\b|\bbirth ?dates\b|\bdates of birth\b"
    # (and a list of birthdays, with their years: "Birthdays: Tom 03/05/2015, Ella ...")
    r"|\bbirthdays\b|\bgeburtstage\b|\bcumpleaños\b|\banniversaires\b|\bcompleanni\b|\bverjaardagen\b"
)
#: (a passport numbers its fields in brackets between: "Date of birth (4) 12 AUG /AOUT 99"; a
#: form or a document's scan puts the date under its label, alone on the next line: "Date of
#: birth / Fecha de nacimiento" then "17 JUN /JUN 2003")
_DOB = re.compile(
    rf"(?i)(?:{_CUE}|{_SCRIPT_CUE})(?:[^\n\d]|\(\d{{1,2}}\)){{0,40}}?(?P<below>\n[ \t]*)?"
    rf"(?P<value>{_DATE})(?(below)(?=[ \t]*(?:\n|$)))"
)


#: Nobody born before this year is alive: their birth date is history, not personal data
#: ("Napoleon Bonaparte was born in Ajaccio on 15 August 1769").
HISTORY_BEFORE = 1900
_YEAR = re.compile(r"(?<!\d)(1[0-8]\d\d)(?!\d)")


#: A date in the Solar Hijri calendar Iran and Afghanistan write, year first ("تاریخ تولد:
#: 1370/05/12", born 1991): after a birth date's label, no history.
_SOLAR_HIJRI = re.compile(r"1[34]\d\d[/.\-]\d{1,2}[/.\-]\d{1,2}")


def solar_hijri(date: str) -> bool:
    """Whether a birth date's label is followed by a Solar Hijri date (1300-1499, year first)."""
    return _SOLAR_HIJRI.fullmatch(date.strip()) is not None


def historical(date: str) -> bool:
    """Whether a date's four-digit year is before anyone living was born."""
    m = _YEAR.search(date)
    return m is not None and int(m.group(1)) < HISTORY_BEFORE


#: A table's row (markdown or pipes, two pipes at least) and a cell of it that is a date and
#: nothing else: "| Ana Lima | 1990-04-02 |", "Lane 3 | MCALLISTER, Euan | 2009-02-17 | SC".
_ROW = re.compile(r"^[^\n|]*(?:\|[^\n|]*){2,}$", re.MULTILINE)
_DATE_CELL = re.compile(rf"(?:^|(?<=\|))[ \t]*(?P<value>{_DATE})[ \t]*(?=\||$)", re.MULTILINE)
#: What makes a row a person's: an e-mail address or a phone number in one of its cells (a
#: date's digits and dashes are no phone's).
_PERSONAL_CELL = re.compile(
    rf"\|[ \t]*(?:[\w.+-]+@[\w-]+\.[\w.]+|(?!{_DATE}[ \t]*(?:\||$))\+?\d[\d ()./-]{{7,}}\d)[ \t]*(?=\||$)"
)
#: A year no one at work is born after: a later bare date in a person's row is an event's.
_BORN_BY = 2015
#: A row's only date, up to three years ago: a pupil's or a club junior's birth date; a row's
#: order or visit stands beside another date, or is more recent.
_CHILD_BORN_BY = datetime.date.today().year - 3


#: Between the cue and the date, words that make the date a bound of a rule, not anyone's
#: birthday: "applicants born on or after January 1, 1990", "nés avant le 1er janvier 1960".
_BOUND = re.compile(
    r"(?i)\b(?:on or (?:after|before)|before|after|between|since|prior to|later than|earlier than|"
    r"nach dem|vor dem|zwischen|avant le|après le|entre|antes del?|después del?|prima del|dopo il)\b"
)


def bound(text: str, cue_end: int, value_start: int) -> bool:
    """Whether the words between a birth cue and its date make the date a rule's bound."""
    return _BOUND.search(text, cue_end, value_start) is not None


#: A life's span, as obituaries, family trees and memorials write it: the birth date, then a
#: dash or a cross and the date of death ("(12 May 1931 - 2 November 2026)", "* 12.05.1931
#: \u2020 02.11.2026", Finnish "s. 4.7.1951 k. 23.11.2026"). A span of a few months is an
#: event's ("Sale (1 Dec - 24 Dec 2026)"): a life's starts by _BORN_BY and ends two years or
#: more later, and a name found on the line says whose it is ("Lease (01/03/2010 - 28/02/2025)"
#: is a contract's).
_LIFESPAN = re.compile(
    rf"(?i)(?:[(*\u2605]|\b[bs]\.|(?P<alone>^))[ \t]*(?P<value>{_DATE})[ \t]*"
    rf"(?:[\u2013\u2014\-]|\u2020|\u271d|[dk]\.)[ \t]*(?P<death>{_DATE})",
    re.MULTILINE,
)
#: A text that remembers the dead, where a span alone on its line under the name is a life's
#: ("In loving memory of Margaret Lindqvist" then "3 March 1941 - 22 September 2024").
_MEMORIAL = re.compile(
    r"(?i)in loving memory|in memoriam|obituary|funeral|rest in peace|\bR\.?I\.?P\b|passed away|"
    r"nachruf|traueranzeige|in liebevoller erinnerung|obsèques|décès|esquela|fallecimiento|necrologio|"
    r"in memoria|overlijdensbericht|in dankbare herinnering|nekrolog"
)
_FOUR_DIGITS = re.compile(r"\d{4}")


def _a_life(born: str, died: str) -> bool:
    years = [_FOUR_DIGITS.search(date) for date in (born, died)]
    if years[0] is None or years[1] is None:
        return False
    start, end = int(years[0].group()), int(years[1].group())
    return HISTORY_BEFORE <= start <= _BORN_BY and end - start >= 2


#: A date with the word for born after it: "赵国华，男，1941年7月9日出生", Ukrainian's and
#: Russian's "year of birth" abbreviated after a date ("12.08.2019 р. н.", "03.04.1987 г. р."),
#: a year alone after the word, and a birthday said in brackets after a date.
_BORN_AFTER = re.compile(
    rf"(?P<value>{_CJK_DATE})[ \t]?(?:出生|生まれ|출생|생|生(?![\u3040-\u30ff\u4e00-\u9fff]))"
    r"|(?P<slavic>\d{1,2}\.\d{1,2}\.\d{4})[ \t]?(?:р\.|г\.)[ \t]?(?:н\.|р\.)"
    # a year alone right after "born" or "DOB", as a note or a roster writes it ("age 34 (born
    # 1991)", "Kofi Mensah — DOB 2010"; history's "was born in 1902" is prose)
    r"|(?i:(?:(?<![\w-])born|(?<![\w])D\.?O\.?B\.?)[ \t:]*)(?P<year>(?:19|20)\d\d)(?![\d/.\-])"
    # or said in brackets after it: "memorable date is 24/06/1941 (her birthday)"
    rf"|(?i:(?P<told>{_DATE})[ \t]*\((?:(?:her|his|my|their|your)[ \t]+)?"
    r"(?:birthday|date of birth|dob|d\.o\.b\.)\))"
)


#: The genealogists' and German's star for "born", after a name or a bracket, never a list's
#: bullet at a line's start: "Lena Maier (* 12.03.1988)", "Lena Maier, * 12. März 1988". (Apart
#: from `_CUE`: a lookbehind among its alternatives costs every text the regex's fast scan.)
_STARRED = re.compile(rf"(?i)(?:(?<=\()|(?<=[^\W\d_],[ \t])|(?<=[^\W\d_][ \t]))\*[ \t]?(?P<value>{_DATE})")


#: A date after a person's sex in Chinese, Japanese or Korean, right after their name, as a
#: roster writes its row: "张伟 男 1985-04-12", "김민수, 여, 1990.03.02".
_SEX_THEN_DATE = re.compile(
    rf"(?<=[\u4e00-\u9fff\uac00-\ud7af])[ \t,，、]+[男女남여][ \t,，、]+(?P<value>{_DATE})"
)
#: A date as Python prints it ("datetime.date(1959, 3, 8)"), in a query's output that asks for
#: birth dates ("values_list('name', 'dob')").
_PYTHON_DATE = re.compile(r"datetime\.date\((?:19|20)\d\d, \d{1,2}, \d{1,2}\)")


def _born_by(date: str, latest: int) -> bool:
    """Whether a date's four-figure year falls from HISTORY_BEFORE to `latest`: when someone
    alive was born, by the rule's bound (anyone at work, or a child)."""
    year = re.search(r"\d{4}", date)
    return year is not None and HISTORY_BEFORE <= int(year.group()) <= latest


def find(text: str) -> Iterator[Finding]:
    starred = _STARRED.finditer(text) if "*" in text else ()
    for m in (
        _SEX_THEN_DATE.finditer(text)
        if ("男" in text or "女" in text or "남" in text or "여" in text)
        else ()
    ):
        if _born_by(m.group("value"), _CHILD_BORN_BY):
            yield Finding("DOB", m.start("value"), m.end("value"), m.group("value"))
    if "datetime.date(" in text and DOB_CUE.search(text):
        for m in _PYTHON_DATE.finditer(text):
            yield Finding("DOB", m.start(), m.end(), m.group())
    for m in (*_DOB.finditer(text), *_BORN_AFTER.finditer(text), *starred):
        group = next(g for g in ("slavic", "told", "year", "value") if g in m.re.groupindex and m.group(g))
        if group == "value" and bound(text, m.start(), m.start("value")):
            continue
        # (an old birth in a family's own record is a private person's: a parish register's)
        if not historical(m.group(group)) or solar_hijri(m.group(group)) or public.FAMILY_RECORD.search(text):
            yield Finding("DOB", m.start(group), m.end(group), m.group(group))
    yield from _table_dates(text)
    if _BIRTHDAYS_HEADING.search(text):
        for m in _LISTED_BIRTHDAY.finditer(text):
            yield Finding("DOB", m.start("value"), m.end("value"), m.group("value"))
    for m in _TURNS_ON.finditer(text):
        yield Finding("DOB", m.start("value"), m.end("value"), m.group("value"))


#: A day and a month without the year, as a list of birthdays or a chat gives a birthday.
_DAY_MONTH = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?\.?[ \t]+(?:of[ \t]+)?{_MONTH}|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)"
)
#: A list of birthdays by its heading, or its cake: "Birthdays 🎂", "Geburtstage", "Google
#: Calendar — Birthdays".
_BIRTHDAYS_HEADING = re.compile(
    r"(?i)\bbirthdays\b|\U0001f382|\bgeburtstage\b|\bcumpleaños\b|\banniversaires\b|\bcompleanni\b|"
    r"\bverjaardagen\b|\bfödelsedagar\b|\bfødselsdage\b|\bbursdager\b|\bsyntymäpäivät\b"
)
#: An item of such a list, marked by a dash, a bullet, a cake or a number, a name then its day
#: and month after a dash or a colon, the year left out ("🎂 Phil Grainger (referee mentor) — 17
#: Dec", "- Fatima – 2 Dec"); a full date is read by the cues. (An item with no mark, "Joseph —
#: 4 Feb", is not read: "Wedding anniversary — 12 Jun" would be too.)
_LISTED_BIRTHDAY = re.compile(
    rf"(?im)^[ \t]*(?:[-*\u2022\u00b7]|\U0001f382|\d{{1,2}}\.)[ \t]*[^\W\d_][^\n]{{0,60}}?"
    rf"[ \t](?:[\u2013\u2014\-]|:)[ \t]*(?P<value>{_DAY_MONTH})(?![ \t]*,?[ \t]*\d)"
)
#: Someone who turns an age on a day: "he turns 20 on 2 March".
_TURNS_ON = re.compile(rf"(?i)\bturns?[ \t]+\d{{1,3}}[ \t]+on[ \t]+(?:the[ \t]+)?(?P<value>{_DAY_MONTH})")


def _table_dates(text: str) -> Iterator[Finding]:
    """A bare date cell in a table row that holds a person's e-mail or phone: the header that
    named the column is often off screen, and such a row's date is most often a birth date
    (traded: a joining date in that row is scrubbed too, the safe error)."""
    for row in _ROW.finditer(text):
        if not _PERSONAL_CELL.search(row.group()):
            continue
        for m in _DATE_CELL.finditer(text, row.start(), row.end()):
            if _born_by(m.group("value"), _BORN_BY):
                yield Finding("DOB", m.start("value"), m.end("value"), m.group("value"))


#: A line of a tab-separated export (two tabs at least) and a cell of it that is a date alone.
_TAB_ROW = re.compile(r"^[^\n\t]*(?:\t[^\n\t]*){2,}$", re.MULTILINE)
_TAB_DATE_CELL = re.compile(rf"(?:^|(?<=\t))[ ]*(?P<value>{_DATE})[ ]*(?=\t|$)", re.MULTILINE)
#: A line of a comma- or semicolon-separated export (two separators at least) and a cell of it,
#: quoted or not, that is a date alone: '"Ana","Lima","1990-04-02","ana@x.example"'.
_CSV_ROW = re.compile(r"^[^\n,;]*(?:[,;][^\n,;]*){2,}$", re.MULTILINE)
_CSV_DATE_CELL = re.compile(
    rf"(?:^|(?<=[,;]))[ ]*(?P<quote>[\"']?)(?P<value>{_DATE})(?P=quote)[ ]*(?=[,;]|$)", re.MULTILINE
)
#: What the other detectors find that makes a row a person's.
_PERSONAL_KINDS = frozenset({"NAME", "EMAIL", "PHONE", "NATIONAL_ID"})


def lifespans(text: str, found: Iterable[Finding]) -> Iterator[Finding]:
    """The birth date of a life's span on a line where the other detectors found a name, or
    under the line that names them ("In loving memory of Margaret Lindqvist" then "3 March 1941
    - 22 September 2024")."""
    named = Spans((f.start, f.start + 1) for f in found if f.kind == "NAME")
    if not named:
        return
    for m in _LIFESPAN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = (text.rfind("\n", 0, max(0, line_start - 1)) + 1, line_end(text, m.end()))
        if m.group("alone") is not None and not _MEMORIAL.search(text):
            continue
        if _a_life(m.group("value"), m.group("death")) and named.overlap(*line):
            yield Finding("DOB", m.start("value"), m.end("value"), m.group("value"))


#: A date right after a person's name, a comma, a dash or blanks between: "Aria Nakamura,
#: 12/10/2006", "Ethan Brooks 2011-07-04", "Kayden Reid – 09/06/2015 (child, 11)".
_DATE_AFTER_A_NAME = re.compile(rf"[ \t]*(?:[,\u2013\u2014-][ \t]*)?(?P<value>{_DATE})(?![\d/.\-])")


#: A date alone in brackets right after a name, perhaps quoted: "Mitreisende: Sabine Hoffmann
#: (02.03.1973), Lena (19.06.2010)", "Posada: Luka Babić (03.04.1995)", "'Sarah-Jane Mitchell'
#: (1990-08-12)".
_BRACKETED_DATE_AFTER_A_NAME = re.compile(rf"[\"'\u2019\u201d]?[ \t]*\((?P<value>{_DATE})\)")
#: A date after a name with the person's sex after it, as a patient's or a passenger's row
#: gives them: "Patient: Lena Maier  04/07/1990  F".
_DATE_THEN_SEX = re.compile(_DATE_AFTER_A_NAME.pattern + r"[ \t,]+(?:[MFWX]|male|female|Male|Female)\b")
#: Words for children: where a text speaks of them, a recent date in brackets after a name is a
#: child's birth date ("Kids: Tom (03/05/2015), Ella (22/11/2017)").
_CHILDREN = re.compile(
    r"(?i)\b(?:kids|children|child|sons?|daughters?|kinder|enfants?|ni[ñn]os|hij[oa]s|figli|bambini|"
    r"dzieci|barn|barnen|lapset|kinderen)\b"
)


def dates_after_names(text: str, found: Iterable[Finding]) -> Iterator[Finding]:
    """A date from before anyone at work was born by, or a child's, right after a name the
    other detectors found, in a text that speaks of birth dates ("real name + dob for the age
    check", "need DOBs for the insurance form", "Additional visitors" under "Date of birth"):
    such a text lists people with their birth dates, as a chat answers or a form's list shows.
    Without such words, a date alone in brackets after a name (or with the person's sex after
    it), from before anyone at work was born by, or a child's where the text speaks of
    children: a list of travellers, a crew or a household writes each one's birth date so."""
    cued = _LIST_CUE.search(text) is not None
    children = cued or _CHILDREN.search(text) is not None
    for f in found:
        if f.kind != "NAME":
            continue
        m = _BRACKETED_DATE_AFTER_A_NAME.match(text, f.end) or _DATE_THEN_SEX.match(text, f.end)
        if m is None and cued:
            m = _DATE_AFTER_A_NAME.match(text, f.end)
        if m is None or "\n" in text[f.end : m.start("value")]:
            continue
        if _born_by(m.group("value"), _CHILD_BORN_BY if children else _BORN_BY):
            yield Finding("DOB", m.start("value"), m.end("value"), m.group("value"))


def person_row_dates(text: str, found: Iterable[Finding]) -> Iterator[Finding]:
    """A bare date cell in a tab-, comma-, semicolon- or pipe-separated row that the other detectors
    found a person in (a name, an ID): pasted from a spreadsheet, such a row lost its header,
    and a date in it from before anyone at work was born by is most often the person's birth
    date (a start date in it is most often later: "X\t17/02/1991\t...\t05/01/2026")."""
    people = Spans((f.start, f.start + 1) for f in found if f.kind in _PERSONAL_KINDS)
    if not people:
        return
    for rows, cells, separator in (
        (_TAB_ROW, _TAB_DATE_CELL, "\t"),
        (_CSV_ROW, _CSV_DATE_CELL, ",;"),
        (_ROW, _DATE_CELL, "|"),
    ):
        if not any(c in text for c in separator):
            continue
        for row in rows.finditer(text):
            if not people.overlap(row.start(), row.end()):
                continue
            dates = list(cells.finditer(text, row.start(), row.end()))
            # a child's row gives their one date, a recent one too ("Rafferty Cole,2017-05-09,7")
            born_by = _BORN_BY if len(dates) > 1 else _CHILD_BORN_BY
            for m in dates:
                if _born_by(m.group("value"), born_by):
                    yield Finding("DOB", m.start("value"), m.end("value"), m.group("value"))
