# ruff: noqa: RUF001  (Hangul and fullwidth punctuation)
"""Bank accounts a country writes without an IBAN, found by the label or the bank beside them.

An account is told by its label, in the country's words ("Kontonummer:", "Číslo účtu:
2400123456/2010", "Számlaszám:", "Nr konta:", "Tilinumero", "CLABE:", "普通 1234567",
"계좌번호", "счёт №"), and the number after it is the account. English's, French's and the
Romance languages' plain "account" ("Acct 71038825", "compte", "conta") is as often a
customer's number at a shop or a utility, so it counts only where the text speaks of a bank: a
bank's word or name (glued too, "GTBank"), a British sort code ("Sort 40-11-62"), a routing,
BSB, IFSC, SWIFT or BIC code, a transfer, "pay to". A Korean account is digits in groups after
its bank's name or the word for an account ("국민은행 482901-04-117356"). All are reported as
IBAN, the kind a bank account has everywhere else.

An organisation's account is no person's: a line that names a firm, a trust or a club ("Acc
40192238 (Bedford Community Hall Trust)", "(company account)") keeps it, and so does a body's
invoice or appeal for donations ("Harbour Logistics Ltd ... sort 20-00-00, acct 00123456")
unless a person's title stands on the account's line or the line above ("MRS E.
DRINKWATER-SMYTHE" over a cheque's numbers). A number of one digit repeated is a form's
placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.privacy.finding import Finding, line_bounds

#: Whose account a line says it is, where it is a body's: a firm, a trust, a club, a council.
_ORGANISATION_HOLDER = re.compile(
    r"(?i)\b(?:ltd|limited|plc|llp|llc|inc|cic|trust|club|society|association|council|school|"
    r"church|charity|foundation|partnership|university|college|hall|company account|business account|"
    # (and in Vietnamese: an association, a company, a fund)
    r"hội|công ty|quỹ)\b"
)
#: Korea's banks as their customers write them, and the word for an account ("계좌").
_KOREAN_BANK = (
    r"(?:국민|신한|우리|하나|기업|농협|수협|카카오|케이|토스|SC제일|씨티|부산|대구|경남|광주|전북|제주|새마을|신협|우체국)"
    r"(?:은행|뱅크|금고)?"
)
_KOREAN_ACCOUNT = re.compile(
    rf"(?:{_KOREAN_BANK}|계좌(?:번호)?)[ \t]*[:：]?[ \t]*(?:{_KOREAN_BANK}[ \t]*)?"
    r"(?P<value>\d{2,6}(?:-\d{2,7}){1,3})(?![\d-])"
)


#: A person's title, in capitals as a cheque or a card prints it too.
_TITLE = re.compile(r"(?i)\b(?:mr|mrs|ms|miss|mx|dr)\b\.?[ \t]+[A-Z]")
#: A label that names a bank account wherever it stands, in the languages of the corpora.
_BANK_ACCOUNT_LABEL = (
    r"\bkonto(?:nummer|nr\.?|-nr\.?)|\bkontonr\.?|\bčíslo[ \t]+účtu|\bč\.[ \t]?ú\.|"
    r"\bsz[áa]mlasz[áa]m|\b(?:nr|numer)[ \t]+(?:konta|rachunku)|\bn[úu]mero[ \t]+de[ \t]+(?:cuenta|conta)|"
    r"\bnum[ée]ro[ \t]+de[ \t]+compte|\bnumero[ \t]+di[ \t]+conto|\bconto[ \t]+corrente|"
    r"\bconta[ \t]+corrente|\bc/c|\brekeningnummer|\btili(?:numero|nro)|\bkontonummer|\bCLABE|"
    r"口座番号|普通(?:預金)?|当座(?:預金)?|계좌번호|账号|帳號|"
    r"номер[ \t]+сч[её]та|сч[её]т[ \t]*№|номер[ \t]+рахунку|"
    r"\bhesap[ \t]+no|\bs[ốo][ \t]+t[àa]i[ \t]+kho[ảa]n|\bSTK|\bnamba[ \t]+ya[ \t]+akaunti"
)
#: A plain word for an account, which names a bank's only beside `_BANK_WORD`.
_PLAIN_ACCOUNT_LABEL = (
    r"\b(?:account|acct|acc|a/c)(?:[ \t]*(?:no|number|nr|num|#))?\.?"
    r"|\bkonto|\bcuenta|\bcompte|\bconto|\bconta|\bno\.?[ \t]*akaun"
)
_LABELLED_ACCOUNT = re.compile(
    # (led by a lookahead on the labels' first letters, so the regex is tried only where one can
    # start: without it, every position of every text tried each label)
    r"(?i)(?=[ačchknrst\u53e3\u666e\u5f53\uacc4\u8d26\u5e33\u043d\u0441])"
    rf"(?:(?P<bank>{_BANK_ACCOUNT_LABEL})|{_PLAIN_ACCOUNT_LABEL})[ \t]*[:#.=]?[ \t]*(?:№[ \t]*)?"
    r"(?P<value>\d(?:[ .\-/]?\d){5,33})(?![\d\-/]|[.,]\d)"
)
#: What says a text is about a bank: a bank's word or name (also glued, "GTBank", "Bankgiro"),
#: a routing, BSB, IFSC, SWIFT or BIC code, a transfer, a payee.
_BANK_WORD = re.compile(
    # (a British sort code by its word, or its six digits in pairs after "Sort": "Sort 40-11-62")
    r"(?i)bank|banco|banque|banca|\bsort[ \t]*:?[ \t]*\d{2}-\d{2}-\d{2}\b|"
    r"\b(?:sort[ \t]?code|routing|aba|bsb|ifsc|swift|bic|iban|wire|payee|"
    r"pay(?:ment)?[ \t]+to|transfer\w*|überweis\w*|virement|bonifico|transferencia|agência|agencia|ag\.)"
)


#: A bill's heading word, or an appeal's for donations: on a body's invoice or appeal, the
#: account it prints is the body's.
_BODYS_NOTICE = re.compile(
    r"(?i)\b(?:invoice|rechnung|factura|facture|fattura|faktura|factuur|lasku|számla|donat\w*|spende\w*|"
    r"dons?|donativos?|donaci[óo]n\w*|ủng hộ|quyên góp)\b"
)


def find(text: str) -> Iterator[Finding]:
    bank = None
    notice = _ORGANISATION_HOLDER.search(text) is not None and _BODYS_NOTICE.search(text) is not None
    for m in _LABELLED_ACCOUNT.finditer(text):
        digits = re.sub(r"\D", "", m.group("value"))
        if len(set(digits)) < 2:
            continue
        if not m.group("bank"):
            bank = _BANK_WORD.search(text) is not None if bank is None else bank
            if not bank:
                continue
        if _bodys_own(text, m.start(), notice):
            continue
        yield Finding("IBAN", m.start("value"), m.end("value"), m.group("value"))
    for m in _KOREAN_ACCOUNT.finditer(text):
        if sum(c.isdigit() for c in m.group("value")) >= 10:
            yield Finding("IBAN", m.start("value"), m.end("value"), m.group("value"))


def _untitled(text: str, at: int) -> bool:
    """No person's title on the line of `at` or the line above it."""
    start, end = line_bounds(text, at)
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    return _TITLE.search(text, above, end) is None


def _bodys_own(text: str, at: int, notice: bool) -> bool:
    """Whether the account labelled at `at` is a body's: its line names a firm, a trust or a
    club, or a body's invoice or appeal (`notice`) prints it with no person's title beside it."""
    start, end = line_bounds(text, at)
    return _ORGANISATION_HOLDER.search(text, start, end) is not None or (notice and _untitled(text, at))
