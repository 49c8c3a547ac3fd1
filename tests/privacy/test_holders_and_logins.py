"""A card's or an account's holder named without a colon, and an initial-and-surname login
after "by" (app/privacy/names.py)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Card ending 4471 · Name on card Chiamaka Eze · Amount £40.00", "Chiamaka Eze"),
        ("you can send it by transfer, the name on the account is R. Okonjo", "R. Okonjo"),
        ("[pump IV-07] rate changed 50 -> 75 mL/h by t.okwuosa", "t.okwuosa"),
        ("report exported by k.ndiaye at 09:12", "k.ndiaye"),
        ("Printer PRN-2 job 'rota.xlsx' by mkowalski", "mkowalski"),
        ("Consegna: Via Roma 8, Torino, citofono Bianchi", "Bianchi"),
        ("parcel for no. 14 — buzzer says Abernathy, 2nd floor", "Abernathy"),
        ("Balík pro 3. patro, zvonek Novotný", "Novotný"),
        ("please pay the deposit to acct name Chinwe Okafor-Bello", "Chinwe Okafor-Bello"),
        ("can I pay by transfer? the name on my account is Efua Mensah", "Efua Mensah"),
        ("Executor: Philippa Ashdown-Reyes · Probate ref PA-2291", "Philippa Ashdown-Reyes"),
        ("Joint application · Applicant 2: Bartosz Zieliński", "Bartosz Zieliński"),
        ("Consegnato in portineria, firmato Esposito", "Esposito"),
        ("Bon de livraison signé par Mathilde Roux", "Mathilde Roux"),
        ("Leaver: disable the account, forward mail to t.okafor", "t.okafor"),
    ],
)
def test_a_holder_or_a_login_is_a_name(text: str, name: str) -> None:
    assert name in _names(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Name on card must match your ID",
        "rows sorted by x.items then by y.keys",
        "paid by cheque, delivered by courier, signed by hand",
        "Doorbell Camera offline since 02:00",
        "Ring doorbell Pro battery low",
    ],
)
def test_no_holder_or_login_there(text: str) -> None:
    assert not _names(text), detect(text)
