"""A person's account where a log says which user acted (app/privacy/accounts.py)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("AnyConnect: user 'pnair' session started from 81.2.69.160", "pnair"),
        ("su: pam_unix(su:auth): authentication failure; logname=rbecker uid=1001 euid=0", "rbecker"),
        ("Auditoría: el usuario jfernandezg cerró sesión desde 88.12.40.7", "jfernandezg"),
        ("2026-11-30 06:10:02 sisäänkirjautuminen käyttäjä=aino.virtanen ip=91.152.3.8", "aino.virtanen"),
        ("Přihlášení selhalo: uživatel pkucera z 78.80.12.9", "pkucera"),
        ("تم قفل الحساب للمستخدم layla.mansour بعد خمس محاولات", "layla.mansour"),
        ("แจ้งเตือน: ผู้ใช้ somchai.p เข้าสู่ระบบจาก 182.52.9.14", "somchai.p"),
        ('81.2.69.142 - ewhitfield [01/Dec/2026:10:00:01 +0000] "GET /inbox HTTP/1.1" 200 91', "ewhitfield"),
        ("Synology: User [mwekesa] logged in from [81.2.69.160] via [DSM]", "mwekesa"),
        ("| 2026-12-02 23:14 | t.adeyemi | 81.2.69.160 | GB | FAILED |", "t.adeyemi"),
        ("| bruno.ferreira | Bruno Ferreira | Sales | MFA pending |", "bruno.ferreira"),
        ("fsm INFO job=J-4471 tech=k.obuya status=EN_ROUTE", "k.obuya"),
        ('  ~ tags = { "Owner" = "lena.fischer" -> "omar.haddad" }', "omar.haddad"),
        ("LDAP bind failed: CN=Ama Mensah,OU=Users,DC=corp,DC=local", "Ama Mensah"),
        ("Spraying hit 2 accounts: rkowalski (Autumn2026!) and svc_print", "rkowalski"),
        ("Backup warning: skipped \\\\nas01\\home\\gmensah\\Pictures\\id.jpg (locked)", "gmensah"),
    ],
)
def test_a_logged_users_account_is_a_name(text: str, login: str) -> None:
    assert login in [f.value for f in detect(text) if f.kind == "NAME"], detect(text)
    assert login not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        'psql: FATAL: password authentication failed for user "etl_loader"',
        "jdbc:postgresql://db.internal:5432/crm?user=crm_ro&ssl=true",
        "Read the user guide before 09:30 tomorrow",
        "El usuario debe cambiar la contraseña cada 90 días.",
        "sshd[311]: Invalid user admin from 81.2.69.160 port 4242",
        '203.0.113.9 - - [01/Dec/2026:10:00:01 +0000] "GET / HTTP/1.1" 200 512',
        "| settings.json | 2 KB | edited 10:42 |",
        "CN=svc-backup,OU=Service Accounts,DC=corp",
        "owner: platform-team",
        "Users must rotate (Summer2026) style passwords",
    ],
)
def test_a_service_account_or_a_word_after_user_is_no_name(text: str) -> None:
    assert [f for f in detect(text) if f.kind == "NAME"] == []
