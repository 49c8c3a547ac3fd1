"""Birth dates the date rules did not read at 29be316.

Failed then:
- a date OCR read with every figure set apart, after its cue ("geb. 0 4 . 1 1 . 1 9 9 3",
  "D.O.B: 2 2 / 0 6 / 1 9 5 4");
- Polish "ur." (born) cut short before such a date;
- Turkish "dogum" and Hungarian "szuletesi_datum" as a record's keys;
- the Nordic "f." before a date written year first ("(f. 2009-05-18)");
- a Japanese date with "生" (born) after it ("2013年4月2日生");
- a roster's row in Chinese or Korean with the sex before the date ("张伟 男 1985-04-12");
- a date as Python prints it in a query's output that asks for birth dates;
- a date alone on the line under its label ("Date of birth / Fecha de nacimiento" then "17 JUN
  /JUN 2003"), and a bilingual passport's with the local month first ("08 ТРА/MAY 99");
- Hungarian "szül.", Igbo "Ụbọchị ọmụmụ", Russian's "рождения" with OCR's zero for its "о";
- a date in brackets after a quoted name ("'Sarah-Jane Mitchell' (1990-08-12)").

Guards that passed then and must still: "生放送" (a live broadcast) after a date, Polish "ur."
before a page's number, a Python date in output that asks for no birth date, a recent date
after the sex character (no one's birth), a plain date in a Chinese notice, a date under a
birth label that goes on ("Birthday" then "12/03/2026 party at 5"), and a date in prose under
one.
"""

# ruff: noqa: RUF001, RUF002  (CJK punctuation and Cyrillic letters in the cases)

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "MITGLIEDSKARTE Skiclub Arosa\nName: Brunner, Selina\ngeb. 1 7 . 0 5 . 1 9 8 8",
            "1 7 . 0 5 . 1 9 8 8",
        ),
        ("Patient: Owen Rees\nD.O.B: 0 3 / 1 1 / 1 9 6 7\nWard: 4", "0 3 / 1 1 / 1 9 6 7"),
        ("Pani Ewa Nowak, ur. 1 8 . 0 9 . 1 9 9 1", "1 8 . 0 9 . 1 9 9 1"),
        ("uyeler:\n  - ad: Can Aydın\n    dogum: 2001-09-14", "2001-09-14"),
        ('{"nev":"Kiss Réka","szuletesi_datum":"1996-12-30"}', "1996-12-30"),
        ("Anmälan: Hugo Lindqvist (f. 2011-03-07) klass H15", "2011-03-07"),
        ("息子の田中 翔（2015年6月9日生）が入会します。", "2015年6月9日"),
        ("名单\n1 刘洋 男 1990-07-21 手机 139 1234 5678", "1990-07-21"),
        ("명단\n1 박서연 여 1993.05.02 010-3322-1188", "1993.05.02"),
        (
            ">>> Member.objects.values_list('name', 'dob')\n"
            "<QuerySet [('Iris Tan', datetime.date(1984, 7, 2))]>",
            "datetime.date(1984, 7, 2)",
        ),
        ("Date of birth / Fecha de nacimiento\n04 MAR /MAR 2001\nP<COLGARCIA", "04 MAR /MAR 2001"),
        ("Ім'я / Given names: ОЛЕНА\nДата народження: 14 ЛИП/JUL 97", "14 ЛИП/JUL 97"),
        ("néhai édesanyja, Kiss Ilona (szül. 1948. május 2.) emlékére", "1948. május 2."),
        ("Aha: Ngozi Okeke\nỤbọchị ọmụmụ: 03/07/1988", "03/07/1988"),
        ("ФИО: Исмоилов Жасур\nДата р0ждения: 11.09.1994", "11.09.1994"),
        ("[warn] probable duplicate: 'Priya Natarajan' (1987-11-30) vs 'Priya N.'", "1987-11-30"),
    ],
)
def test_the_birth_date_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "2026年12月24日生放送スタート！",
        "Zob. ur. 12 str. regulaminu.",
        ">>> Order.objects.values_list('created')\n<QuerySet [(datetime.date(2026, 3, 1),)]>",
        "男子 2026-12-05 决赛",
        "通知：2026-12-05 开馆时间调整",
        "Birthday\n12/03/2026 party at 5",
        "Date of birth\nplease bring the certificate on 14/02/2027",
    ],
)
def test_other_dates_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
