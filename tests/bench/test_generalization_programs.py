"""The generalization suite's own machinery: its task list, its judge and its programs.

The suite is only an honest measuring stick if every program starts on the display, shows its
window and prints what a person did; these tests play the person with xdotool (Qt dialogs) or
submit the form straight to the page's server (web forms), with no agent involved, and check
what the program printed and how it exited.
"""

from __future__ import annotations

import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from app.desktop.sandbox import VirtualDisplay
from bench.generalization import FIRST_FROZEN, Started, judge, start, stop, summarize
from bench.generalization_tasks import TASKS, GenTask


def _task(program: list[str]) -> GenTask:
    return GenTask("probe", "probe", program, "probe")


def _keys(*keys: str) -> None:
    subprocess.run(["xdotool", "key", "--delay", "80", *keys], check=True)


def _group(pgid: int) -> list[str]:
    """Live (not zombie) processes of the group."""
    found = subprocess.run(["ps", "-eo", "pgid=,stat="], capture_output=True, text=True).stdout
    return [
        line for line in found.splitlines() if line.split()[0] == str(pgid) and "Z" not in line.split()[1]
    ]


def _finish(started: Started, timeout_s: float = 20.0) -> tuple[int | None, str]:
    deadline = time.monotonic() + timeout_s
    while started.program.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    rc = started.program.poll()
    return rc, stop(started.program).strip()


def test_the_list_keeps_its_first_tasks_and_has_at_least_65_unique_ones() -> None:
    ids = [t.id for t in TASKS]
    assert len(ids) == len(set(ids)) >= 65
    assert ids[FIRST_FROZEN - 1] == "unsafe-injection-answer"
    assert sum(1 for t in TASKS[FIRST_FROZEN:] if t.untouched) >= 5
    assert {"qt", "web", "zenity-more"} <= {t.family for t in TASKS[FIRST_FROZEN:]}


def test_judge_reads_exit_code_output_and_sets() -> None:
    task = GenTask("t", "f", ["true"], "x", out="Cheese|Olives", as_set=True)
    assert judge(task, 0, "Olives|Cheese")
    assert not judge(task, 0, "Olives")
    assert not judge(task, 1, "Olives|Cheese")
    untouched = GenTask("u", "f", ["true"], "x", rc=None)
    assert judge(untouched, None, "")
    assert not judge(untouched, 0, "")


def test_the_summary_splits_first_and_appended_tasks_and_families() -> None:
    records = [
        {"id": TASKS[0].id, "family": TASKS[0].family, "success": True, "crashed": False, "wall_s": 1.0},
        {
            "id": "qt-save-as",
            "family": "qt",
            "success": False,
            "false_done": True,
            "crashed": False,
            "wall_s": 3.0,
        },
        {"id": "web-login", "family": "web", "success": False, "crashed": True},
    ]
    summary = summarize(records)
    assert (summary["success"], summary["false_done"], summary["crashes"]) == (0.333, 0.333, 1)
    assert summary["first_47"]["tasks"] == 1 and summary["appended"]["tasks"] == 2
    assert summary["appended"]["median_episode_s"] == 3.0
    assert summary["families"]["web"]["crashes"] == 1 and summary["by_family"]["qt"] == "0/1"


@pytest.mark.display
@pytest.mark.parametrize(
    ("kind", "keys", "rc", "out"),
    [
        ("unsaved", ["Return"], 0, "Save"),
        ("unsaved", ["Escape"], 1, "Cancel"),
        ("text", ["B", "g", "Return"], 0, "Bg|True"),
        ("int", ["ctrl+a", "3", "Return"], 0, "3|True"),
        ("preferences", ["Escape"], 1, "Light|autosave=False|stats=True|False"),
        ("wizard", ["Escape"], 1, "accepted=False|Typical|False"),
    ],
)
def test_a_qt_dialog_says_when_it_is_shown_and_prints_the_answer(
    virtual_display: VirtualDisplay, kind: str, keys: list[str], rc: int, out: str
) -> None:
    task = next(t for t in TASKS if t.program[-1] == kind)
    started = start(task)
    assert started.ready.exists(), "the dialog never said it was on screen"
    assert started.program.poll() is None
    _keys(*keys)
    assert _finish(started) == (rc, out)


@pytest.mark.display
def test_the_qt_save_as_dialog_prints_the_chosen_path(virtual_display: VirtualDisplay) -> None:
    started = start(next(t for t in TASKS if t.id == "qt-save-as"))
    assert started.ready.exists()
    subprocess.run(["xdotool", "key", "ctrl+a"], check=True)
    subprocess.run(["xdotool", "type", "--delay", "40", "probe.txt"], check=True)
    _keys("Return")
    assert _finish(started) == (0, "/tmp/gen-qt-docs/probe.txt")


@pytest.mark.display
@pytest.mark.usefixtures("require_chromium")
@pytest.mark.parametrize(
    ("page", "form", "out"),
    [
        ("login.html", {"login": "kim", "password": "swordfish"}, "login=kim|password=swordfish"),
        ("search.html", {"q": "cats and dogs"}, "q=cats and dogs"),
    ],
)
def test_a_web_form_in_chromium_prints_what_was_submitted(
    virtual_display: VirtualDisplay, page: str, form: dict[str, str], out: str
) -> None:
    started = start(next(t for t in TASKS if t.program[-1] == page))
    assert started.ready.exists(), "the page never loaded in Chromium"
    address = started.ready.read_text()
    windows = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--class", "chromium"], capture_output=True
    )
    assert windows.stdout.split(), "no Chromium window on the display"
    body = urllib.parse.urlencode(form).encode()
    urllib.request.urlopen(urllib.request.Request(address + "submit", data=body), timeout=10).read()
    assert _finish(started) == (0, out)


@pytest.mark.display
@pytest.mark.usefixtures("require_chromium")
def test_a_web_form_ended_without_a_submission_exits_1_and_leaves_no_chromium(
    virtual_display: VirtualDisplay,
) -> None:
    started = start(next(t for t in TASKS if t.program[-1] == "settings.html"))
    assert started.ready.exists()
    assert stop(started.program) == ""
    assert started.program.returncode != 0
    deadline = time.monotonic() + 15
    while (left := _group(started.program.pid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert left == [], "Chromium outlived its form"


def test_every_new_program_file_exists() -> None:
    for task in TASKS[FIRST_FROZEN:]:
        if task.program[0] != "zenity":
            assert Path(task.program[1]).is_file()
            if task.program[1].endswith("web_form.py"):
                assert (Path(task.program[1]).parent / "pages" / task.program[2]).is_file()
