"""People named by a shape the newest corpora used (app/privacy/names.py, labelled.py): meeting
notes' list items a person speaks ("- Chiara: blocked on ..."), the rest of a mail header's list
after a semicolon, a log's "surname=" before its next key, a Spanish or Portuguese hug before a
signature, and Japanese and Korean introductions ("中村と申します", "担当は美香です",
"담당 디자이너는 수진입니다"), but not a desk in charge ("担当は営業部です")."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "## Standup\n- Chiara: blocked on courier API creds\n- Sven: on leave till Monday",
            ["Chiara", "Sven"],
        ),
        ("From: Harriet Coles <harriet.coles@gmail.com>\nCc: Bella Tran; Jonty Ferris", ["Jonty Ferris"]),
        ("hotspot[771]: guest auth ok room=305 surname=VANTERPOOL mac=3c:22:fb", ["VANTERPOOL"]),
        ("Solo contacto por Signal.\nUn abrazo,\nGuille", ["Guille"]),
        ("はじめまして、フリーライターの中村と申します。", ["中村"]),
        ("佐藤様、明日14時のご予約を承りました。担当は美香です", ["美香"]),
        ("내일 오후 2시 커트 예약 확인드립니다. 담당 디자이너는 수진입니다.", ["수진"]),
        ("2026-12-02 08:14:55 INFO 로그인 성공 사용자=이서연 ip=10.0.0.4", ["이서연"]),
        ("Injured person: Tadeusz Wróblewski   DOB: 23/09/1979", ["Tadeusz Wróblewski"]),
        ("Objednávateľ: Milan Ďurica, r. č. 791103/5121", ["Milan Ďurica"]),
    ],
)
def test_a_person_named_this_way_is_found(text: str, names: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for name in names:
        assert name not in scrubbed, detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Action: pair on the returns label bug\n- Grace period: 14 days",
        "To: Sales Team; Accounts Payable",
        "担当は営業部です。担当の者が伺います。",
        "담당 부서는 고객센터입니다.",
    ],
)
def test_items_teams_and_desks_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text, detect(text)


def test_a_query_string_keeps_its_first_value() -> None:
    text = "https://club.example/adherent?nom=Benali&prenom=Yanis"
    assert "Benali" not in Scrubber().scrub(text)
