"""Names the rules missed at c785ac7.

Failed then:
- a Japanese name as a roster or a file writes it, family and given name in Han characters
  with a space, on a line with the person's e-mail or phone ("松本 涼介, ryosuke...@gmail.com");
- Kazakh's coach ("Жаттықтырушы: Ержан Ахметов"), Russian's patronymic ("Отчество:").

Guards that passed then and must still: two Han words of no one before a phone ("東京 大阪") or
a role mailbox ("会議 資料 info@...").
"""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$ cat members.txt\n松本 涼介, ryosuke.matsumoto@gmail.com, 080-4412-7736", "松本 涼介"),
        ("井上 彩花, ayaka.inoue@yahoo.co.jp", "井上 彩花"),
        ("## Каноэ секциясы\n- Жаттықтырушы: Ержан Ахметов, +7 777 312 45 60", "Ержан Ахметов"),
        ("Фамилия: Лебедева\nОтчество: Сергеевна", "Сергеевна"),
    ],
)
def test_the_name_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", ["東京 大阪 080-4412-7736", "会議 資料 info@example.jp"])
def test_no_name_is_found(text: str) -> None:
    scrubbed = Scrubber().scrub(text)
    assert scrubbed.split()[:2] == text.split()[:2]
