"""UI Automation trees become the same elements as AT-SPI's: roles, names, states, actions.

These run on Linux from trees in the recorder's format (`UiaNode.to_json`, fixtures
`uia_*.json`); reading a live tree needs Windows and runs in the Windows workflow only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from app.desktop.elements import Box, Element, ElementKind, Role
from app.desktop.perception.base import SourceError
from app.desktop.perception.uia import UiaNode, UiaSource, elements_from_uia, record_desktop
from app.desktop.screen import default_sources

FIXTURES = Path(__file__).parent / "fixtures"
SCREEN = Box(0, 0, 1024, 768)


def recorded(name: str) -> list[UiaNode]:
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return [UiaNode.from_json(w) for w in data["windows"]]


def by_name(elements: list[Element]) -> dict[tuple[Role | None, str], Element]:
    return {(e.role, e.name): e for e in elements}


def test_a_modal_save_dialog_comes_first_with_its_rows_and_fields() -> None:
    elements, windows = elements_from_uia(recorded("uia_save_dialog.json"), SCREEN)
    assert [(w.title, w.modal, w.active) for w in windows] == [
        ("Save As", True, True),
        ("Untitled - Notepad", False, False),
    ]
    dialog = [e for e in elements if e.window == "Save As"]
    assert elements[: len(dialog)] == dialog  # the modal dialog's elements come first
    assert {(e.role, e.name) for e in dialog if e.role is not Role.LABEL} == {
        (Role.BUTTON, "Close"),
        (Role.TREE_ITEM, "Desktop"),
        (Role.TREE_ITEM, "Documents"),
        (Role.TREE_ITEM, "Letters"),
        (Role.TREE_ITEM, "Downloads"),
        (Role.LIST_ITEM, "report.txt"),
        (Role.LIST_ITEM, "notes.txt"),
        (Role.COMBO_BOX, "File name"),
        (Role.COMBO_BOX, "Save as type"),
        (Role.COMBO_BOX, "Encoding"),  # unnamed: the caption on its left names it
        (Role.BUTTON, "Save"),
        (Role.BUTTON, "Cancel"),
    }
    found = by_name(dialog)
    assert all(e.states is not None and e.states.modal for e in dialog)
    documents, desktop, letters = (found[(Role.TREE_ITEM, n)] for n in ("Documents", "Desktop", "Letters"))
    assert documents.states is not None and documents.states.expanded is True and documents.states.selected
    assert desktop.states is not None and desktop.states.expanded is False
    assert letters.states is not None and letters.states.expanded is None  # a leaf cannot expand
    assert found[(Role.LIST_ITEM, "report.txt")].states.selected  # type: ignore[union-attr]
    file_name = found[(Role.COMBO_BOX, "File name")]
    assert (file_name.kind, file_name.text, file_name.actions) == (
        ElementKind.DROPDOWN,
        "Untitled.txt",
        ("expand or collapse", "set value"),
    )
    assert not any(e.name == "old.txt" for e in elements)  # scrolled out of view
    assert found[(Role.BUTTON, "Save")].handle is not None


def test_states_values_and_actions_of_a_settings_window() -> None:
    elements, windows = elements_from_uia(recorded("uia_settings.json"), SCREEN)
    found = by_name(elements)
    assert found[(Role.TAB, "General")].states.selected  # type: ignore[union-attr]
    assert found[(Role.HEADING, "Appearance")].kind is ElementKind.LABEL
    start, notify = (
        found[(Role.CHECK_BOX, "Start with Windows")],
        found[(Role.CHECK_BOX, "Show notifications")],
    )
    assert (start.checked, start.actions) == (True, ("toggle",))
    assert notify.checked is False and notify.states is not None and not notify.states.enabled
    assert found[(Role.RADIO_BUTTON, "Light")].checked is True
    assert found[(Role.RADIO_BUTTON, "Dark")].checked is False
    assert found[(Role.SLIDER, "Volume")].value == "40"
    assert found[(Role.SPIN_BUTTON, "Font size")].value == "12"
    user = found[(Role.TEXT_FIELD, "User name")]
    assert user.text == "margaret.h@example.com" and user.states is not None and user.states.editable
    password = found[(Role.PASSWORD_FIELD, "Password")]
    assert password.kind is ElementKind.FIELD and password.text == ""
    assert found[(Role.LINK, "Learn more")].actions == ("invoke",)
    advanced = found[(Role.BUTTON, "Advanced options")]
    assert advanced.states is not None and advanced.states.expanded is False
    assert found[(Role.BUTTON, "Apply")].states.enabled is False  # type: ignore[union-attr]
    assert (Role.BUTTON, "Hidden") not in found  # offscreen
    assert (Role.BUTTON, "") not in found  # nothing to call it by
    assert [w.elements for w in windows] == [len(elements)]


def test_the_recorded_form_reads_back_unchanged() -> None:
    windows = recorded("uia_save_dialog.json")
    again = [UiaNode.from_json(json.loads(json.dumps(w.to_json()))) for w in windows]
    assert again == windows


def test_elements_outside_the_screen_are_left_out() -> None:
    elements, _ = elements_from_uia(recorded("uia_settings.json"), Box(0, 0, 400, 300))
    assert {e.name for e in elements} >= {"Start with Windows", "Volume"}
    assert not {"Password", "Apply", "Learn more"} & {e.name for e in elements}


@pytest.mark.skipif(sys.platform == "win32", reason="off Windows only")
def test_off_windows_the_source_says_it_cannot_read() -> None:
    with pytest.raises(SourceError, match="only on Windows"):
        record_desktop()
    with pytest.raises(SourceError):
        UiaSource().read(SCREEN)


def test_windows_reads_through_ui_automation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert [s.name for s in default_sources()] == ["UI Automation"]
