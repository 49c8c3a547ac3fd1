"""The practice programs start on a real Xvfb display and record what is done to them.

They are driven here with xdotool, not with Deskhand's own hands, so the programs' bookkeeping
(the state files benchmarks and tests judge the agent by) is checked on its own.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.desktop.practice import PracticeAppError, PracticeDesk, PracticeProgram, PracticeWeb
from app.desktop.sandbox import VirtualDisplay

pytestmark = pytest.mark.display


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10)


def click(x: int, y: int) -> None:
    xdotool("mousemove", str(x), str(y), "click", "1")


def wait_for(
    program: PracticeProgram, test: Callable[[dict[str, Any]], bool], timeout_s: float = 30
) -> dict[str, Any]:
    """The program's state once `test` holds (its record follows each change within moments)."""
    deadline = time.monotonic() + timeout_s
    while True:
        state = program.state()
        if test(state) or time.monotonic() > deadline:
            return state
        time.sleep(0.1)


def test_the_desk_starts_on_its_tab_and_records_its_defaults(practice_desk: PracticeDesk) -> None:
    state = practice_desk.state()
    assert practice_desk.running
    assert state["tab"] == "Contacts"
    assert [c["name"] for c in state["contacts"]] == ["Alice Martin", "Bob Chen", "Carla Diaz"]
    assert state["settings"] == state["applied_settings"]
    assert state["dialog"] == "" and state["menu_log"] == [] and state["exports"] == []


def test_the_desk_records_tabs_checkboxes_and_applied_settings(practice_desk: PracticeDesk) -> None:
    click(324, 65)  # the Settings tab
    assert wait_for(practice_desk, lambda s: s["tab"] == "Settings")["tab"] == "Settings"
    click(60, 118)  # the Dark mode check box
    state = wait_for(practice_desk, lambda s: s["settings"]["dark_mode"])
    assert state["settings"]["dark_mode"] is True
    assert state["applied_settings"]["dark_mode"] is False  # not applied yet
    click(125, 304)  # Apply settings
    assert (
        wait_for(practice_desk, lambda s: s["applied_settings"]["dark_mode"])["status"] == "Settings applied"
    )


def test_the_desk_records_a_dialog_while_it_is_open(practice_desk: PracticeDesk) -> None:
    click(592, 128)  # Add contact
    assert wait_for(practice_desk, lambda s: s["dialog"] == "new contact")["dialog"] == "new contact"
    xdotool("key", "Escape")
    state = wait_for(practice_desk, lambda s: s["dialog"] == "")
    assert state["dialogs_cancelled"] == 1 and len(state["contacts"]) == 3


def test_the_desk_can_start_on_another_tab(virtual_display: VirtualDisplay, tmp_path: Path) -> None:
    with PracticeDesk(tmp_path / "desk.json", tab="Notes", display=virtual_display.display) as desk:
        assert desk.state()["tab"] == "Notes"


def test_the_web_page_reports_its_state_through_the_local_server(practice_web: PracticeWeb) -> None:
    state = practice_web.state()
    assert practice_web.url.startswith("http://127.0.0.1:")
    assert state["page"] == "signup" and state["ready"] is True
    assert state["first_name"] == "" and state["plan"] == "Free" and state["created"] is None


def test_the_web_page_records_typing_and_ticking(practice_web: PracticeWeb) -> None:
    click(385, 109)  # First name
    xdotool("type", "--delay", "30", "Ada")
    assert wait_for(practice_web, lambda s: s["first_name"] == "Ada")["first_name"] == "Ada"
    click(58, 340)  # the Send me product news check box
    assert wait_for(practice_web, lambda s: s["news"])["news"] is True


def test_the_settings_page_opens_on_the_tab_asked_for(
    virtual_display: VirtualDisplay, require_chromium: str, tmp_path: Path
) -> None:
    with PracticeWeb(
        tmp_path / "web.json", page="settings", tab="Privacy", display=virtual_display.display
    ) as web:
        state = web.state()
        assert state["page"] == "settings" and state["tab"] == "Privacy"
        assert state["visibility"] == "Public" and state["deleted"] is False


def test_closing_the_web_page_ends_the_browser_and_the_server(
    virtual_display: VirtualDisplay, require_chromium: str, tmp_path: Path
) -> None:
    web = PracticeWeb(tmp_path / "web.json", display=virtual_display.display).start()
    pids = [p.pid for p in web._procs]
    web.close()
    assert not web.running
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_without_chromium_the_error_says_how_to_install_it(
    virtual_display: VirtualDisplay, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PracticeAppError, match="apt-get install chromium"):
        PracticeWeb(tmp_path / "web.json", display=virtual_display.display).start()
