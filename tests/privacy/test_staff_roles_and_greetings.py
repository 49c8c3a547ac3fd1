# ruff: noqa: RUF001  (Cyrillic names and words as a chat writes them)
"""A pharmacy's, a moderator's or an agent's chat shows its staff by role and first name in
many languages (names.SERVICE_ROLES; speakers._staff), and a customer's greeting after their
role's label is no name (labelled._labelled). The six staff names and the two greetings fail at
4df7612; "Agent Daniel" was found there already (a guard)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zákazník: mám recept z Rakúska\nFarmaceutka Ivana: Áno, môžeme ho vydať.", "Ivana"),
        ("Клиент: нужен ли рецепт?\nФармацевт Ольга: Да, на этот препарат нужен.", "Ольга"),
        ("Asiakas: onko tätä lääkettä?\nFarmaseutti Juha: On, hyllyssä kaksi pakkausta.", "Juha"),
        ("வாடிக்கையாளர்: பில் தவறாக உள்ளது\nமுகவர் பிரியா: உங்கள் கணக்கு எண் சொல்லுங்கள்", "பிரியா"),
        ("Oníbàárà: owó mi kò tí ì dé\nAṣojú Kunle: Ẹ fi nọ́mbà àkọọ́lẹ̀ yín ránṣẹ́", "Kunle"),
        ("membre42 : le wallet ne s'ouvre plus\nModo Gwendal : ne donne jamais ta phrase", "Gwendal"),
        ("Customer: my order is late\nAgent Daniel: sorry about that, let me check", "Daniel"),  # guard
    ],
)
def test_a_staff_member_by_role_and_first_name(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        ("Покупатель: Здравствуйте! Есть ли у вас витамин D?\nФармацевт Ольга: Да, есть.", "Здравствуйте"),
        ("வாடிக்கையாளர்: வணக்கம், மின்சாரம் இல்லை\nமுகவர் பிரியா: பெயர் சொல்லுங்கள்", "வணக்கம்"),
    ],
)
def test_a_customers_greeting_is_no_name(text: str, greeting: str) -> None:
    assert greeting in Scrubber().scrub(text)
