"""A chat line's speaker after the app, the channel or the time that shows it
(app/privacy/speakers.py), in any script, listed or not; bots, the system and labels are no one."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("[Signal] Ebru: can you grab milk on the way", "Ebru"),
        ("[#thesis-club] dario.montefiori: slides are up on the drive", "dario.montefiori"),
        ("[Party] Zz_tobias_kern_zZ: rez me pls", "Zz_tobias_kern_zZ"),
        ("[Teams] Folake Adeyemi 9:02 AM: running five minutes late", "Folake Adeyemi"),
        ("[LINE] ปิยะนุช: ถึงบ้านแล้วนะ", "ปิยะนุช"),
        ("[카톡] 서지안: 내일 몇 시에 만나?", "서지안"),
        ("[WhatsApp] نرگس: فردا ساعت ده میام", "نرگس"),
        ("[09:41] 周雨涵：我已经到楼下了", "周雨涵"),
        ("Vinted · Radoslava: is the coat still available?", "Radoslava"),
        ("kgarcia77: ok I'll bring the extension lead tomorrow", "kgarcia77"),
    ],
)
def test_a_chat_speaker_is_hidden(text: str, speaker: str) -> None:
    assert speaker not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "[Slack] GitHub: PR #512 merged into main",
        "[Discord] MEE6: GG, you just advanced to level 7!",
        "[10:42:01] INFO: worker started on port 8080",
        "[12:00] Reminder: stand-up in five minutes",
        "[WhatsApp] Mum: are you coming for dinner on Sunday",
        "secret_key_base_2: rotate this before the release please",
        "[Telegram] Group: 14 members, 3 online now",
        # a log line starts with a time stamp too
        "[2026-12-01 09:14] ERROR db: connection refused",
        "[09:14:22] WARN worker-3: queue is full",
        "[08:00] Backup job: completed in 4m 12s",
    ],
)
def test_bots_labels_and_settings_are_no_speaker(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "NAME"], detect(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a support chat's staff member by role and first name, or by first name and desk
        ("Agent Rosalind: I've sent the reset link to the address on file.", "Rosalind"),
        ("Operatore Gianluca: Buongiorno, come posso aiutarla?", "Gianluca"),
        ("Оператор Милена: Здравствуйте! Чем могу помочь?", "Милена"),
        ("Tobiah (Billing): Could you confirm the postcode on the account?", "Tobiah"),
        ("ליאת (שירות לקוחות): היי, ההזמנה יצאה אתמול.", "ליאת"),
        ("客服小雪：亲，请核对一下收货信息哦~", "小雪"),
        # a desk before a slash or before the name in brackets
        ("Asiakaspalvelu / Ilkka: Hei! Tilaus lähti eilen.", "Ilkka"),
        ("پشتیبانی (نگار): سلام، وقت بخیر.", "نگار"),
    ],
)
def test_a_support_chats_staff_member_is_named(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text), detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Price (EUR): 12.50 per month",
        "Support (24/7): call the number on the back of your card",
        "Agent Status: offline since 09:14",
        "שירות לקוחות: *0000 · service@dugma-shop.co.il",
    ],
)
def test_a_price_a_desk_or_a_setting_speaks_for_no_one(text: str) -> None:
    assert not [f for f in detect(text) if f.kind == "NAME"], detect(text)
