"""Causes found on holdout7 (issue 16): each with examples written here, not taken from the
corpus, and the text each rule must leave alone."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in detect(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a headerless CSV row: a known first name, then a family name the lists lack
        (
            "771,Rosamund,Okonkwo-Hale,r.hale@example.net,1979-06-02,+44 20 7946 0321",
            [("NAME", "Rosamund"), ("NAME", "Okonkwo-Hale"), ("DOB", "1979-06-02")],
        ),
        ("55;Henrietta;Van-Der-Berg;+31 6 1234 5678", [("NAME", "Henrietta"), ("NAME", "Van-Der-Berg")]),
    ],
)
def test_a_person_in_a_headerless_row_is_found(text: str, found: list[tuple[str, str]]) -> None:
    for item in found:
        assert item in kinds(text)


def test_a_product_row_without_contact_data_is_no_person() -> None:
    assert [k for k, _ in kinds("SKU-12,Jasmine,Green-Tea,4.99,in stock") if k == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("DELIVER TO\nTAVITA FALEOLO\n42 HARBOUR ROAD\nAUCKLAND 1010", "TAVITA FALEOLO"),
        ("Margaret Hill\n12 Main Street\nSpringfield IL 62701", "Margaret Hill"),
    ],
)
def test_the_recipient_above_a_street_line_is_a_name(text: str, name: str) -> None:
    assert ("NAME", name) in kinds(text)


@pytest.mark.parametrize("text", ["ACME CORP\n12 Main Street", "Returns Department\n12 Main Street"])
def test_a_company_above_a_street_line_is_no_name(text: str) -> None:
    assert [k for k, _ in kinds(text) if k == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("sshd[991]: Failed password for tmarchetti from 203.0.113.7 port 4411 ssh2", "tmarchetti"),
        ("sshd[17]: Accepted publickey for jsvensson from 198.51.100.4 port 22", "jsvensson"),
        ("Session ended 18:02 (user h.moreau)", "h.moreau"),
        ("Okta user pkeller-ops deactivated by admin", "pkeller-ops"),
        ("Password reset for b.adeyemi sent to the registered address", "b.adeyemi"),
    ],
)
def test_a_login_in_a_log_line_is_found(text: str, login: str) -> None:
    assert ("NAME", login) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "sshd[991]: Failed password for root from 203.0.113.7 port 4411 ssh2",
        "Thanks for everything from all of us",
        "Checking for updates from 192.0.2.10",
    ],
)
def test_a_system_account_or_prose_is_no_login(text: str) -> None:
    assert [k for k, _ in kinds(text) if k == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Missed call 14:02: It's Theodora, ring me when free", "Theodora"),
        ("Welcome back, Ignatius!", "Ignatius"),
        ("Sure thing Philippa, the slides are attached.", "Philippa"),
        ("Thanks Marguerite.", "Marguerite"),
        ("Best\n-- \nRuaridh Macleod | Sales", "Ruaridh Macleod"),
        ("Raised in Galway, Siobhan moved to Leeds after school.", "Siobhan"),
        ("王芳\uff1a你好\uff0c请把合同发给我", "王芳"),
        ("Ping 刘洋 about the freight quote", "刘洋"),
    ],
)
def test_a_name_after_a_personal_cue_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    ["Welcome back, Guest!", "Thanks Again for your order", "备注\uff1a你好\uff0c请在周五前回复"],
)
def test_the_same_cues_before_a_word_that_is_no_name(text: str) -> None:
    assert Scrubber().scrub(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SIN: 046 454 286", "046 454 286"),
        ("Social insurance number 046-454-286", "046-454-286"),
        ("personnummer 19811218-9876", "19811218-9876"),
        ("Numéro national: 93.05.18-223.61", "93.05.18-223.61"),
        ("Codul numeric personal 1800101221144", "1800101221144"),
    ],
)
def test_national_ids_by_label_and_shape(text: str, value: str) -> None:
    assert ("NATIONAL_ID", value) in kinds(text)


def test_a_word_sin_and_an_invalid_dotted_number_are_no_id() -> None:
    assert kinds("Original Sin 2019 remaster") == []
    assert kinds("build 93.05.18-223.62 released") == []


def test_a_chinese_mobile_on_a_chinese_line_is_a_phone() -> None:
    assert ("PHONE", "15912345678") in kinds("联系人 李娜 电话 15912345678")
    # on a line without Chinese or Japanese script eleven digits are an order's
    assert [k for k, _ in kinds("Order 15912345678 shipped") if k == "PHONE"] == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("export DO_TOKEN=dop_v1_" + "ab12" * 16, "dop_v1_" + "ab12" * 16),
        ("mailgun: key-" + "0f" * 16, "key-" + "0f" * 16),
        (
            "client.login('ODk3NjU0MzIxMDk4NzY1NDMyMQ.Xy3_Ab.abcdefghijklmnopqrstuvwxyz12345')",
            "ODk3NjU0MzIxMDk4NzY1NDMyMQ.Xy3_Ab.abcdefghijklmnopqrstuvwxyz12345",
        ),
        ("prod.db.example.org:5432:billing:etl_user:Tz8!wq33Lp", "Tz8!wq33Lp"),
    ],
)
def test_secrets_by_shape(text: str, secret: str) -> None:
    assert secret not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    ["2026-12-02 10:22:31 INFO started", "mac 00:1a:2b:3c:4d:5e up", "fe80:0:0:0:1:2 link"],
)
def test_times_and_addresses_are_no_pgpass_line(text: str) -> None:
    assert [k for k, _ in kinds(text) if k == "SECRET"] == []


def test_an_australian_street_after_ship_to() -> None:
    text = "Ship-to: 7 Banksia Parade, Carlton VIC 3053"
    assert "Banksia" not in Scrubber().scrub(text)
