"""Dialog answers by meaning, and the evidence a choice needs before anything is pressed."""

from __future__ import annotations

import pytest

from app.agent import grounding, meaning
from app.agent.meaning import Meaning
from app.agent.steps import Box, Element, ElementKind
from app.desktop.elements import Role


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        ("Discard the draft", Meaning.DONT_SAVE),
        ("Don't save the changes", Meaning.DONT_SAVE),
        ("Keep my changes", Meaning.SAVE),
        ("Give it another go", Meaning.RETRY),
        ("Give up on connecting", Meaning.CANCEL),
        ("Not now", Meaning.REFUSAL),
        ("Yes, install it", Meaning.CONSENT),
        ("Close the notice", Meaning.DISMISSAL),
        ("Continue", Meaning.NEXT),
    ],
)
def test_what_a_task_means(task: str, expected: Meaning) -> None:
    assert meaning.of_task(task)[0] is expected


def test_a_caption_has_one_meaning_and_the_longest_phrase_wins() -> None:
    assert meaning.of_caption("Don't Save") is Meaning.DONT_SAVE
    assert meaning.of_caption("Save") is Meaning.SAVE
    assert meaning.of_caption("Nicht speichern") is Meaning.DONT_SAVE
    assert meaning.of_caption("Réessayer") is Meaning.RETRY
    assert meaning.of_caption("Erase disk") is None


def test_no_answer_is_guessed_between_two_captions_of_one_meaning() -> None:
    assert meaning.rank("Close the notice", ["OK", "Close"]) == 1
    assert meaning.rank("Close the notice", ["Close", "Dismiss"]) is None
    assert meaning.rank("Answer the dialog", ["Yes", "No"]) is None


def _el(n: int, kind: ElementKind, name: str, y: int) -> Element:
    return Element(n, kind, name, Box(20 + 100 * n, y, 80, 24))


def test_a_default_button_read_as_text_counts_but_a_title_does_not() -> None:
    title = _el(1, ElementKind.LABEL, "Log in", 20)
    cancel = _el(2, ElementKind.BUTTON, "Cancel", 300)
    ok = _el(3, ElementKind.LABEL, "OK", 304)
    assert grounding.by_meaning("log in", [title, cancel, ok]) is ok


def test_an_option_with_fewer_words_is_not_the_one_the_task_names() -> None:
    large = _el(1, ElementKind.LABEL, "Large", 40)
    assert grounding.by_words("Extra large", [large], (ElementKind.LABEL,)) is None
    name = _el(2, ElementKind.FIELD, "Name", 40)
    assert grounding.by_words("full name box", [name], (ElementKind.FIELD,)) is name


def test_evidence_is_a_word_or_a_meaning_in_common() -> None:
    assert grounding.has_evidence("e-mail address", _el(1, ElementKind.FIELD, "Email", 0))
    assert grounding.has_evidence("Close the notice", _el(1, ElementKind.BUTTON, "OK", 0))
    assert not grounding.has_evidence("Delete", _el(1, ElementKind.BUTTON, "OK", 0))


def test_every_box_is_the_noun_s_boxes_when_captions_say_it_else_the_whole_list() -> None:
    def box(n: int, name: str, role: Role = Role.CHECK_BOX) -> Element:
        return Element(n, ElementKind.CHECKBOX, name, Box(20, 40 * n, 200, 24), checked=False, role=role)

    email, push, dark = box(1, "Email notifications"), box(2, "Push notifications"), box(3, "Dark theme")
    small = box(4, "Small", Role.RADIO_BUTTON)
    assert grounding.every_box("notifications", [email, push, dark, small]) == [email, push]
    assert grounding.every_box("toppings", [email, push, dark, small]) == [email, push, dark]


def test_a_list_box_offers_a_choice_by_its_words_and_says_when_it_does_not_know() -> None:
    def combo(*options: str) -> Element:
        return Element(1, ElementKind.DROPDOWN, "", Box(0, 0, 100, 24), label="Delivery", options=options)

    speeds = combo("Standard (5 days)", "Overnight (1 business day)")
    assert grounding.offers(speeds, "overnight") is True
    assert grounding.offers(speeds, "Same day") is False
    assert grounding.offers(combo("United States", "United Kingdom"), "United Kingdom") is True
    assert grounding.offers(combo("United States"), "United Kingdom") is False
    assert grounding.offers(combo(), "GIF") is None
