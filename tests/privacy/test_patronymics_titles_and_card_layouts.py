"""Turkic patronymics, Amharic titles with their preposition, and identity cards' layouts.

At 599e473 these failed:
- a Kazakh or Azerbaijani name with its patronymic ("Айгерім Сейітқызы", "Ерлан Нұрланұлы",
  "Айгерим Нурлан кызы", "Rəşad Vaqif oğlu Əliyev") was left where no label stood;
- an Amharic title with a preposition glued on ("ለአቶ ዳዊት ተስፋዬ", to Mr Dawit Tesfaye);
- Thai's identity card label for the name, its title and name after a space ("ชื่อตัวและชื่อสกุล
  นาย ธนากร ศรีสุข");
- a name label alone on its line, one language or several, with the name in capitals below
  ("Nume/Nom/Last name" over "DUMITRESCU");
- a name's Latin spelling after its own script's ("ՍԱՐԳՍՅԱՆ / SARGSYAN");
- Dutch's informal closing "Groet," over the writer's name.

Guards that passed then and must still: an Uzbek name with its patronymic after a role
("Ariza beruvchi Dilnoza Rustam qizi", found by its first name then), a label over a line that
is no name in capitals ("Your name" over "Please Type Below") and a company in capitals under
"Customer name".
"""

# ruff: noqa: RUF001  (the names are written in their own scripts)
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- Дүйсенбі: Айгерім Сейітқызы", ["Айгерім Сейітқызы"]),
        ("Кезекші: Ерлан Нұрланұлы", ["Ерлан Нұрланұлы"]),
        ("Вчера приходила Айгерим Нурлан кызы", ["Айгерим Нурлан кызы"]),
        ("Ariza beruvchi Dilnoza Rustam qizi", ["Dilnoza Rustam qizi"]),
        ("Rəşad Vaqif oğlu Əliyev gəldi", ["Rəşad", "Əliyev"]),
        ("ለአቶ ዳዊት ተስፋዬ", ["ዳዊት ተስፋዬ"]),
        ("የወ/ሮ አልማዝ ከበደ", ["አልማዝ ከበደ"]),
        ("เลขประจำตัวประชาชน 1 1037 00154 29 9\nชื่อตัวและชื่อสกุล นาย ธนากร ศรีสุข", ["ธนากร ศรีสุข"]),
        (
            "CNP 1980812400337\nNume/Nom/Last name\nDUMITRESCU\nPrenume/Prénom/First name\nALEXANDRU-VLAD",
            ["DUMITRESCU", "ALEXANDRU-VLAD"],
        ),
        ("Surname/Nom (1)\nHOLLOWAY\nGiven names/Prénoms (2)\nBEATRICE ANNE", ["HOLLOWAY"]),
        ("Ազգանուն / Surname: ՍԱՐԳՍՅԱՆ / SARGSYAN\nԱնուն / Given name: ԱՐԱՄ / ARAM", ["SARGSYAN", "ARAM"]),
        ("Het rooster volgt later.\n\nGroet,\nWillemijn\nZwembad De Vennen", ["Willemijn"]),
    ],
)
def test_the_name_is_found(text: str, names: list[str]) -> None:
    scrubbed = Scrubber().scrub(text)
    for name in names:
        assert name not in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Your name\nPlease Type Below",
        "Customer name\nACME LTD",
    ],
)
def test_what_is_no_name_below_a_label_is_left(text: str) -> None:
    assert Scrubber().scrub(text) == text
