"""Given a real program on a real display, the agent presses keys, double-clicks, scrolls,
drags a slider and starts a program, and says done only when the program shows it.

Each test starts a real GTK program (zenity) on the session's Xvfb display, runs the loop as
shipped minus the models (the accessibility tree, pyautogui, code grounding), and judges by
what the program itself printed when it ended.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.agent.controller import Controller
from app.agent.steps import ActionKind, Outcome, Step, Task
from app.desktop.actions import Hands
from app.desktop.sandbox import VirtualDisplay
from app.desktop.screen import ScreenReader, x_windows
from tests.fakes import no_confirm

pytestmark = pytest.mark.display

ROWS = [f"item{i:02d}" for i in range(60)]


class Zenity:
    """One zenity dialog: started, waited for, and its answer read when it ends."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(["zenity", *args], stdout=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not any(w.program == "zenity" for w in x_windows() or ()):
            time.sleep(0.1)
        time.sleep(0.8)  # mapped is not yet painted and published on the accessibility bus

    def answer(self, timeout_s: float = 5.0) -> tuple[int | None, str]:
        try:
            out, _ = self.process.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
            return None, ""
        return self.process.returncode, out.strip()


@pytest.fixture
def zenity(virtual_display: VirtualDisplay) -> Iterator[type[Zenity]]:
    started: list[Zenity] = []

    class Started(Zenity):
        def __init__(self, *args: str) -> None:
            super().__init__(*args)
            started.append(self)

    yield Started
    for dialog in started:
        if dialog.process.poll() is None:
            dialog.process.kill()
            dialog.process.communicate()


def run(task: str) -> tuple[list[Step], Outcome]:
    controller = Controller(
        screen=ScreenReader(), hands=Hands(), grounder=None, actor=None, confirm=no_confirm, settle_s=0.4
    )
    items = list(controller.run(Task(task, max_steps=16)))
    outcome = items[-1]
    assert isinstance(outcome, Outcome)
    steps = [i for i in items if isinstance(i, Step)]
    for step in steps:
        print(step.index, step.action.describe(), step.verified, step.note)
    return steps, outcome


def test_typing_then_enter_submits_the_entry(zenity: type[Zenity]) -> None:
    dialog = zenity("--entry", "--title", "Rename", "--text", "New name")
    steps, outcome = run("Type report.txt into the text box and press Enter")
    assert outcome.status == "done", outcome.reason
    assert steps[-1].action.kind is ActionKind.KEY  # type: ignore[union-attr]
    assert dialog.answer() == (0, "report.txt")


def test_escape_closes_the_dialog_the_task_says_to_escape(zenity: type[Zenity]) -> None:
    dialog = zenity("--question", "--title", "Quit", "--text", "Quit now?")
    # Away from the dialog: with no window manager the keys go where the pointer is.
    subprocess.run(["xdotool", "mousemove", "1000", "740"], check=True)
    _, outcome = run("Hit Escape")
    assert outcome.status == "done", outcome.reason
    assert dialog.answer()[0] == 1  # zenity's answer for a dialog closed without Yes


def test_tab_moves_the_focus_and_says_where(zenity: type[Zenity]) -> None:
    dialog = zenity("--entry", "--title", "Rename", "--text", "New name")
    steps, outcome = run("press Tab")
    assert outcome.status == "done", outcome.reason
    assert "focus" in steps[-1].note
    assert dialog.process.poll() is None


def test_a_double_click_opens_a_row(zenity: type[Zenity]) -> None:
    dialog = zenity("--list", "--height", "300", "--column", "Name", *ROWS[:8])
    steps, outcome = run("Double-click item04")
    assert outcome.status == "done", outcome.reason
    assert dialog.answer() == (0, "item04")
    assert "opened" in steps[-1].note


def test_a_row_no_button_opens_is_opened_by_a_double_click(zenity: type[Zenity]) -> None:
    dialog = zenity("--list", "--height", "300", "--ok-label", "Choose", "--column", "Name", *ROWS[:8])
    steps, outcome = run("Open item05")
    assert outcome.status == "done", outcome.reason
    kinds = [s.action.kind for s in steps]  # type: ignore[union-attr]
    assert kinds == [ActionKind.CLICK, ActionKind.DOUBLE_CLICK]
    assert dialog.answer() == (0, "item05")


def test_a_row_out_of_view_is_found_by_scrolling_then_opened(zenity: type[Zenity]) -> None:
    dialog = zenity("--list", "--height", "300", "--column", "Name", *ROWS)
    steps, outcome = run("Open item42")
    assert outcome.status == "done", outcome.reason
    kinds = [s.action.kind for s in steps]  # type: ignore[union-attr]
    assert ActionKind.SCROLL in kinds and kinds[-2:] == [ActionKind.CLICK, ActionKind.CLICK]
    assert dialog.answer() == (0, "item42")


def test_a_row_that_is_nowhere_fails_after_the_list_ends_without_picking_another(
    zenity: type[Zenity],
) -> None:
    dialog = zenity("--list", "--height", "300", "--column", "Name", *ROWS[:20])
    steps, outcome = run("Open item77")
    assert outcome.status == "failed"
    assert all(s.action.kind is ActionKind.SCROLL for s in steps if s.acted)  # type: ignore[union-attr]
    assert dialog.process.poll() is None


def test_a_short_list_that_shows_every_row_is_not_scrolled_for_a_row_it_lacks(zenity: type[Zenity]) -> None:
    dialog = zenity("--list", "--column", "File", "notes.txt", "budget.ods", "holiday.jpg")
    steps, outcome = run("Open item77")
    assert outcome.status == "failed"
    assert not any(s.acted for s in steps)
    assert dialog.process.poll() is None


def test_a_slider_is_dragged_to_the_value(zenity: type[Zenity]) -> None:
    dialog = zenity("--scale", "--title", "Sound", "--text", "Volume", "--value", "20")
    steps, outcome = run("Set the volume slider to 80, then click OK")
    assert outcome.status == "done", outcome.reason
    assert steps[0].action.kind is ActionKind.DRAG  # type: ignore[union-attr]
    assert dialog.answer() == (0, "80")


@pytest.fixture
def applications(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private XDG data folder whose only program is a 'Text Editor' (a zenity window)."""
    folder = tmp_path / "share" / "applications"
    folder.mkdir(parents=True)
    (folder / "deskhand-pad.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Deskhand Pad\nGenericName=Text Editor\n"
        "Keywords=notes;writing;\nExec=zenity --text-info --editable --title=Pad %F\n"
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "none"))
    return folder


def _close_window(title: str) -> None:
    found = subprocess.run(["xdotool", "search", "--name", title], capture_output=True, text=True)
    for window in found.stdout.split():
        pid = subprocess.run(["xdotool", "getwindowpid", window], capture_output=True, text=True)
        if pid.stdout.strip():
            os.kill(int(pid.stdout), signal.SIGTERM)


@pytest.mark.parametrize("task", ["Open the text editor", "launch deskhand pad"])
def test_a_program_is_started_by_what_the_task_calls_it_and_its_window_checked(
    applications: Path, virtual_display: VirtualDisplay, task: str
) -> None:
    try:
        steps, outcome = run(task)
        assert outcome.status == "done", outcome.reason
        assert steps[-1].action.kind is ActionKind.LAUNCH  # type: ignore[union-attr]
        assert "'Pad' appeared" in steps[-1].note
    finally:
        _close_window("Pad")


def test_a_program_no_entry_names_is_not_started(applications: Path, virtual_display: VirtualDisplay) -> None:
    steps, outcome = run("Launch the spreadsheet")
    assert outcome.status == "failed" and "no installed program" in outcome.reason
    assert not any(s.acted for s in steps)


TK_ASK = (
    "import tkinter as tk; from tkinter import simpledialog; root = tk.Tk(); root.withdraw(); "
    "print(simpledialog.askstring('Rename', 'New name:'), flush=True)"
)


def test_typing_reaches_a_tk_dialog_when_no_one_manages_the_focus(virtual_display: VirtualDisplay) -> None:
    # With no window manager X's focus is PointerRoot, which Tk ignores: every key was dropped.
    python = "/usr/bin/python3"
    if subprocess.run([python, "-c", "import tkinter"], capture_output=True).returncode:
        pytest.skip("Debian's python3-tk is not installed (install.sh installs it)")
    from Xlib import X
    from Xlib import display as xdisplay

    x = xdisplay.Display()
    x.set_input_focus(X.PointerRoot, X.RevertToPointerRoot, X.CurrentTime)
    x.sync()
    x.close()
    process = subprocess.Popen([python, "-c", TK_ASK], stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not any(w.title == "Rename" for w in x_windows() or ()):
            time.sleep(0.1)
        time.sleep(0.8)
        steps, outcome = run("Type draft2 as the new name and press OK")
        assert outcome.status == "done", [s.note for s in steps]
        assert process.communicate(timeout=10)[0].strip() == "draft2"
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
