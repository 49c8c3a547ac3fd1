# ruff: noqa: RUF001, RUF002  (labels and codes are written in their own scripts)
"""Codes in a table's column, a query's printed rows, psql's expanded records, and codes told
by words and shapes the rules lacked.

At 5ca31b5 these failed:
- a column of codes that open something ("Unlock code", "Cod deblocare"; "Lockbox code", whose
  first row alone was found, as a code told after its header), and a bare "Code" column of four
  to eight digits beside a column of people ("Locker  Holder  Code");
- sqlite3's rows under the query that names their columns ("select id,name,phone,passcode
  from jobs" over "4410|Connor Fitzgerald|07847 203 661|1379");
- a row of psql's expanded display ("payment_token  | tok_...");
- a pickup's code in Portuguese and Polish ("Código de levantamento: SA-7741", "Kod odbioru:
  K7-2291"), a kiosk's override code ("Override code: 7Q-19-KX"), a receipt's code in Armenian
  ("Ստացման կոդ՝ 4471"), a Vietnamese locker's code told after it ("mã tủ" ... "Mã là 3308");
- a card's security code in a form's box ("CVC: [ 318 ]") or told as "the 3 numbers on the back";
- a birth date OCR read with Cyrillic's "О" ("27.О8.1974 г.р.");
- a label in markdown's bold ("**Клиент:** Морозова Анна");
- (a guard) a bare "Code" column of course codes: the header's "Code" was read as a sentence
  that tells a code, and "CS101" went.

Guards that passed then and must still: a product's code column, a Thai ticket's code, a
discount's code, a flight's number, a card's expiry in its box, a date after a bold heading.
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Locker\tHolder\tCode\tExpires\n12\tPriyanka Nair\t4471\t31 Dec\n14\tSven Aaltonen\t9082\t30 Nov",
            ["4471", "9082"],
        ),
        ("Job\tNetwork\tIMEI\tUnlock code\tStatus\n771\tEE\t358405728441725\t58204417\tsent", ["58204417"]),
        (
            "Name            | Mobile         | Lockbox code\n"
            "Pat Greenhalgh  | 07711 408 229  | 3381\nIan Blackshaw   | 07824 650 117  | 9074",
            ["3381", "9074"],
        ),
        (
            "Nume\tTelefon\tDispozitiv\tCod deblocare\nAlexandru Marin\t0723 418 992\tHuawei P30\t741852",
            ["741852"],
        ),
        (
            '$ sqlite3 repairs.db "select id,name,phone,passcode from jobs"\n'
            "4410|Connor Fitzgerald|07847 203 661|1379\n4415|Ama Boateng|07522 684 117|ama2204",
            ["1379", "ama2204"],
        ),
        (
            "-[ RECORD 1 ]--+------------\nbib            | 2208\npayment_token  | tok_1PzX8wQ9aLm3rT5uY2vN",
            ["tok_1PzX8wQ9aLm3rT5uY2vN"],
        ),
        ("a recolha é sábado às 11h. Código de levantamento: SA-7741. Dúvidas: ligue", ["SA-7741"]),
        ("[kiosk] Override code: 7Q-19-KX", ["7Q-19-KX"]),
        ("paszport tymczasowy do odbioru od 12.02. Kod odbioru: K7-2291. Prosimy zabrać dowód", ["K7-2291"]),
        ("Վճարում՝ 25 000 դրամ։ Ստացման կոդ՝ 4471", ["4471"]),
        ("Minh Anh: em quên mã tủ đồ số 15 rồi\nLễ tân: Mã là 3308 nhé.", ["3308"]),
        ("Card number: [ 5136268691732191 ]\nExpiry: [ 07/29 ]   CVC: [ 318 ]", ["318"]),
        ("pay with my card, the 3 numbers on the back are 402 – hope that's ok", ["402"]),
        ("Правообладатель: Кузнецова Светлана Павловна, 27.О8.1974 г.р.", ["27.О8.1974"]),
        ("### Заказ-наряд № 5521\n**Клиент:** Морозова Анна", ["Морозова Анна"]),
    ],
)
def test_the_secret_is_found(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for value in values:
        assert value not in scrubbed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Product\tName\tCode\tPrice\nMug\tBlue Mug\tMUG-01\t4.99", "MUG-01"),
        ("Name\tCode\tRoom\nAlice Smith\tCS101\tB12", "CS101"),
        ("บัตรคอนเสิร์ต · โซน A2\nรหัสบัตร BP-99812", "BP-99812"),
        ("Discount code: SUMMER20", "SUMMER20"),
        ("Flight BA-2291 departs at 09:40", "BA-2291"),
        ("Card number: [ 5136268691732191 ]\nExpiry: [ 07/29 ]   CVC: [ 318 ]", "07/29"),
        ("**Updated:** 12.03.2026", "12.03.2026"),
    ],
)
def test_what_is_no_one_s_is_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)
