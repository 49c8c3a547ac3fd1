"""Names on forms and after greetings the name rules did not read at 29be316, and clubs they
took for people then.

Failed then:
- a US driver licence's "LN" and "FN" on two lines, a tax form's "Surname X   Forenames Y";
- German and Italian "Fam." before a family's name, Lithuanian "Gerb." before a name in its
  vocative ("Gerb. Jonai Petraiti");
- a full name before a Spanish DNI, whose letter after eight figures read as a product's
  weight ("52117843G");
- a person after Irish "Teagascóir:" (tutor);
- whose home a settings comment names with a possessive, a name the lists lack ("# Dougie's
  home router");
- a Vietnamese full name after a CSV row's number ("1,Phạm Thị Thu Hà,...": the number read
  as a house number before a street named after a person).

Kept, which failed then: a greeting to a club's members ("Dear Club Members", Hungarian
"Kedves Tagok!"), a club's name in a settings file ("name = Salle Vernon Fencing Club"), a club
by its compound's ending ("Kund: Örebro Curlingklubb").
Guards that passed then and must still: a product's name before its size, a Vietnamese street
after its house number, an office's home page in a comment, a receipt's till after "Le
atendió:".
"""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DRIVER LICENSE  DL D1234567\nLN OKAFOR\nFN CHIDI JAMES\n88 ELM ST", "OKAFOR"),
        ("Employee's details: Surname HALLORAN   Forenames NIAMH", "HALLORAN"),
        ("Employee's details: Surname HALLORAN   Forenames NIAMH", "NIAMH"),
        ("03/12\tFam. Berchtold\t2 Nächte\t340 €", "Berchtold"),
        ("Gerb. Jonai Petraiti,\npatvirtiname Jūsų narystę.", "Jonai Petraiti"),
        ("Óscar Gil Prieto\t52117843G\t699 412 088", "Óscar"),
        ("Teastas\nTeagascóir: Séamus Ó Briain", "Séamus Ó Briain"),
        ("[Peer]\n# Dougie's home router\nEndpoint = 10.0.0.9:51820", "Dougie"),
        ("stt,họ_tên,ngày_sinh\n1,Phạm Thị Thu Hà,12/03/1998", "Phạm Thị Thu Hà"),
    ],
)
def test_the_person_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Club Members,\n\nThe winter league starts on 9 January.",
        "Kedves Tagok! A szombati verseny 9:00-kor kezdődik.",
        "[club]\nname = Salle Vernon Fencing Club\nphone_public = no",
        "FAKTURA 2026-1190\nKund: Örebro Curlingklubb\nAtt betala: 900 kr",
        "Charlotte Tilbury Magic Cream 30ml — £79",
        "Cửa hàng mới: 12 Nguyễn Văn Cừ, Quận 5",
        "# Office's home page\nurl = https://intranet.example/",
        "TOTAL ..... 20,45 €\nTarjeta **** 5521   Le atendió: Caja 4",
    ],
)
def test_clubs_and_things_stay(text: str) -> None:
    assert Scrubber().scrub(text) == text
