# ruff: noqa: RUF001  (examples are written in Cyrillic and Greek, whose letters look Latin)
"""Names written in Cyrillic and Greek: every rule that reads a capitalised name reads these
scripts too; Russian and Ukrainian names in their cases and pet forms; and the public figures
and works in those scripts that are nobody on the screen."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


def _names(text: str) -> list[str]:
    return [f.value for f in detect(text) if f.kind == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a label, a chat speaker, a greeting: the rules every Latin name already had
        ("Исполнитель: Григорий Лебедев", "Григорий Лебедев"),
        ("Вероника Орлова: пришлите, пожалуйста, акт сверки", "Вероника Орлова"),
        ("Υπεύθυνος: Γιώργος Αναγνωστόπουλος", "Γιώργος Αναγνωστόπουλος"),
        # a first name and surname in a case after a preposition or a thanks
        ("Созвон с Ксенией Морозовой в четверг", "Ксенией Морозовой"),
        ("Благодарю Людмиле Соколовой за отчёт", "Людмиле Соколовой"),
        ("Лист від Андрія Коваленка отримано", "Андрія Коваленка"),
        # a pet form the generated lists lack, in a case
        ("напомни Лёше про пропуск", "Лёше"),
        # a first name before what it did
        ("Документы готовы, Ксюша отправила их утром.", "Ксюша"),
        ("Тимофей позвонит после обеда.", "Тимофей"),
    ],
)
def test_a_cyrillic_or_greek_name_where_a_person_stands_is_a_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a public figure's work and a public figure in the news
        "Фёдор Достоевский написал «Идиот» в Италии.",
        "Κωνσταντίνος Καβάφης έγραψε «Ιθάκη».",
        # a word that is a name too, as a sentence's subject, and a city before a verb
        "Надежда умирает последней.",
        "Москва ждёт гостей к празднику.",
        # a preposition before a capitalised noun that is nobody's name
        "Встреча с Заказчиком перенесена на понедельник.",
    ],
)
def test_public_figures_works_and_words_in_those_scripts_are_not_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title in the same case as the name after it
        ("Děkujeme paní Novotné a panu Kratochvílovi za pomoc.", "Novotné"),
        ("Děkujeme paní Novotné a panu Kratochvílovi za pomoc.", "Kratochvílovi"),
        ("Дякуємо пані Галині за пиріжки!", "Галині"),
        # after a verb of meeting
        ("Wczoraj spotkałam Agnieszkę na rynku.", "Agnieszkę"),
    ],
)
def test_a_slavic_name_after_a_title_or_a_meeting_in_its_case(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


def test_a_title_before_a_word_in_small_letters_stays() -> None:
    assert Scrubber().scrub("Paní učitelka dnes chybí.") == "Paní učitelka dnes chybí."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Тарасе, завтра о дев'ятій біля входу", "Тарасе"),
        ("мама: Олено, купи хліба по дорозі", "Олено"),
        ("Γιώργο, έλα νωρίτερα αύριο", "Γιώργο"),
    ],
)
def test_a_first_name_called_at_a_messages_start_is_found(text: str, name: str) -> None:
    assert name not in Scrubber().scrub(text)


@pytest.mark.parametrize("text", ["Да, завтра буду в офисе", "Καλημέρα, τι κάνετε;"])
def test_a_word_before_a_comma_at_a_messages_start_stays(text: str) -> None:
    assert Scrubber().scrub(text) == text
