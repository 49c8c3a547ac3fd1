"""A code on a line that asks to keep it to oneself.

One-time codes come in a text message that warns not to pass them on ("Ваш код 305117 ...
Никому его не говорите", "您的动态码为550917，请勿告知他人", "Il tuo codice è 7301, non
comunicarlo a nessuno"), and people who tell each other a door's or a locker's code say the
same ("pin gudang 4417 ya, jangan disebar", "लॉकर का नंबर 5519 है, किसी को मत बताना").
The warning is written in fewer ways than the code's own word is, in every language, so on a
line that carries one, a number of four to eight digits standing alone (no amount, date, time,
phone or reference number: nothing glued to it, no currency or unit beside it, no "No." or
"#" before it) or a short code of capitals and digits ("4B72A") is the secret the line warns
about (six digits may come in two groups: "715 209"). A text that says its code is valid for a
few minutes is a one-time code's, where it names a code.
"""

# ruff: noqa: RUF001, RUF002  (the scripts' own punctuation)
from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy.finding import Finding, lines

#: "Don't share it", "tell no one", "keep it to yourself", in the languages codes are sent and
#: told in.
_HUSH = re.compile(
    r"(?i)(?:\b(?:do not|don'?t|never|pls don'?t|please don'?t) (?:share|tell|give|disclose|forward|pass)"
    r"|\bkeep (?:it|this|them) (?:to yourself|secret|private|safe)|\bnot to share\b"
    r"|\bnicht weiter(?:geben|sagen)|\bniemandem\b|\bniemals weiter"
    r"|\bne (?:le |la |les |l'|lui )?(?:partagez|partage|communiquez|transmettez|divulguez|donnez|dis|dites)"
    r"\b[^.\n]{0,20}(?:personne|jamais|pas)"
    r"|\bno (?:lo |la |los |se lo |le )?(?:compartas|compartan|comparta|digas|reveles|des)\b|\ba nadie\b"
    r"|\bnon (?:lo |la |ditelo|dirlo|condivider\w*|comunicar\w*|divulgar\w*)|\ba nessuno\b"
    r"|\bn[ãa]o (?:o |a )?(?:compartilhe|partilhe|divulgue|conte|diga|passe)|\ba ningu[ée]m\b"
    r"|\b(?:niet|nooit) (?:delen|doorgeven)|\bdeel (?:deze code |hem |het )?(?:niet|nooit|met niemand)"
    r"|\bniemand\b|\bdela inte\b|\bför någon\b|\blämna aldrig ut\b|\bikke (?:del|si det|fortell)"
    r"|\bdel (?:aldri|ikke|aldrig)\b|\bsig det ikke\b|\btil nogen\b|\btil noen\b"
    r"|\bälä (?:kerro|jaa|luovuta|anna)\b|\bnie (?:udost[eę]pniaj|podawaj|m[oó]w|przekazuj)|\bnikomu\b"
    r"|\bnesd[ií]lejte\b|\bsenkinek\b|\bne add ki\b|\bnu (?:[îi]l |o )?(?:comunica|divulga|spune)"
    r"|\bnim[ăa]nui\b|\bkimse(?:yle|ye)\b|\bpaylaşma"
    r"|никому|не (?:сообщайте|говорите|передавайте|показывайте|повідомляйте|кажіть|кажи)"
    r"|σε κανέναν|μην (?:το |τον )?(?:κοινοποιήσετε|δώσετε|πεις|πείτε)"
    r"|אל (?:תמסור|תמסרו|תעביר|תשתף|תגלה)|לאף אחד"
    r"|لا (?:تشارك|تعطي|تخبر|تفصح)|به کسی|در اختیار کسی|کسی کو|شیئر نہ"
    r"|किसी (?:के साथ|को)|\bkisi ko\b|\bshare mat\b|\bmat batana\b"
    r"|কাউকে|শেয়ার করবেন না|யாருக்கும்|பகிர வேண்டாம்|อย่าบอก|ห้ามบอก|อย่าเปิดเผย"
    r"|(?:không|đừng) (?:chia sẻ|cung cấp|tiết lộ)"
    r"|\bjangan (?:berikan|bagikan|beritahu|beri tahu|disebar|sebar|kongsi|dikongsi)|\brahsiakan\b"
    r"|\bhuwag (?:ibahagi|ibigay|sabihin|ipagsabi)|\bwag (?:ibahagi|ipagsabi|sabihin)"
    r"|\busi(?:shiriki|mwambie|mpe)\b|\bkada ka (?:gaya|ba|raba)|\bkar ka fa[ɗd]a"
    r"|\bm[áa] (?:ṣe |se )?s[ọo] f[úu]n|ለማንም"
    r"|请勿(?:泄露|告知|转发|透露)|切勿|不要(?:告诉|泄露|外传|转发)|勿(?:泄露|外传)"
    r"|(?:他人|誰|第三者)に(?:も)?(?:教え|伝え|言わ)|絶対に教え|타인에게|아무에게도|공유하지)"
)
#: "valid for 5 minutes", "5分钟内有效", "10 dakika geçerli", "voimassa 10 min": a one-time code's life.
_MINUTES = (
    r"(?:min(?:ute)?s?|minuten|minutos|minuti|minut(?:y|e|es|os)?|минут\w*|dakika|menit|minit|phút|"
    r"分钟|分間|分|분|นาที|دقیقه|دقائق|דקות|λεπτ\w*)"
)
#: Hours, for a code valid a day or two ("Code 6N4-KQ2-T8P (48 h gültig)").
_HOURS = r"(?:h|hrs?|hours?|std\.?|stunden|heures|horas|ore|uur|tuntia|timer|timmar|godzin\w*|óra|часов|saat)"
_VALID_FOR = re.compile(
    rf"(?i)(?:valid|expires|g[üu]ltig|v[áa]lid[oa]|valable|berlaku|sah|geçerli|действ\w+|có hiệu lực|ισχύει|"
    r"voimassa|érvényes|geldig|gyldig|giltig|ważny|platný|platí)"
    rf"[^\d\n]{{0,20}}\d{{1,2}}[ \t]*(?:{_MINUTES}|{_HOURS})\b"
    rf"|\d{{1,2}}[ \t]*(?:{_MINUTES}|{_HOURS})[^\d\n]{{0,6}}"
    r"(?:内有效|有効|유효|geçerli|berlaku|действ|g[üu]ltig|valid|voimassa|geldig|érvényes)"
)
#: The word a one-time code's text calls it by (without which "valid for 10 minutes" may be a
#: ticket's).
_CODE_NAMED = re.compile(
    # (a compound names one too: "Kirjautumiskoodi", "Zugangscode")
    r"(?i)\b(?:code|codes|otp|tac|tan|pin|passcode|c[óo]digo|codice|kode|kod|şifre\w*)\b|\w*(?:koodi|kood|code)\b"
    r"|код|κωδικ|קוד|رمز|کد|कोड|কোড|รหัส|mã|验证码|驗證碼|コード|暗証番号|인증번호|비밀번호"
)
#: Letters and digits of the alphabets a code is written in; a script without spaces may
#: write one right against its words ("验证码为847261", "番号は5173です").
_LATIN = r"0-9A-Za-z_\u00c0-\u024f"
#: A code standing alone: nothing glued to it ("12.50", "14:05", "0800 123 4567", "#4471").
_CODE = re.compile(
    # a hyphen before it only where a language joins a word to a number with one: Hebrew's "ל-"
    # ("changed to"), Zulu's "ngu-" ("is")
    rf"(?:(?<=[\u05d0-\u05ea]-)|(?<=ngu-)|(?<![{_LATIN}.,:/#+\-]))(?<!\d[ \t])(?<![£$€¥₹₽₺₩₱])"
    r"(?P<value>\d{4,8}|(?-i:(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{4,8}))"
    rf"(?![{_LATIN}%]|[.,:/\-]\d|[ \t]?\d)"
)
#: Six digits in two groups standing alone (see `standing_codes`), or capitals and digits in
#: groups, as a portal's access code ("6N4-KQ2-T8P").
_GROUPED_CODE = re.compile(
    rf"(?<![{_LATIN}.,:/#+\-])(?<!\d[ \t])(?<![£$€¥₹₽₺₩₱])(?P<value>\d{{3}}[ \t]\d{{3}}|\d{{4}}[ \t]\d{{2}}"
    r"|(?-i:(?=[A-Z-]*\d)(?=[\d-]*[A-Z])[A-Z0-9]{3,5}(?:-[A-Z0-9]{3,5}){1,3}))"
    rf"(?![{_LATIN}%]|[.,:/\-]\d|[ \t]?\d)"
)
#: What a number after these is: an order's, an amount, a phone, a reference, a log's batch.
_NOT_A_CODE_BEFORE = re.compile(
    r"(?i)(?:\bno\.?|\bnr\.?|\bref\.?|\border|\binvoice|\btel\.?|\bphone|\bcall|\bext\.?|\brm|\brs\.?|\brp\.?"
    r"|\bsh|\bkr|\bphp|\busd|\beur|\bgbp|\bksh|\bngn|\bkes|llama al|ligue|appelez|rufen sie"
    r"|\bbranch|\bstore|\broom|\bflight|\bgate|\bseat|\bbus|\bline|\broute|\bplatform|\bunit|\bsuite"
    r"|\bfloor|\bticket|\bcase|\baccount|\bacct|\bcustomer|\bmember|\bid"
    # a log's own numbers ("invalid dm+d code (see batch 7781)")
    r"|\bbatch|\bjob|\bincident|\brequest|\bpid|\bport)[ \t:]*$"
)
_UNIT_AFTER = re.compile(
    rf"(?i)[ \t]*(?:{_MINUTES}|%|€|zł|kr\b|руб|₽|lei\b|tl\b|ft\b|円|元|원|บาท|đ\b|birr|ብር|"
    r"hours?\b|days?\b|km\b|kg\b|points?\b|pts\b)"
)


def find(text: str) -> Iterator[Finding]:
    """The codes on the lines that ask to keep them to oneself (see the module)."""
    for start, line in lines(text):
        end = start + len(line)
        # the warning is looked for only where a code stands: most lines hold none
        codes = standing_codes(text, start, end, grouped=True)
        if codes and (_HUSH.search(text, start, end) or _one_time_text(text, start, end)):
            for m in codes:
                yield Finding("SECRET", m.start("value"), m.end("value"), m.group("value"))


def standing_codes(text: str, start: int, end: int, grouped: bool = False) -> list[re.Match[str]]:
    """The code-shaped values standing alone in text[start:end] that are no order's number,
    amount or reference; `start` is a line's start or later. `grouped` adds six digits in two
    groups, as a code sent to be read is written ("715 209"), and groups of capitals and digits
    ("6N4-KQ2-T8P"): on a line that warns about its code they are one, after a mere word for a
    code as often a product's or a class's ("Tuotekoodi 123 456", "کد کلاس: LIT-204")."""
    patterns = (_CODE, _GROUPED_CODE) if grouped else (_CODE,)
    return [
        m
        for pattern in patterns
        for m in pattern.finditer(text, start, end)
        if not _other_number(text, start, m)
    ]


def _other_number(text: str, start: int, code: re.Match[str]) -> bool:
    """Whether a code-shaped number is an order's, an amount or a reference (see
    _NOT_A_CODE_BEFORE and _UNIT_AFTER)."""
    before = text[max(start, code.start() - 24) : code.start()]
    return bool(_NOT_A_CODE_BEFORE.search(before) or _UNIT_AFTER.match(text, code.end()))


def _one_time_text(text: str, start: int, end: int) -> bool:
    """Whether the line says a code it names is valid for minutes."""
    return bool(_VALID_FOR.search(text, start, end) and _CODE_NAMED.search(text, start, end))
