"""Acting through the tree on real zenity dialogs: each action changes what zenity prints.

zenity prints its answer when it closes (the entry's text, the ticked rows, the chosen row)
and answers a question with its exit status, so every test reads the program's own output,
not Deskhand's idea of it. The dialogs run on the session's virtual display with its private
accessibility bus; the elements come from `ScreenReader`, as the agent sees them.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable, Iterator

import pytest

from app.desktop.elements import Box, Element, ElementKind, Observation, Role, TreeHandle
from app.desktop.perception.act import TreeHands, TreeResult
from app.desktop.perception.bus import program_env
from app.desktop.sandbox import VirtualDisplay
from app.desktop.screen import ScreenReader

Dialog = Callable[..., subprocess.Popen[str]]


@pytest.fixture
def dialog(virtual_display: VirtualDisplay) -> Iterator[Dialog]:
    """Start zenity with these arguments; its stdout is read by the test."""
    if shutil.which("zenity") is None:
        pytest.skip("zenity is not installed (install.sh installs it)")
    procs: list[subprocess.Popen[str]] = []

    def start(*args: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            ["zenity", *args], env=program_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
        proc.communicate(timeout=5)


@pytest.fixture
def hands() -> Iterator[TreeHands]:
    tree = TreeHands()
    yield tree
    tree.close()


def observe_until(ready: Callable[[Observation], bool], timeout_s: float = 15.0) -> Observation:
    reader = ScreenReader()
    deadline = time.monotonic() + timeout_s
    while True:
        obs = reader.observe()
        if ready(obs) or time.monotonic() > deadline:
            return obs
        time.sleep(0.2)


def find(obs: Observation, role: Role, name: str) -> Element:
    found = [e for e in obs.elements if e.role is role and e.name == name]
    assert found, sorted((str(e.role), e.name) for e in obs.elements)
    return found[0]


def shown(role: Role, name: str) -> Callable[[Observation], bool]:
    return lambda obs: any(e.role is role and e.name == name for e in obs.elements)


def answer(proc: subprocess.Popen[str], hands: TreeHands, obs: Observation, button: str = "OK") -> str:
    """Press the dialog's button through the tree; what zenity printed."""
    assert hands.press(find(obs, Role.BUTTON, button)).done
    out, _ = proc.communicate(timeout=10)
    return out.strip()


@pytest.mark.display
def test_an_entry_is_filled_through_the_tree(dialog: Dialog, hands: TreeHands) -> None:
    proc = dialog("--entry", "--title=Rename", "--text=New name", "--entry-text=draft.txt")
    obs = observe_until(shown(Role.BUTTON, "OK"))
    field = next(e for e in obs.elements if e.kind is ElementKind.FIELD)
    result = hands.set_text(field, "final report.txt")
    assert result == TreeResult(done=True, how="EditableText.SetTextContents", text="final report.txt")
    assert answer(proc, hands, obs) == "final report.txt"


@pytest.mark.display
def test_a_password_reads_back_as_bullets_and_is_still_verified(dialog: Dialog, hands: TreeHands) -> None:
    proc = dialog("--password", "--title=Unlock")
    obs = observe_until(shown(Role.BUTTON, "OK"))
    field = next(e for e in obs.elements if e.kind is ElementKind.FIELD)
    result = hands.set_text(field, "s3cret")
    assert result.done and result.text is not None and "s3cret" not in result.text
    assert answer(proc, hands, obs) == "s3cret"


@pytest.mark.display
def test_the_tick_cells_of_a_checklist_are_toggled(dialog: Dialog, hands: TreeHands) -> None:
    proc = dialog(
        "--list", "--checklist", "--title=Fruit", "--column=Pick", "--column=Fruit",
        "FALSE", "Apple", "TRUE", "Banana", "FALSE", "Cherry",
    )  # fmt: skip
    obs = observe_until(shown(Role.CHECK_BOX, "Cherry"))
    apple, banana, cherry = (find(obs, Role.CHECK_BOX, n) for n in ("Apple", "Banana", "Cherry"))
    assert hands.toggle(apple).checked is True
    assert hands.toggle(banana, on=False).checked is False
    assert hands.toggle(cherry, on=True).done
    assert hands.toggle(cherry, on=True) == TreeResult(done=True, how="already so", checked=True)
    assert answer(proc, hands, obs) == "Apple|Cherry"


@pytest.mark.display
def test_a_radio_list_row_is_chosen(dialog: Dialog, hands: TreeHands) -> None:
    proc = dialog(
        "--list", "--radiolist", "--title=Size", "--column=Pick", "--column=Size",
        "TRUE", "Small", "FALSE", "Medium", "FALSE", "Large",
    )  # fmt: skip
    obs = observe_until(shown(Role.CHECK_BOX, "Large"))
    result = hands.toggle(find(obs, Role.CHECK_BOX, "Large"), on=True)
    assert result.done and result.checked is True, result
    assert answer(proc, hands, obs) == "Large"


@pytest.mark.display
def test_a_list_row_is_selected(dialog: Dialog, hands: TreeHands) -> None:
    proc = dialog("--list", "--title=Open", "--column=File", "notes.txt", "plan.odt", "budget.ods")
    obs = observe_until(lambda o: any(e.name == "budget.ods" for e in o.elements))
    row = next(e for e in obs.elements if e.name == "plan.odt" and e.handle is not None)
    result = hands.select(row)
    assert result.done and result.selected is True, result
    assert answer(proc, hands, obs) == "plan.odt"


@pytest.mark.display
def test_a_row_of_a_list_with_two_columns_is_selected_not_activated(dialog: Dialog, hands: TreeHands) -> None:
    # GTK's list selects by child index only with one column; its row's "activate" action is
    # the dialog's default answer with nothing chosen (zenity printed "" and exited).
    proc = dialog(
        "--list", "--title=Open project", "--column=Project", "--column=Last opened",
        "alpha-site", "yesterday", "beta-api", "last week", "gamma-docs", "in March",
    )  # fmt: skip
    obs = observe_until(lambda o: any(e.name == "in March" for e in o.elements))
    row = next(e for e in obs.elements if e.name == "beta-api" and e.handle is not None)
    result = hands.select(row)
    assert result.done and result.selected is True, result
    assert proc.poll() is None, "selecting the row closed the dialog"
    assert answer(proc, hands, obs) == "beta-api"


@pytest.mark.display
@pytest.mark.parametrize(("button", "status"), [("Yes", 0), ("No", 1)])
def test_a_question_is_answered_by_pressing_its_button(
    dialog: Dialog, hands: TreeHands, button: str, status: int
) -> None:
    proc = dialog("--question", "--title=Delete?", "--text=Delete the file?")
    obs = observe_until(shown(Role.BUTTON, "Yes"))
    answer(proc, hands, obs, button)
    assert proc.returncode == status


def test_what_the_tree_cannot_do_says_so_for_the_fallback(hands: TreeHands) -> None:
    pixels = Element(1, ElementKind.BUTTON, "OK", Box(0, 0, 40, 20))
    assert hands.press(pixels) == TreeResult(done=False, reason="read from pixels: no tree to act through")
    uia = Element(2, ElementKind.BUTTON, "OK", Box(0, 0, 40, 20), handle=TreeHandle("UIA", "", "42.1"))
    assert not hands.press(uia).done and "UIA" in hands.press(uia).reason


class _ClosedOnIt(TreeHands):
    """A tree whose press reached the program, which then closed without answering."""

    def press(self, element: Element) -> TreeResult:
        return TreeResult(
            done=False, how="an action sent", reason="Message recipient disconnected", sent=True
        )


@pytest.mark.display
def test_an_action_the_program_closed_on_is_not_repeated_with_the_mouse(
    virtual_display: VirtualDisplay,
) -> None:
    # The mouse would land on whatever is there now (another window), or do it a second time.
    import pyautogui

    from app.desktop.actions import Hands

    hands = Hands(tree=_ClosedOnIt())
    pyautogui.moveTo(5, 5)
    button = Element(
        1, ElementKind.BUTTON, "Open", Box(300, 300, 80, 20), role=Role.BUTTON,
        handle=TreeHandle("AT-SPI2", ":1.0", "/org/a11y/atspi/accessible/11"),
    )  # fmt: skip
    acted = hands.click_on(button)
    assert acted.tree and "disconnected" in acted.fallback
    assert tuple(pyautogui.position()) == (5, 5)
