# ruff: noqa: RUF001  (the scripts' own letters and punctuation)
"""Who paid, in a payment app's notification: "You received £45.00 from Beatriz S.",
"Nakatanggap ka ng ₱1,500.00 mula kay MARICEL S.", "Uthole u-R450.00 kusuka ku-THANDEKA
NDLOVU", "تم استلام 500 جنيه من أحمد سمير", "รับเงิน 1,200.00 บาท จาก น.ส. พิมพ์ชนก แก้วใส".

Payment apps (PayPal, Venmo, MB WAY, GCash, M-Pesa, PIX, UPI, PromptPay, InstaPay, telebirr)
show the payer's name as it is registered, in capitals or not, listed by the name lists or
not, with no label: the notification's own words are the cue. Where a line or the line before
it says money was received, the words after "from" (in the languages of those apps) up to the
line's end, a bracket or a comma are the payer's name: one to four words, none a digit. A
title before them ("น.ส.", "Mr") stays outside the value; a bank, an app or a company ("from
PayPal", "from Acme Ltd") is no payer. Two older forms are still read by names.py, through its
own checks of a name's shape: the app's name right before "from" ("Tikkie van Bram", `_PAYMENT_APP`)
and "Calla Price paid you" (`_PAID`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy import names
from app.privacy.finding import Finding

#: Words that say money came in, in the languages payment apps write to their users.
_RECEIVED = re.compile(
    r"(?i)(?<!\w)(?:received|you(?:'ve| have)? got|sent you|paid you|payment from|recebeu|recebido|"
    r"recibiste|has recibido|recibido|erhalten|hat dir|re[çc]u|ricevuto|hai ricevuto|ontvangen|"
    r"otrzyma[łl]e[śs]|otrzymano|p[řr]ijato|p[řr]ijal|mottagit|tagit emot|modtaget|mottatt|"
    r"vastaanotettu|saanut|"
    r"nakatanggap|natanggap|uthole|umepokea|imepokelewa|wọlé|gba owo|an karɓi|"
    r"تم استلام|استلمت|وصلك|دریافت شد|موصول|התקבל|קיבלת|получен[оа]?|получили|отримано|"
    r"รับเงิน|ได้รับ|nhận được|diterima|menerima|ተቀብለዋል|பெறப்பட்டது|प्राप्त|प्राप्त हुए|পেয়েছেন|收到|受け取り|입금)"
)
#: "From" before the payer, in the same languages (Swahili and Zulu join it to the name with a
#: hyphen: "kusuka ku-THANDEKA", "kutoka kwa").
_FROM = re.compile(
    r"(?i)(?:(?<!\w)(?:from|de|da|do|von|van|vom|od|från|fra|lähettäjä|mula kay|mula sa|kay|"
    r"kutoka kwa|kusuka ku|kusuka kwa|láti ọ̀dọ̀|lati odo|daga|من|از|מאת|מ-|от|від|จาก|từ|dari|"
    r"差出人|来自|から)[ \t:-]+)"
)
#: The payer: up to four words of letters (and the marks of scripts that write vowels with
#: them), their apostrophes, hyphens and initials' full stops.
_PAYER = re.compile(r"(?P<value>[^\W\d_][^\s\d,;:()\[\]<>@/|]*(?:[ \t]+[^\W\d_][^\s\d,;:()\[\]<>@/|]*){0,3})")
#: What follows a payer that is no part of the name: the payment's reference or its app.
_AFTER_PAYER = frozenset(
    """
    for via on at to with in per para pour für voor za för för til till на за для по ng sa
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def find(text: str) -> Iterator[Finding]:
    """Payers named after "from" on a line that, or whose line above, says money came in."""
    if not _RECEIVED.search(text):
        return
    lines = text.split("\n")
    offset = 0
    for index, line in enumerate(lines):
        here = _RECEIVED.search(line) or (index and _RECEIVED.search(lines[index - 1]))
        if here:
            for cue in _FROM.finditer(line):
                finding = _payer(text, offset + cue.end(), offset + len(line))
                if finding is not None:
                    yield finding
        offset += len(line) + 1


def _payer(text: str, start: int, end: int) -> Finding | None:
    """The payer's name from `start`, without a title before it or a word after it that only
    says what the money was for; none where it is an organisation's or a word's."""
    m = _PAYER.match(text, start, end)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group("value")))
    while words and _a_title(words[0].group()):
        words = words[1:]
    for i, word in enumerate(words):
        # a word in small letters ends a name written with capitals ("від Андрія Коваленка
        # отримано", from ... received)
        if word.group().lower() in _AFTER_PAYER or (i and word.group()[0].islower()):
            words = words[:i]
            break
        # a sentence ends after a word longer than an initial ("Harriet Quill. Note: ...")
        if word.group().endswith(".") and len(word.group()) > 2:
            words = words[: i + 1]
            break
    # a masked payer ("JO***Y R.") is hidden already
    if any("*" in w.group() for w in words):
        return None
    if not words:
        return None
    value_start = m.start("value") + words[0].start()
    value = text[value_start : m.start("value") + words[-1].end()]
    # a sentence's full stop goes, an initial's stays ("Beatriz S.")
    if value.endswith(".") and not re.search(r"(?:^|\s)\w\.$", value):
        value = value[:-1]
    finding = Finding("NAME", value_start, value_start + len(value), value)
    folded = [w.group().lower().rstrip(".") for w in words]
    first = value[0]
    # written as a name is: capitalised, where the script has capitals ("aula de surf" is none)
    if (first.islower()) or any(
        names.label_word(w) or w in names.NOT_A_NAME or w in _PAYMENT_SERVICES for w in folded
    ):
        return None
    if all(names.everyday_word(w) for w in folded):
        return None
    return None if names.not_a_person(text, finding) else finding


#: Who pays out that is no person: the apps and banks themselves ("from PayPal").
_PAYMENT_SERVICES = frozenset(
    """
    paypal venmo zelle cash app cashapp stripe wise revolut monzo n26 klarna square sumup
    m-pesa mpesa gcash maya paymaya mb way mbway pix upi paytm phonepe gpay google apple
    blik swish mobilepay vipps ideal bizum satispay twint promptpay instapay telebirr momo
    bank banco banque sparkasse bancomat hmrc irs refund
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def _a_title(word: str) -> bool:
    """An honorific before a payer's name ("Mr", "Bw.", "น.ส.")."""
    folded = word.lower().rstrip(".")
    return folded in names.honorific_words() or folded in _THAI_TITLES


#: Thai titles a bank writes before a payer, with the abbreviation the label table lacks.
_THAI_TITLES = frozenset({"น.ส", "นาย", "นาง", "นางสาว"})
