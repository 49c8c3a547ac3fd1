"""Given a real GTK dialog, the loop acts through its accessibility tree and the dialog's own
output is right.

Each test starts zenity on the session's Xvfb display with its private accessibility bus and
runs the loop as shipped minus the models (the tree reader, `Hands` with its tree, code
grounding). zenity prints its answer when it closes, so each test reads the program's own
output; every acting step must say it went through the tree, not the mouse.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from app.agent.controller import Controller
from app.agent.steps import Outcome, Step, Task
from app.desktop.actions import Hands
from app.desktop.elements import Role
from app.desktop.perception.bus import program_env
from app.desktop.sandbox import VirtualDisplay
from app.desktop.screen import ScreenReader
from tests.fakes import no_confirm

pytestmark = pytest.mark.display

CHECKLIST = ("--list", "--checklist", "--title=Fruit", "--column=Pick", "--column=Fruit")
CHECKLIST += ("FALSE", "Apple", "TRUE", "Banana", "FALSE", "Cherry")


class Dialog:
    """One zenity dialog, shown when its button is on the tree; its output read when it ends."""

    def __init__(self, button: str, *args: str) -> None:
        self.process = subprocess.Popen(
            ["zenity", *args], env=program_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        reader, deadline = ScreenReader(), time.monotonic() + 20
        while time.monotonic() < deadline:
            if any(e.role is Role.BUTTON and e.name == button for e in reader.observe().elements):
                return
            time.sleep(0.2)
        raise AssertionError(f"zenity {args[0]} never showed {button!r}")

    def output(self) -> tuple[int | None, str]:
        try:
            out, _ = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
            return None, ""
        return self.process.returncode, out.strip()


@pytest.fixture
def dialogs(virtual_display: VirtualDisplay) -> Iterator[list[Dialog]]:
    if shutil.which("zenity") is None:
        pytest.skip("zenity is not installed (install.sh installs it)")
    started: list[Dialog] = []
    yield started
    for dialog in started:
        if dialog.process.poll() is None:
            dialog.process.kill()
        dialog.process.communicate()


@pytest.fixture(scope="module")
def hands(virtual_display: VirtualDisplay) -> Iterator[Hands]:
    made = Hands()
    yield made
    made.close()


def run(hands: Hands, text: str) -> tuple[list[Step], Outcome]:
    controller = Controller(
        screen=ScreenReader(), hands=hands, grounder=None, actor=None, confirm=no_confirm, settle_s=0.4
    )
    items = list(controller.run(Task(text, max_steps=8)))
    outcome = items[-1]
    assert isinstance(outcome, Outcome)
    return [i for i in items if isinstance(i, Step)], outcome


def all_through_the_tree(steps: list[Step]) -> bool:
    return all("acted through the tree" in s.note for s in steps if s.acted)


def test_an_entry_is_filled_whole_and_confirmed_through_the_tree(dialogs: list[Dialog], hands: Hands) -> None:
    dialogs.append(Dialog("OK", "--entry", "--title=Rename", "--text=New name", "--entry-text=draft.txt"))
    steps, outcome = run(hands, "Type final report.txt into the textbox and click OK")
    assert outcome.status == "done", [s.note for s in steps]
    assert all_through_the_tree(steps), [s.note for s in steps]
    assert "SetTextContents" in steps[0].note
    assert dialogs[0].output() == (0, "final report.txt")


def test_the_tick_cells_of_a_checklist_are_toggled_through_the_tree(
    dialogs: list[Dialog], hands: Hands
) -> None:
    dialogs.append(Dialog("OK", *CHECKLIST))
    steps, outcome = run(hands, "Tick Cherry, untick Banana and click OK")
    assert outcome.status == "done", [s.note for s in steps]
    assert all_through_the_tree(steps), [s.note for s in steps]
    assert dialogs[0].output() == (0, "Cherry")


@pytest.mark.parametrize(("button", "status"), [("Yes", 0), ("No", 1)])
def test_a_question_is_answered_by_pressing_its_button_through_the_tree(
    dialogs: list[Dialog], hands: Hands, button: str, status: int
) -> None:
    dialogs.append(Dialog("Yes", "--question", "--title=Keep?", "--text=Keep the new layout?"))
    steps, outcome = run(hands, f"Click {button}")
    assert outcome.status == "done", [s.note for s in steps]
    assert all_through_the_tree(steps) and "action 'click'" in steps[-1].note, [s.note for s in steps]
    assert dialogs[0].output()[0] == status


def test_opening_a_row_of_a_two_column_list_selects_it_then_answers(
    dialogs: list[Dialog], hands: Hands
) -> None:
    # A GTK list of more than one column cannot select by child index; its row's own action
    # activates it, which closed the dialog with nothing chosen and was taken for done.
    dialogs.append(
        Dialog(
            "OK",
            "--list",
            "--title=Open project",
            "--column=Project",
            "--column=Last opened",
            "alpha-site",
            "yesterday",
            "beta-api",
            "last week",
            "gamma-docs",
            "in March",
        )
    )
    steps, outcome = run(hands, "Open beta-api")
    assert outcome.status == "done", [s.note for s in steps]
    assert "'beta-api' is selected" in steps[0].note, [s.note for s in steps]
    assert dialogs[0].output() == (0, "beta-api")


def test_tick_all_ticks_every_box_of_the_list_each_one_checked(dialogs: list[Dialog], hands: Hands) -> None:
    # "all the fruit" names no box: it means every box of the list (one ticked was taken for done).
    dialogs.append(Dialog("OK", *CHECKLIST))
    steps, outcome = run(hands, "Tick all the fruit and click OK")
    assert outcome.status == "done", [s.note for s in steps]
    ticked = [s.target.name for s in steps if s.acted and s.verified and s.target and s.target.name != "OK"]
    assert ticked == ["Apple", "Cherry"], [s.note for s in steps]
    assert set(dialogs[0].output()[1].split("|")) == {"Apple", "Banana", "Cherry"}


QT_ITEM = """
from PySide6.QtWidgets import QApplication, QInputDialog
app = QApplication([])
item, ok = QInputDialog.getItem(None, "Export image", "Format:", ["PNG", "JPEG", "WebP", "TIFF"], 0, False)
print(f"{item}|{ok}", flush=True)
"""


QT_WIZARD = """
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QRadioButton, QVBoxLayout
from PySide6.QtWidgets import QWizard, QWizardPage
app = QApplication([])
wizard = QWizard()
wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
first, second = QWizardPage(), QWizardPage()
accept = QCheckBox("I agree to the terms")
QVBoxLayout(first).addWidget(accept)
first.registerField("accept*", accept)
sizes = [QRadioButton(name) for name in ("Small", "Large")]
sizes[0].setChecked(True)
column = QVBoxLayout(second)
for size in sizes:
    column.addWidget(size)
wizard.addPage(first)
wizard.addPage(second)
done = wizard.exec() == QDialog.DialogCode.Accepted
print(f"{accept.isChecked()}|{next(s.text() for s in sizes if s.isChecked())}|{done}", flush=True)
"""


def qt_program(script: str, shows: str) -> subprocess.Popen[str]:
    """A Qt program on the session's display, publishing its tree; returned once `shows` is read."""
    env = {**program_env(), "QT_QPA_PLATFORM": "xcb"}
    process = subprocess.Popen(
        [sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    reader, deadline = ScreenReader(), time.monotonic() + 20
    while not any(e.name == shows for e in reader.observe().elements) and time.monotonic() < deadline:
        time.sleep(0.2)
    return process


def test_a_wizard_s_next_page_is_turned_to_when_the_task_goes_on_past_this_one(hands: Hands) -> None:
    process = qt_program(QT_WIZARD, "I agree to the terms")
    try:
        # A task's first part whose target is on no page of this one acts on nothing.
        steps, outcome = run(hands, "Choose Large")
        assert outcome.status == "failed" and not any(s.acted for s in steps), [s.note for s in steps]
        steps, outcome = run(hands, "Tick I agree to the terms, choose Large and finish")
        assert outcome.status == "done", [s.note for s in steps]
        assert "turned to the next page" in steps[1].note, [s.note for s in steps]
        assert process.communicate(timeout=10)[0].strip() == "True|Large|True"
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_a_choice_a_closed_qt_combo_box_lacks_fails_without_opening_it(hands: Hands) -> None:
    # Qt publishes a closed combo box's list: "Export as GIF" opened it to look, an action on
    # a task that cannot be done.
    process = qt_program(QT_ITEM, "Format")
    try:
        steps, outcome = run(hands, "Export as GIF")
        assert outcome.status == "failed" and not any(s.acted for s in steps), [s.note for s in steps]
        assert "'PNG', 'JPEG', 'WebP', 'TIFF', not 'GIF'" in outcome.reason
        assert process.poll() is None
        steps, outcome = run(hands, "Export it as WebP")
        assert outcome.status == "done", [s.note for s in steps]
        assert process.communicate(timeout=10)[0].strip() == "WebP|True"
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


QT_CURRENT_ROW = """
from PySide6.QtWidgets import QApplication, QListWidget, QPushButton, QVBoxLayout, QWidget
app = QApplication([])
window = QWidget()
contacts = QListWidget()
contacts.addItems(["Ada Byron", "Grace Hopper", "Alan Turing"])
star = QPushButton("Star contact")
star.clicked.connect(lambda: (print(contacts.currentRow(), flush=True), app.quit()))
column = QVBoxLayout(window)
column.addWidget(contacts)
column.addWidget(star)
window.show()
app.exec()
"""


def test_a_clicked_row_is_the_one_a_program_s_button_acts_on(hands: Hands) -> None:
    # Selecting a Qt row through the tree moved only the selection: the program's current row,
    # which its buttons act on, stayed where it was ("Mark favourite": "Select a contact first").
    process = qt_program(QT_CURRENT_ROW, "Star contact")
    try:
        steps, outcome = run(hands, "Click Grace Hopper and click Star contact")
        assert outcome.status == "done", [s.note for s in steps]
        assert process.communicate(timeout=10)[0].strip() == "1"
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
