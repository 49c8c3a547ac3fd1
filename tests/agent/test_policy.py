"""The safety policy: what needs the person's yes."""

from __future__ import annotations

import pytest

from app.agent.policy import assess
from app.agent.steps import Action, ActionKind, Box, Element, ElementKind

BOX = Box(0, 0, 80, 24)


def button(text: str) -> Element:
    return Element(1, ElementKind.BUTTON, text, BOX)


@pytest.mark.parametrize(
    "caption", ["Delete", "Remove item", "Send", "Pay now", "Don't Save", "Close without saving", "Buy"]
)
def test_destructive_buttons_need_confirmation(caption: str) -> None:
    assert assess(Action(ActionKind.CLICK, 1), button(caption)).decision == "confirm"


@pytest.mark.parametrize("caption", ["Submit", "Save", "Next", "Sender settings", "Deleted items"])
def test_ordinary_buttons_are_allowed(caption: str) -> None:
    assert assess(Action(ActionKind.CLICK, 1), button(caption)).decision == "allow"


def test_typing_into_a_password_field_needs_confirmation() -> None:
    field = Element(2, ElementKind.FIELD, "", BOX, label="Password")
    masked = Element(3, ElementKind.FIELD, "••••••", BOX, label="Secret word")
    assert assess(Action(ActionKind.TYPE, 2, text="x"), field).decision == "confirm"
    assert assess(Action(ActionKind.TYPE, 3, text="x"), masked).decision == "confirm"
    plain = Element(4, ElementKind.FIELD, "", BOX, label="Name")
    assert assess(Action(ActionKind.TYPE, 4, text="x"), plain).decision == "allow"


@pytest.mark.parametrize(
    ("caption", "task"),
    [
        ("Delete", "Click the Delete button"),
        ("Remove item", "Delete the item"),
        ("Send", "Send the message"),
        ("Pay now", "Pay the bill"),
        ("Don't Save", "Discard the draft"),
    ],
)
def test_a_consequential_button_the_task_names_is_its_consent(caption: str, task: str) -> None:
    assert assess(Action(ActionKind.CLICK, 1), button(caption), task=task).decision == "allow"
    for who in ("local", "cloud"):
        picked = assess(Action(ActionKind.CLICK, 1), button(caption), task=task, decided_by=who)
        assert picked.decision == "confirm"


@pytest.mark.parametrize(
    ("caption", "task"),
    [("Erase disk", "Click disk"), ("Delete", "Click Submit"), ("Don't Save", "Save the file")],
)
def test_a_consequential_act_the_task_does_not_name_still_asks(caption: str, task: str) -> None:
    assert assess(Action(ActionKind.CLICK, 1), button(caption), task=task).decision == "confirm"
