"""Labels as a settings key joins their words, and tables whose header or script misled.

At 599e473 these failed:
- a label whose words a settings key joins with "_" was not read as the label
  ('"дата_народження":', '"ծննդյան_ամսաթիվ":', '"аты_жөні":'), though the same label with a
  space or a hyphen was;
- a name column of a script without capitals kept its names ("| გიორგი კაპანაძე |" under
  "| სახელი |", a Thai CSV's "ชื่อ" column);
- a table's header row gave its second header cell as the first one's value ("Name\\tRole\\t..."
  scrubbed "Role");
- a Chinese rota's weekday was read as a name ("周一", Monday, starts as the family name 周 does);
- a Thai CSV row's last cell was read as the row's signature ("...,081 234 5590,ไลฟ์การ์ด");
- a people's column of logins kept them ("id,driver,seats" over "1,amelia.rhodes,3").

Guards that passed then and must still: a typed argument is no key ("get_user_name(user_id:
int)"), a label word after "_" in a key ("tanggal_lahir:", "asmens_kodas =", "  туған_күні:": the
key's last word is a label of its own there), a pod's name
under kubectl's NAME column, and labelled records on tab-parted rows ("Name: Ana\\tTel: ...").
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            '{"ПІБ":"Коваленко Андрій Петрович","дата_народження":"17.07.1982"}',
            ["17.07.1982", "Коваленко Андрій Петрович"],
        ),
        ('{"անդամ":"x","ծննդյան_ամսաթիվ":"14.02.1979"}', ["14.02.1979"]),
        ('{"аты_жөні":"Айгерим Нұрланова","ЖСН":"900612400120"}', ["Айгерим Нұрланова"]),
        ('- аты: "Айгүл Нұрланова"\n  туған_күні: "1990-06-06"', ["1990-06-06"]),
        ("nama: Rizky Firmansyah\ntanggal_lahir: 1999-08-23", ["1999-08-23"]),
        ("[valytoja]\nasmens_kodas = 48806122197", ["48806122197"]),
    ],
)
def test_a_label_joined_as_a_key_introduces_its_value(text: str, values: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for value in values:
        assert value not in scrubbed


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "| სახელი | ტელეფონი |\n|---|---|\n"
            "| გიორგი კაპანაძე | 599 41 82 37 |\n| თამარ ლომიძე | 577 20 91 46 |",
            ["გიორგი კაპანაძე", "თამარ ლომიძე"],
        ),
        (
            "ชื่อ,เลขบัตรประชาชน,โทรศัพท์,ตำแหน่ง\nสมศักดิ์ ใจดี,1 1037 00123 45 8,081 234 5590,ไลฟ์การ์ด",
            ["สมศักดิ์ ใจดี"],
        ),
        (
            "id,driver,seats,route\n1,amelia.rhodes,3,Kidlington-Oxford\n2,jonah.pryce,2,Witney",
            ["amelia.rhodes"],
        ),
    ],
)
def test_a_name_column_is_read_in_any_script_and_as_logins(text: str, names: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for name in names:
        assert name not in scrubbed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Name\tRole\tDBS date\tMobile\nAngela Whitworth\tminibus driver\t12/01/2025\t07973 446 210", "Role"),
        ("| 日期 | 司机 | 电话 |\n|---|---|---|\n| 周一 | 王磊 | 13910428835 |", "周一"),
        ("ชื่อ,เลขบัตรประชาชน,โทรศัพท์,ตำแหน่ง\nสมศักดิ์ ใจดี,1 1037 00123 45 8,081 234 5590,ไลฟ์การ์ด", "ไลฟ์การ์ด"),
    ],
)
def test_a_header_a_weekday_and_a_job_are_kept(text: str, kept: str) -> None:
    assert kept in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "def get_user_name(user_id: int) -> str:",
        "$ kubectl -n payments get pods\nNAME                              READY   STATUS    RESTARTS   AGE\n"
        "ledger-api-7d9c8b6f5-x2kqp        2/2     Running   0          3d4h",
    ],
)
def test_code_and_a_pod_list_are_left(text: str) -> None:
    assert Scrubber().scrub(text) == text


def test_labelled_records_on_tab_parted_rows_are_still_read() -> None:
    text = "Name: Ana Ferreira\tTel: 912 345 678\tRole: host\nName: Rui Costa\tTel: 913 456 789\tRole: cook"
    scrubbed = Scrubber().scrub(text)
    assert "Ana Ferreira" not in scrubbed
    assert "Rui Costa" not in scrubbed
