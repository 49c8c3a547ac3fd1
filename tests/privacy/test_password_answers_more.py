# ruff: noqa: RUF001  (the full-width colon, question mark and comma of a Chinese chat)
"""A secret told in the chat turn after the one that asks for it, in three more ways
(answers._password_answers): a password holding an "@" as one of its signs, the new one after
"neues:"/"new one:", and an answer to a question for a system's "creds". The three fail at
944809f; a mailbox in the answer stays a mailbox, no secret (a guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("王磊：测试库密码是多少？\n陈静：Tst@2026beijing，别外传", "Tst@2026beijing"),
        ("jonas: wer hat das WLAN-Passwort geändert?\nmira: ich. neues: Garten#Herbst26", "Garten#Herbst26"),
        ("ops-lead: who has the staging db creds?\nfinn: it's DeployOnly-2026-x9k2", "DeployOnly-2026-x9k2"),
    ],
)
def test_a_secret_answered_in_the_next_turn(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


def test_a_mailbox_in_the_answer_is_no_secret() -> None:  # guard
    text = "ana: what's the wifi password?\nben: no idea, mail office@school.org"
    assert "<SECRET" not in Scrubber().scrub(text)
