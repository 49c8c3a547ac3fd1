"""Which program a phrase names, how it is started, and who may start one or press a key."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.agent.policy import assess
from app.agent.steps import Action, ActionKind
from app.desktop.actions import key_names
from app.desktop.launch import find, programs, read_entry


def entry(folder: Path, name: str, body: str) -> Path:
    path = folder / f"{name}.desktop"
    path.write_text("[Desktop Entry]\nType=Application\n" + body)
    return path


def test_exec_becomes_an_argument_list_without_field_codes_and_never_a_shell_string(tmp_path: Path) -> None:
    path = entry(tmp_path, "pad", "Name=Pad\nExec=zenity --text-info --title='My Pad' %F ; rm -rf ~\n")
    program = read_entry(path)
    assert program is not None
    assert program.argv == ("zenity", "--text-info", "--title=My Pad", ";", "rm", "-rf", "~")


@pytest.mark.parametrize(
    "text",
    [
        "[Desktop Entry]\nType=Application\nName=Vim\nTerminal=true\nExec=zenity\n",
        "[Desktop Entry]\nType=Application\nName=Gone\nHidden=true\nExec=zenity\n",
        "[Desktop Entry]\nType=Application\nName=Missing\nExec=no-such-program-here\n",
        "[Desktop Entry]\nType=Link\nName=Site\nURL=https://example.org\n",
        "not an entry at all",
    ],
)
def test_terminal_hidden_missing_and_non_programs_are_not_startable(tmp_path: Path, text: str) -> None:
    path = tmp_path / "x.desktop"
    path.write_text(text)
    assert read_entry(path) is None


def test_a_phrase_names_a_program_by_name_generic_name_or_keywords(tmp_path: Path) -> None:
    entry(tmp_path, "pad", "Name=Mousepad\nGenericName=Text Editor\nKeywords=notes;writing;\nExec=zenity\n")
    entry(tmp_path, "calc", "Name=Galculator\nGenericName=Calculator\nExec=zenity\n")
    found = programs([tmp_path])
    assert find("the text editor", found).program is not None
    assert find("mousepad", found).program == find("text editor", found).program
    assert find("notes app", found).program is not None
    assert find("calculator", found).program is not None
    assert find("spreadsheet", found).program is None


def test_two_programs_equally_named_are_not_guessed_between(tmp_path: Path) -> None:
    entry(tmp_path, "a", "Name=Mousepad\nGenericName=Text Editor\nExec=zenity\n")
    entry(tmp_path, "b", "Name=Gedit\nGenericName=Text Editor\nExec=zenity --info\n")
    found = find("text editor", programs([tmp_path]))
    assert found.program is None and "Gedit, Mousepad" in found.reason
    assert find("gedit", programs([tmp_path])).program is not None


def test_a_personal_entry_hides_the_shared_one_of_the_same_file_name(tmp_path: Path) -> None:
    mine, shared = tmp_path / "mine", tmp_path / "shared"
    mine.mkdir()
    shared.mkdir()
    entry(mine, "pad", "Name=My Pad\nExec=zenity\n")
    entry(shared, "pad", "Name=Shared Pad\nExec=zenity\n")
    assert [p.name for p in programs([mine, shared])] == ["My Pad"]


@pytest.mark.parametrize(
    ("spec", "keys"),
    [("Enter", ["enter"]), ("Ctrl+S", ["ctrl", "s"]), ("Escape", ["esc"]), ("Page Down", ["pagedown"])],
)
def test_key_names_as_pyautogui_spells_them(spec: str, keys: list[str]) -> None:
    assert key_names(spec) == keys


@pytest.mark.parametrize("kind", [ActionKind.KEY, ActionKind.LAUNCH])
def test_a_key_or_a_program_the_task_named_runs_and_one_a_model_chose_asks(kind: ActionKind) -> None:
    action = Action(kind, text="ctrl+q")
    assert assess(action, None, task="press ctrl+q", decided_by="code").decision == "allow"
    for who in ("local", "cloud"):
        assert assess(action, None, task="tidy up", decided_by=who).decision == "confirm"
