"""Perception through accessibility trees: real GTK and Qt programs on Xvfb, pixels as fallback.

The unit tests hand `elements_from_tree` and `merge` made-up trees. The `display` tests start
programs nobody here wrote (Debian's zenity, a Tk window) and the practice form on a virtual
display whose private session and accessibility buses `VirtualDisplay` starts, and read them
through `ScreenReader.observe()` as the agent does.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest

from app.desktop.elements import Box, Element, ElementKind, Observation, Role
from app.desktop.perception.base import Reading, SourceError, TreeNode
from app.desktop.perception.bus import AccessibilityBuses, BusError, program_env
from app.desktop.perception.merge import merge
from app.desktop.perception.roles import elements_from_tree
from app.desktop.practice import PracticeApp
from app.desktop.sandbox import VirtualDisplay
from app.desktop.screen import ScreenReader

SCREEN = Box(0, 0, 1024, 768)


def node(parent: TreeNode | None, role: str, name: str, box: Box, *states: str, text: str = "") -> TreeNode:
    depth = 0 if parent is None else parent.depth + 1
    return TreeNode(
        "app",
        f"/{name}",
        depth,
        parent,
        role,
        name,
        frozenset(("showing", "enabled", *states)),
        box=box,
        text=text,
    )


def test_tree_roles_become_the_agents_kinds_and_captions_name_fields() -> None:
    app = node(None, "application", "prog", SCREEN)
    main = node(app, "frame", "Main", Box(0, 0, 600, 400))
    caption = node(main, "label", "Email:", Box(10, 10, 60, 20))
    field = node(main, "text", "", Box(80, 10, 200, 24), "editable", "focused", text="a@b.c")
    radio = node(main, "radio button", "Express", Box(10, 50, 100, 20), "checked")
    tab = node(main, "page tab", "Settings", Box(10, 90, 80, 20), "selected")
    dialog = node(app, "dialog", "Confirm", Box(200, 100, 200, 100), "modal")
    ok = node(dialog, "push button", "OK", Box(300, 160, 60, 24))
    elements, windows = elements_from_tree([app, main, caption, field, radio, tab, dialog, ok], SCREEN)

    assert [w.title for w in windows] == ["Confirm", "Main"]
    assert elements[0].text == "OK" and elements[0].window == "Confirm" and elements[0].states
    assert elements[0].states.modal
    email = next(e for e in elements if e.kind is ElementKind.FIELD)
    assert (email.label, email.text, email.role) == ("Email", "a@b.c", Role.TEXT_FIELD)
    assert email.states is not None and email.states.focused and email.states.editable
    assert "Email:" not in {e.text for e in elements}, "the caption became the field's name"
    express = next(e for e in elements if e.role is Role.RADIO_BUTTON)
    assert (express.kind, express.label, express.checked) == (ElementKind.CHECKBOX, "Express", True)
    settings = next(e for e in elements if e.role is Role.TAB)
    assert settings.kind is ElementKind.LABEL and settings.states is not None and settings.states.selected


def test_a_tree_element_wins_its_box() -> None:
    tree = [Element(0, ElementKind.CHECKBOX, "", Box(10, 10, 200, 20), label="I agree", role=Role.CHECK_BOX)]
    pixels = [
        Element(0, ElementKind.CHECKBOX, "", Box(10, 12, 16, 16), label="I agree"),
        Element(0, ElementKind.LABEL, "canvas text", Box(300, 300, 80, 20)),
    ]
    assert [e.name for e in merge(tree, pixels)] == ["I agree", "canvas text"]


class Broken:
    name = "broken tree"

    def __init__(self) -> None:
        self.asked = 0

    def read(self, screen: Box) -> Reading:
        self.asked += 1
        raise SourceError("no bus")

    def close(self) -> None:
        pass


def test_a_failing_source_is_a_note_and_is_not_asked_every_step() -> None:
    source = Broken()
    reader = ScreenReader(sources=[source])
    for _ in range(3):
        reading, notes = reader.read_tree(SCREEN)
        assert reading is None and notes == ["no broken tree tree (no bus): read from pixels"]
    assert source.asked == 1


def test_buses_that_cannot_start_say_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(BusError, match="at-spi2-core"):
        AccessibilityBuses(":99").start()


# --- real programs ------------------------------------------------------------------------------


@pytest.fixture
def launch(virtual_display: VirtualDisplay) -> Iterator[list[subprocess.Popen[bytes]]]:
    procs: list[subprocess.Popen[bytes]] = []
    yield procs
    for proc in procs:
        proc.terminate()
        proc.wait(timeout=5)


def start(procs: list[subprocess.Popen[bytes]], *command: str) -> None:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (install.sh installs it)")
    procs.append(subprocess.Popen(command, env=program_env(), stderr=subprocess.DEVNULL))


def observe_until(reader: ScreenReader, ready: str, timeout_s: float = 15.0) -> Observation:
    deadline = time.monotonic() + timeout_s
    while True:
        obs = reader.observe()
        if any(ready in (e.name, e.text) for e in obs.elements) or time.monotonic() > deadline:
            return obs
        time.sleep(0.2)


def widgets(obs: Observation) -> set[tuple[str, str, str]]:
    return {(str(e.role), e.kind.value, e.name) for e in obs.elements if e.kind is not ElementKind.LABEL}


@pytest.mark.display
def test_a_gtk_form_is_read_through_the_tree(
    virtual_display: VirtualDisplay, launch: list[subprocess.Popen[bytes]]
) -> None:
    assert virtual_display.accessibility.startswith("started"), virtual_display.accessibility
    start(
        launch,
        "zenity",
        "--forms",
        "--title=Sign up",
        "--text=Your details",
        "--add-entry=Name",
        "--add-password=Password",
        "--add-combo=Country",
        "--combo-values=France|Spain",
    )
    reader = ScreenReader()
    obs = observe_until(reader, "OK")
    assert obs.source == "tree", obs.notes
    assert widgets(obs) == {
        ("text field", "field", "Name"),
        ("password field", "field", "Password"),
        ("combo box", "dropdown", "Country"),
        ("button", "button", "Cancel"),
        ("button", "button", "OK"),
    }
    # A closed combo box's choices are read, not opened to look (a task asking for another
    # choice acts on nothing).
    country = next(e for e in obs.elements if e.name == "Country")
    assert country.options == ("France", "Spain")
    name = next(e for e in obs.elements if e.name == "Name")
    # With no window manager, X gives the keyboard to the window under the pointer (earlier
    # tests leave it anywhere); GTK then focuses the first field a moment later.
    from Xlib import display as xdisplay

    x = xdisplay.Display()
    x.screen().root.warp_pointer(*name.box.center)
    x.sync()
    x.close()
    deadline = time.monotonic() + 10
    while not (name.states is not None and name.states.focused) and time.monotonic() < deadline:
        time.sleep(0.2)
        name = next(e for e in reader.observe().elements if e.name == "Name")
    assert name.states is not None and name.states.focused and name.states.editable and name.states.modal
    assert name.window == "Sign up"
    reader.observe()
    assert reader.timings.ocr_s == 0.0, "a window the tree covers is not read by OCR"


@pytest.mark.display
def test_a_gtk_question_is_read_through_the_tree(launch: list[subprocess.Popen[bytes]]) -> None:
    start(launch, "zenity", "--question", "--title=Delete?", "--text=Delete the file?")
    obs = observe_until(ScreenReader(), "Yes")
    assert {("button", "button", "No"), ("button", "button", "Yes")} <= widgets(obs)
    assert any(e.kind is ElementKind.LABEL and e.text == "Delete the file?" for e in obs.elements)


@pytest.mark.display
def test_the_practice_form_is_read_through_the_tree(practice_app: PracticeApp) -> None:
    reader = ScreenReader()
    obs = observe_until(reader, "Submit")
    assert obs.source == "tree", obs.notes
    terms = next(e for e in obs.elements if e.name == "I accept the terms")
    assert (terms.role, terms.kind, terms.checked) == (Role.CHECK_BOX, ElementKind.CHECKBOX, False)
    assert {"Name", "Email", "Password"} <= {e.name for e in obs.elements if e.kind is ElementKind.FIELD}
    assert next(e for e in obs.elements if e.name == "Country").text.startswith("Choose")


TK_FORM = (
    "import tkinter as t; r=t.Tk(); r.title('Tk form'); t.Label(r,text='Name').pack(); "
    "t.Entry(r).pack(); t.Button(r,text='Save').pack(); r.mainloop()"
)


@pytest.mark.display
def test_a_program_without_a_tree_is_read_from_pixels_with_a_note(
    launch: list[subprocess.Popen[bytes]],
) -> None:
    python = "/usr/bin/python3"
    if subprocess.run([python, "-c", "import tkinter"], capture_output=True).returncode:
        pytest.skip("Debian's python3-tk is not installed (install.sh installs it)")
    start(launch, python, "-c", TK_FORM)
    obs = observe_until(ScreenReader(), "Save")
    assert obs.source == "pixels"
    assert any("Tk publishes no accessibility tree for its window 'Tk form'" in note for note in obs.notes), (
        obs.notes
    )
    assert any(e.kind is ElementKind.BUTTON and e.text == "Save" for e in obs.elements)


@pytest.mark.display
def test_a_gtk_checklists_tick_cells_are_check_boxes_named_by_their_rows(
    launch: list[subprocess.Popen[bytes]],
) -> None:
    start(
        launch,
        "zenity",
        "--list",
        "--checklist",
        "--title=Fruit",
        "--text=Pick fruit",
        "--column=Pick",
        "--column=Fruit",
        "TRUE",
        "Apples",
        "FALSE",
        "Pears",
    )
    obs = observe_until(ScreenReader(), "Pears")
    ticks = [(e.name, e.checked) for e in obs.elements if e.role is Role.CHECK_BOX]
    assert ticks == [("Apples", True), ("Pears", False)], obs.elements
    assert all(e.kind is ElementKind.CHECKBOX for e in obs.elements if e.role is Role.CHECK_BOX)
