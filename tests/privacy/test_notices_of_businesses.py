"""A business's notice to all its customers (app/privacy/scrub.py, organisation_contacts.py,
names.py, fields.py, labelled.py): its sender before the colon of a one-line text that offers
to stop or apologises, its help line's number in the languages notices are sent in (a landline,
not a coach's mobile), a calendar's time-zone cities, and "尊敬的用户" (dear user) are no one's."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    "text",
    [
        "Travis Perkins: Your delivery (order 27-4419083) is due on Tue 9 Dec. Reply HELP for options.",
        "Serenity Spa: 20% off all facials this week only! T&Cs apply. To opt out text STOP to 60777",
        "Canal de Isabel II: el suministro de agua se interrumpirá el martes. Disculpe las molestias.",
        "Jak wypełnić formularz reklamacji? Infolinia: 22 100 22 00.",
        "Deklarera senast 4 maj. Skatteupplysningen: 0771-567 567.",
        "الشركة السعودية للكهرباء: انقطاع مجدول للتيار الكهربائي. للاستفسار: 920001100",
        "When: Wednesday, 10 December 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London",
        "尊敬的用户：因线路检修，定于12月6日停电，请提前做好准备。",
        # an invoices desk's mailbox in Finnish, a setting's key before its value
        "2026-12-01 08:30:13 sähköposti.lähetetty vastaanottaja=laskut@tilitoimisto.fi tila=OK",
        "door-ctl[2211]: master card MK-03 used room=216 by staff_id=HK-17",
        "From: IT Service Desk <servicedesk@northwold.ac.uk>",
        "Send repeat prescription requests to prescriptions.oakfieldsurgery@nhs.net",
        "Contact our KYC team at kyc-review@monzo.example if your documents were rejected.",
        "The school office number is 01632 960 123; absence line option 1.",
        "Emirates Skywards: 0344 800 2777 (UK), 8am–8pm daily",
    ],
)
def test_a_business_notice_keeps_its_words(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sarah Jones: can you reply STOP to that spam for me\nMe: ok", "Sarah Jones"),
        ("تم تأكيد تسجيل ليلى في نادي السباحة. للاستفسار: +971 50 128 3660", "+971 50 128 3660"),
        ("Attendees: Maria Lopez, Anna Berg; Time (UTC+01:00) Amsterdam, Berlin", "Maria Lopez"),
        ("My number is 07700 900461, call me 8am-8pm daily", "07700 900461"),
        ("Email me: fraud.victim1987@gmail.com", "fraud.victim1987@gmail.com"),
    ],
)
def test_a_person_beside_such_words_stays_a_person(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


def test_an_automation_login_is_no_one() -> None:
    text = "sshd[812]: Accepted publickey for ansible from 10.20.4.17 port 52214"
    assert not [f for f in detect(text) if f.kind == "NAME"]
