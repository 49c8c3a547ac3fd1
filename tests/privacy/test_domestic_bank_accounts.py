"""Bank accounts written without an IBAN: a British account beside its sort code, a Korean one
after its bank's name or the word for an account, and any country's after its label.

At 7af7018 these were kept: "Sort 20-14-77   Acct 40918837" under a cheque's drawer, "sort
code 40-22-19, account 61827304" after "Please pay to:", "Account no. 55120983" after a direct
debit's sort code, "국민은행 301204-01-558812", "입금 계좌: 신한은행 110-482-993817", and the
accounts after "Číslo účtu:", "Számlaszám:", "Nr konta:", "Account" beside a routing number,
"Acc" beside a BSB, "A/C No:" beside an IFSC code, a Japanese bank's "普通", "C/C" beside a
Brazilian bank, "CLABE:", "Tilinumero" (a Finnish account without the IBAN's letters).
"Kontonummer:" and "Kontonr." were found then as phones, and are the same cause's checks here.

Guards that passed then and must still: a firm's own account on its invoice, a placeholder's
zeros, a Korean line with no account's number, a shop's or a utility's customer account where
the text speaks of no bank, an invoice's number after Ukrainian "рахунок", and an association's
account in its appeal for donations.
"""

# ruff: noqa: RUF001  (Cyrillic letters in the cases)

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Pay  Oakridge Chess Club   £ 20.00\nMR P. ALDERTON\n"
            "Sort 20-14-77   Acct 40918837   Cheque 000118",
            "40918837",
        ),
        ("Please pay to: J SMITH, sort code 40-22-19, account 61827304, ref INV12", "61827304"),
        ("Payment: Direct debit  Sort code 30-91-44  Account no. 55120983", "55120983"),
        ("국민은행 301204-01-558812 홍길동", "301204-01-558812"),
        ("- 입금 계좌: 신한은행 110-482-993817 (예금주 이서준)", "110-482-993817"),
        ("Číslo účtu: 2400123456/2010", "2400123456/2010"),
        ("Számlaszám: 11773016-11111018-00000000", "11773016-11111018-00000000"),
        ("Nr konta: 61 1090 1014 0000 0712 1981 2874", "61 1090 1014 0000 0712 1981 2874"),
        ("Routing 021000021  Account 4401938812", "4401938812"),
        ("BSB 062-000  Acc 1234 5678", "1234 5678"),
        ("A/C No: 30112245789  IFSC SBIN0001234", "30112245789"),
        ("三菱UFJ銀行 渋谷支店 普通 1234567", "1234567"),
        ("Ag. 1234-5  C/C 12345-6 (Banco do Brasil)", "12345-6"),
        ("CLABE: 002180700112345678", "002180700112345678"),
        ("Tilinumero 1234 5600 0007 85", "1234 5600 0007 85"),
        ("Kontonummer: 1234.56.78903", "1234.56.78903"),
        ("Reg.nr. 1551 Kontonr. 3543950219", "3543950219"),
    ],
)
def test_the_account_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("INVOICE 88\nHarbour Logistics Ltd\nPayment: Barclays, sort 20-00-00, acct 00123456.", "00123456"),
        ("Pay by BACS to sort code 40-11-62 acc 00000000 (see statement)", "00000000"),
        ("계좌 이체 3건 완료 - 총 45,000원", "3건"),
        ("Your electricity account 4401938812 is now on the Green Saver tariff.", "4401938812"),
        ("Bil elektrik anda ialah RM 184.20. No. Akaun 220441882907", "220441882907"),
        ("Нарада в залі «Шевченко» о 14:00, рахунок № 2026/118", "2026/118"),
        ("Hội Chữ thập đỏ\nTiếp nhận ủng hộ: số tài khoản 0011004389217 tại Vietcombank", "0011004389217"),
    ],
)
def test_what_is_no_persons_account_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
