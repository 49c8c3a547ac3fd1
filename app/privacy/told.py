"""A code one person tells another, named by its word a few words before it.

People pass on a door's, a key safe's or a drug cupboard's code in a message, and they name
what it opens between the word and the number, in their own words and order: "drug cupboard
code on ward 7 changed today, it's 5813", "el código del armario de estupefacientes es 2281",
"nøgleboksen hos fru Poulsen har koden 1147", "ilaç dolabının şifresi 4072 oldu", and "رمز",
"קוד" and "ኮድ" the same. What they open is said in more ways than any list holds; the word for
a code is said in few. So after the word for a code, in any language and in compounds that
say what it opens ("portkoden", "ovikoodi", "kapukód"), the first number of four to eight
digits (or capitals and digits, or a keypad's "17#4402") standing alone in the same sentence
is the code, unless a word by it says the code is a place's, a product's, a diagnosis's or an
error's ("postcode", "código postal", "ICD code", "error code"), or the number is a year, an
amount, a room's or an order's. A key safe's word stands for the code's ("Key safe at 12 Hill
View (Mrs Price): 0419"), a code may be said digit by digit ("8 4 1 9"), and a question may be
answered right after it ("c'est quoi le digicode ? — 47B82"). A phone's unlock pattern is
told by its word and the grid's dots it joins, each once ("pattern 1-5-9-6-3",
"Entsperrmuster: 1-2-3-6-9").
"""

# ruff: noqa: RUF001, RUF002  (the scripts' own letters and punctuation)
from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy.credentials import COPULA, shopping_line
from app.privacy.finding import Finding, delimited_header
from app.privacy.hushed import standing_codes

#: The word for a code, a PIN or a keypad's combination. A compound in the languages that write
#: one ("Türcode", "portkoden", "ovikoodi", "kapukódja", "passcode") holds it: the word is
#: searched for anywhere in a word, and the word it stands in is read whole (see _NOT_A_SECRET).
_CODE_WORD = re.compile(
    r"(?i)code|koodi?|k[oó]d|codice|c[óo]digo|\bcod(?:ul)?(?![^\W_])|\bpin\b|combo\b|combination|combinaci[óo]n"
    r"|combinaison|combinazione|combina[çc][ãa]o|kombination|kombinac(?:ija|ja|e)|(?<![^\W_])padlock|\bcadenas|\bcandado|\bcadeado|\blucchetto|k[łl][óo]dk"
    r"|şifre|sifre|šifr|шифр|\bcodi\b"
    # Irish's, lenited after "do" (your): "do chód geata nua: 4180"
    r"|\bch?ód\b"
    r"|msimbo|nam(?:ba|bari) ya siri|lambar sirri|ikhodi|k[oóò]{2}\u0301?\u0300?d[uùú]"
    # a key safe's number, told without "code": "Key safe at 12 Hill View (Mrs Price): 0419"
    r"|key ?safe|key ?box|lock ?box|sleutelkluis|schl[üu]sselkasten|schl[üu]sseltresor|bo[îi]te [àa] cl[ée]s"
    r"|n[øo]kkelboks|n[øo]gleboks|nyckel(?:box|sk[åa]p)|avainlaatik|kulcsdoboz|caja de llaves"
    r"|cassetta (?:delle|portachiavi)"
    r"|код|κωδικ|קוד|رمز|کد|كود|کوڈ|कोड|কোড|குறியீடு|கோட்|ኮድ|รหัส|կոդ"
    # Vietnamese's code of a door, a lock, a locker ("mã tủ đồ"), or "the code is" ("Mã là 3308")
    r"|\bmã (?:mở|cửa|pin|otp|khóa|két|cổng|tủ|là)|\bbấm mã"
    # a password of digits, told the same way: "пароль на BIOS 7731", "hasło do szafki 4410"
    r"|пароль|hasło|haslo|heslo|jelszó|lösenord|passord|salasana|parola|senha|contraseña"
    # a PIN in Bengali and Hindi, not the postal "PIN code" ("পিন কোড", "पिन कोड")
    r"|পিন(?! ?কোড)|पिन(?! ?कोड)"
    r"|lambar tabbatarwa"
    r"|密码|密碼|门禁码|門禁碼|取件码|取貨碼|取货码|提货码|暗証番号|パスコード|暗号|비번|비밀번호|코드"
)
#: The letters of a word a code's word may stand in.
_LETTERS = re.compile(r"[^\W\d_]*")
#: The code's word as part of a word for something else, or next to one: a postcode, a
#: barcode, a product's, a course's or a discount's code, a diagnosis's (ICD, CPT, SNOMED), a
#: country's dialling code, an error's, a program's ("source code", "encode"), a drug
#: ("codeine"), a law ("penal code"). Read at the start of a word, of the code's own (a
#: compound: "Gutscheincode") or of the two words on either side of it.
_NOT_A_SECRET = re.compile(
    r"(?i)(?<![^\W\d_])(?:post(?:code|al|leitzahl|nummer|kod|nr|cod|ale?\b)|po[șş]tal|zip|bar(?:code)?\b|qr|source|quell|en(?:cod|kod)|de(?:cod|kod)|unicode|codein|kodein"
    r"|produ[ckit]|prodot|tuote|toote|artic|kurs|course|class|klass|modul|gutschein|rabatt|aktions|promo|discount|voucher|coupon|gift|offer"
    r"|fehler|error|status|exit|return|response|reason|fault|trouble|dtc|obd|event|rule|regel"
    # a claim's or a payment's rejection: "afwijzing (code 0451: prestatie niet verzekerd)"
    r"|reject|declin|denial|afwijz|ablehn|refus|rechaz|rifiut|odmow"
    r"|country|länder|area|dial|vorwahl|swift|bic|bank|sort|branch|tax|steuer|hs\b|sku\b|item|style|eori"
    r"|colou?r|farb|artikel|ean\b|iata|icao|diagnos|icd|cpt|snomed|loinc|procedure|billing|tarif|atc\b|ndc\b"
    r"|referral|invite|invitation|einladung|empfehlung|shortcode|codeshare|code-share|zeichen|character"
    r"|shipping|tracking|order|batch"
    r"|bestell|invoice|rechnung|booking|buchung|reference|referenz|ref\b|sendung|paket|parcel"
    r"|fiscal|fiscale|pocztow|почтов|поштанск|артикл|товар|производ|dress|penal|civil|criminal|labou?r|building|legal|conduct"
    r"|honou?r|morse|machine|hex|contravention|auth\b|authori[sz]ation|approval|appr\b|đơn|vận|bưu|ürün|sipariş|kargo|posta|سفارش|رهگیری)"
    r"|邮政|郵便|우편|区号|區號|条形|條碼|二维|二維|源代码|源代碼|รหัสการจอง|รหัสจอง|รหัสสินค้า|รหัสไปรษณีย์"
)
#: The two words on either side of the code's word, where _NOT_A_SECRET is read (a bracket
#: or a quote may open the code's word: "afwijzing (code 0451: ...)").
#: (on the code's line: the next turn's speaker, "Bartek:", is no word of it)
_WORDS_BEFORE = re.compile(r"(?:[^\s]+[ \t]+){0,2}[^\w\s]*$")
_WORDS_AFTER = re.compile(r"(?:[ \t]+[^\s]+){0,2}")
#: How far a sentence goes on after the code's word, and where it (or a field of a form) stops.
_SENTENCE_ENDS = re.compile(r"[!?。！？\n·•|]|\.(?!\d)")
_REACH = 90
_ANSWER = re.compile(
    # on the same line, or on the next after its speaker ("Whats the code?" then "Customer: 5 5 2 0")
    r"\?[ \t]*(?:\n[ \t]*(?:[^\n:\uff1a]{1,24}[:\uff1a][ \t]*)?)?"
    r"(?:[\u2014\u2013-][ \t]*)?(?:(?i:c'est|it's|its|it is|es|é|è|ist|is)[ \t]+)?"
)
#: The verb that tells the code ("is", "lautet", "est").
_VERB = re.compile(rf"(?i)\b{COPULA}\b")
#: A year is no code: "the code changed in 2024", "since 2019".
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|since|from|until|till|by|of|seit|bis|depuis|desde|hasta|em|dal|dall'|sinds|sedan|"
    r"siden|od|do|z|с|в|в\s+\d+|года?)|年|\d{1,2}[./]\d{1,2}[./]?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)\w*)[ \t]*$"
)
#: What a number after these is, beyond what `hushed` knows: a room's, a ward's, a flat's, a
#: law's article, a version.
_PLACE_BEFORE = re.compile(
    r"(?i)(?:\b(?:ward|bed|flat|apt|apartment|house|haus|zimmer|station|chambre|habitación|quarto|stanza|"
    r"mieszkanie|kv|кв|квартира|д|дом|art|article|artikel|section|§|chapter|page|p|version|v|build|"
    r"step|table|tisch|mesa|sala|box|bay|dock|pier|lot|block|bloc|plot|lane)\.?|#|№"
    # a flight's number after its airline's code: "Vuelo VY 1293", "flight EK 0203"
    r"|\b(?:flight|flt|vuelo|vol|flug|volo|voo|vlucht|lot|let|rejs|uçuş|рейс)[ \t]+[A-Z\d]{2})[ \t]*$"
    # a card's last digits as a payment's record keys them: '"last4": "4444"'
    r"|(?i:\blast[_ \-]?(?:4|four)(?:[_ \-]digits)?)[\"']?[ \t]*[:=][ \t]*[\"']?$"
)
#: Words between the code's word and a number that make the number an example or a rule's:
#: "Your PIN cannot be 1234 or 0000", "a code such as 1234".
_NOT_THE_CODE = re.compile(
    r"(?i)\b(?:cannot|can't|can ?not|must|mustn't|should|shouldn't|may not|never|like|such as|e\.g\."
    r"|for example|example|z\.\s?b\.|par exemple|por ejemplo|ad esempio|nicht|darf)\b"
)
#: A keypad's code with a "#" or "*" inside ("17#4402", "1357*0"), or said one digit at a time
#: ("8 4 1 9", a combination lock's "3-7-1-9"), or a dial's three or four numbers ("17-33-08",
#: "24-8-31", a safe's "18-44-07-62").
_KEYPAD = re.compile(
    r"(?<![\w#*-])(?P<value>\d{1,4}[#*]\d{1,6}|\d(?: \d){3,7}|\d(?:-\d){3,7}|\d{1,2}(?:-\d{1,2}){2,3}"
    # (or four digits and two, "7704-19", not a year and its month, "2026-12")
    r"|(?!(?:19|20)\d\d-)\d{4}-\d{2}"
    # or six digits in groups, as a locker's or a pick-up's code is printed ("718 204", "55 21 09"),
    # not the start or the end of a phone number's groups ("800 300 015")
    r"|(?<!\d[ \t])(?:\d{3} \d{3}|\d{2} \d{2} \d{2})(?![ \t]?\d))"
    r"(?![\w#*-]|[ \t]\d)"
)


#: The word for a phone's unlock pattern, and the pattern as the dots of its 3x3 grid it joins
#: (a sewing pattern's number has no dots apart): "pattern, drawn 2-5-8-9", "patrón en L (1-4-7-8)".
_PATTERN_WORD = re.compile(
    r"(?i)pattern|muster|patr[óo]n|motif|sch[ée]ma|padr[ãa]o|sequenza|wz[óo]r|patroon|m[öø]nster|kuvio"
    r"|minta|desen|узор|графическ|图案|圖案|パターン|패턴|รูปแบบ"
)
_PATTERN = re.compile(r"(?<![\d-])(?P<value>[1-9](?:[ \t]?(?:-|–|→|->|>|,)[ \t]?[1-9]){3,8})(?![\d-])")


def _sentence_after(text: str, at: int) -> tuple[re.Match[str] | None, int]:
    """Where the sentence that goes on at `at` stops (its mark, or None past `_REACH`) and the
    end of what is read of it."""
    stop = _SENTENCE_ENDS.search(text, at, min(len(text), at + _REACH))
    return stop, stop.start() if stop else min(len(text), at + _REACH)


def _unlock_patterns(text: str) -> Iterator[Finding]:
    """The first pattern of dots, none joined twice, in the sentence after a pattern's word."""
    for word in _PATTERN_WORD.finditer(text):
        limit = _sentence_after(text, word.end())[1]
        for m in _PATTERN.finditer(text, word.end(), limit):
            dots = re.findall(r"\d", m.group("value"))
            if len(set(dots)) == len(dots):
                yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))
                break


def find(text: str) -> Iterator[Finding]:
    """Codes told after their word (see the module)."""
    yield from _unlock_patterns(text)
    for word in _CODE_WORD.finditer(text):
        # (a table's header "Name<TAB>Code<TAB>Room" tells no code: its column is judged by
        # labelled.py, cell by cell)
        if another_code(text, word.start(), word.end()) or delimited_header(text, word.start()):
            continue
        end = _word_around(text, word.start(), word.end())[1]
        stop, limit = _sentence_after(text, end)
        code = _first_code(text, end, limit)
        # what the code unlocks may hold a number of its own before the verb: "unlock code for
        # the Fiat 500 (RX69 LPO) is 7732", "Entsperrcode für den VW Polo (B-MI 3381) lautet 5529"
        verb = _VERB.search(text, code.end(), limit) if code is not None else None
        told_after = _first_code(text, verb.end(), limit) if verb is not None else None
        code = told_after or code
        # asked, then answered: "c'est quoi le digicode ? — 47B82", "what's the gate code? 4471"
        answer = _ANSWER.match(text, limit) if code is None and stop else None
        if answer is not None:
            code = _first_code(text, answer.end(), min(len(text), answer.end() + 12))
        # or told in a short sentence soon after, a chat's next turn or two: "kept asking for my
        # PIN. I gave him 7731", "minta PIN. Ibu kasih 482193", "পিন চাইছে, দিব?" ... "বলে দিছি ৪৮২৯"
        # (not after a table's column: "| Code | Meaning |" heads rows of codes that open nothing)
        # (nor after a key that holds its own value on its line: '"code": "IELTS-8",', "sifre =
        # ${NETGSM_PASS}" say what they say there, not in the record's later lines)
        if code is None and stop and text[stop.start()] != "|" and not _KEYED.match(text, end):
            code = _told_soon_after(text, limit)
        if code is None or _NOT_THE_CODE.search(text, end, code.start()) or shopping_line(text, end):
            continue
        yield Finding("SECRET", code.start("value"), code.end("value"), code.group("value"))
        yield from _more_codes(text, code.end("value"), limit)


#: The next code of a list the sentence goes on with, after a comma and what it opens: "Alarm
#: code for the house is 2468, garage 1357", "codes: front 4410, back and side 2291".
_ANOTHER_CODE = re.compile(
    r",[ \t]*(?:(?i:and|und|et|y|e|og|och|en)[ \t]+)?(?:[^\W\d_]+[ \t]+){1,3}"
    r"(?:(?i:is|ist|est|es|är|er)[ \t]+)?"
)


def _more_codes(text: str, at: int, limit: int) -> Iterator[Finding]:
    """The codes a sentence lists after its first, each after a comma and its door's word."""
    while (more := _ANOTHER_CODE.match(text, at, limit)) is not None:
        code = _first_code(text, more.end(), limit)
        if code is None or code.start("value") != more.end():
            return
        yield Finding("SECRET", code.start("value"), code.end("value"), code.group("value"))
        at = code.end("value")


def _told_soon_after(text: str, start: int) -> re.Match[str] | None:
    """The first code standing in a short sentence (a few words, after its speaker's name) within
    `_LATER_REACH` characters after `start`, the end of the sentence that named the code."""
    limit = min(len(text), start + _LATER_REACH)
    at = start
    while at < limit:
        stop = _SENTENCE_ENDS.search(text, at + 1, limit)
        end = stop.start() if stop else limit
        sentence = _SPEAKER_BEFORE.sub("", text[at:end].lstrip(" \t\n.!?。！？|·•"), count=1)
        if len(sentence.split()) <= _SHORT_SENTENCE_WORDS:
            code = _first_code(text, at, end)
            # (a range is hours or numbers: "Open 0900 to 1700")
            if code is not None and not _RANGE_AFTER.match(text, code.end()):
                return code
        at = end + 1 if stop else limit
    return None


#: A key's own value after the code's word, on its line: '"code": "IELTS-8"', "sifre = ${X}".
_KEYED = re.compile(r"[\w\-]*(?:[\"'][ \t]*:|[ \t]*=)[ \t]*[^\s,;]")
#: How far after the code's sentence a short one may tell it, and how many words it has.
_LATER_REACH = 160
_SHORT_SENTENCE_WORDS = 8
_RANGE_AFTER = re.compile(r"(?i)[ \t]*(?:[\u2013\u2014-]|to|till|until|bis|à|a|al|tot)[ \t]*\d")
#: A chat turn's speaker before its colon, set aside when counting a sentence's words.
_SPEAKER_BEFORE = re.compile(r"^[^\n:\uff1a]{1,30}[:\uff1a]")


def another_code(text: str, start: int, end: int) -> bool:
    """Whether the code's word at text[start:end], read whole with the two words on either side,
    names a code that unlocks nothing: a postcode, an error's, a product's, a voucher's."""
    return _NOT_A_SECRET.search(text, *_words_around(text, *_word_around(text, start, end))) is not None


def _words_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the two words before `start` begin and the two words after `end` end."""
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    after = _WORDS_AFTER.match(text, end)
    return (before.start() if before else start), (after.end() if after else end)


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole word the code's word stands in (a compound: "Schlüsselkastencode")."""
    # (an identifier's parts count: "reason_code", "error-code")
    while start > 0 and (
        text[start - 1].isalpha() or (text[start - 1] in "_-" and text[start - 2 : start - 1].isalpha())
    ):
        start -= 1
    following = _LETTERS.match(text, end)
    return start, following.end() if following else end


def _first_code(text: str, start: int, limit: int) -> re.Match[str] | None:
    """The first code standing alone in text[start:limit] that is no year, room or article."""
    keypad = _KEYPAD.search(text, start, limit)
    for code in standing_codes(text, start, limit):
        if keypad is not None and keypad.start() <= code.start():
            return keypad
        before = text[max(start, code.start() - 16) : code.start()]
        if _PLACE_BEFORE.search(before):
            continue
        if _YEAR.fullmatch(code.group("value")) and _YEAR_BEFORE.search(before):
            continue
        return code
    return keypad
