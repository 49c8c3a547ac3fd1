"""A person's login where a log's or a form's key names the person's role (app/privacy/accounts.py,
_ROLE_KEYED_FIELD), and where an app names whom one chats with or who posted (cues.py,
_CHATTED_WITH); a shop's, a server's or a system's account, and a chat turn's first word, stay."""

from __future__ import annotations

import pytest

from app.privacy.scrub import detect


def _names(text: str) -> set[str]:
    return {f.value for f in detect(text) if f.kind == "NAME"}


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("2026-12-04 ALERT simswap store=VOD-0412 agent=jmcgrath risk=0.91 action=hold", "jmcgrath"),
        ("Trip summary\nMember: hkowalczyk\nCar: Peugeot 208", "hkowalczyk"),
        ("Carousell · Chat with ahmad_ridzuan", "ahmad_ridzuan"),
        ("Welcome back, sunnyd_87", "sunnyd_87"),
        ("LOBBY — Squad (3/4)\n[HOST] kxng_darnell\n  ShadowFang", "kxng_darnell"),
    ],
)
def test_a_login_by_its_persons_role_is_a_name(text: str, login: str) -> None:
    assert login in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seller: retro_gear_uk (99.8% positive) · Ships from Leeds",
        "deploy job owner=jenkins status=ok",
        "Customer: do you have the scarf in blue?",
        "host: db01.internal port=5432",
    ],
)
def test_a_shops_a_systems_account_or_a_chat_turn_is_no_one(text: str) -> None:
    assert not _names(text) - {"Leeds"}
