"""Chromium's accessibility tree: read when Deskhand starts the browser, a note when it cannot be.

Debian's chromium on the virtual display (not --headless: a headless browser publishes no
windows), a fresh profile, a small sign-in form from a file:// URL. Started the way Deskhand
starts programs (`program_command`, `program_env`) its widgets come with roles, names and
states; started as a person starts it, it publishes only its window frame, and the observation
says so and reads that window from pixels.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.desktop.actions import tree_click
from app.desktop.elements import ElementKind, Observation, Role
from app.desktop.perception.act import TreeHands
from app.desktop.perception.bus import CHROMIUM_FLAG, is_chromium, program_command, program_env
from app.desktop.sandbox import VirtualDisplay
from app.desktop.screen import ScreenReader

FORM = """<!doctype html><html><head><title>Sign in form</title></head><body>
<h1>Sign in</h1>
<form>
<label for="email">Email</label> <input id="email" type="email"><br>
<label for="pw">Password</label> <input id="pw" type="password"><br>
<input type="checkbox" id="keep" checked><label for="keep">Keep me signed in</label><br>
<input type="radio" name="plan" id="free"><label for="free">Free</label>
<input type="radio" name="plan" id="pro" checked><label for="pro">Pro</label><br>
<select id="country" aria-label="Country"><option>France</option><option>Spain</option></select><br>
<input type="checkbox" role="switch" id="alerts" checked><label for="alerts">Email alerts</label><br>
<a href="#help">Help</a> <button type="button">Sign in</button>
</form>
<details><summary>More options</summary><p>Remember this device</p></details></body></html>
"""


def test_only_chromium_browsers_get_the_flag() -> None:
    assert program_command(["/usr/bin/chromium", "a.html"]) == ["/usr/bin/chromium", CHROMIUM_FLAG, "a.html"]
    assert program_command(["google-chrome", CHROMIUM_FLAG]) == ["google-chrome", CHROMIUM_FLAG]
    assert program_command(["zenity", "--info"]) == ["zenity", "--info"]
    assert is_chromium("Chromium") and is_chromium("Google Chrome") and not is_chromium("Firefox")


@pytest.fixture
def browser(
    virtual_display: VirtualDisplay, require_chromium: str, tmp_path: Path
) -> Iterator[Callable[[bool], None]]:
    """Start chromium on the form: `browser(as_deskhand)`; the whole process group ends after."""
    page = tmp_path / "form.html"
    page.write_text(FORM, encoding="utf-8")
    procs: list[subprocess.Popen[bytes]] = []

    def start(as_deskhand: bool) -> None:
        argv = [require_chromium, f"--user-data-dir={tmp_path / 'profile'}", "--no-first-run", page.as_uri()]
        if os.geteuid() == 0:
            argv.insert(1, "--no-sandbox")  # chromium refuses to run as root with its sandbox
        command = program_command(argv) if as_deskhand else argv
        env = program_env() if as_deskhand else dict(os.environ)
        procs.append(
            subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
            )
        )

    yield start
    for proc in procs:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            continue
        proc.wait(timeout=10)


def observe_until(
    reader: ScreenReader, done: Callable[[Observation], bool], timeout_s: float = 30.0
) -> Observation:
    deadline = time.monotonic() + timeout_s
    while True:
        obs = reader.observe()
        if done(obs) or time.monotonic() > deadline:
            return obs
        time.sleep(0.5)


@pytest.mark.display
def test_a_page_in_chromium_started_by_deskhand_is_read_through_the_tree(
    browser: Callable[[bool], None],
) -> None:
    browser(True)
    reader = ScreenReader()
    obs = observe_until(
        reader, lambda o: any(e.role is Role.BUTTON and e.name == "Sign in" for e in o.elements)
    )
    page = {(e.role, e.name): e for e in obs.elements if e.window.startswith("Sign in form")}
    assert page[(Role.TEXT_FIELD, "Email")].kind is ElementKind.FIELD
    assert page[(Role.PASSWORD_FIELD, "Password")].states is not None
    assert page[(Role.CHECK_BOX, "Keep me signed in")].checked is True
    assert page[(Role.RADIO_BUTTON, "Free")].checked is False
    assert page[(Role.RADIO_BUTTON, "Pro")].checked is True
    country = page[(Role.COMBO_BOX, "Country")]
    assert country.kind is ElementKind.DROPDOWN
    # Its choices are read closed, and the one chosen is what it shows (its text is only its name).
    assert (country.options, country.text) == (("France", "Spain"), "France")
    assert page[(Role.LINK, "Help")].kind is ElementKind.LINK
    sign_in = page[(Role.BUTTON, "Sign in")]
    assert sign_in.handle is not None and sign_in.handle.source == "AT-SPI2"
    assert "press" in sign_in.actions  # Chromium names its actions only when asked one by one
    assert not any("Chromium" in note for note in obs.notes), obs.notes


@pytest.mark.display
def test_chromium_started_without_the_flag_is_read_from_pixels_and_the_note_says_why(
    browser: Callable[[bool], None],
) -> None:
    browser(False)
    reader = ScreenReader()
    obs = observe_until(reader, lambda o: any("Chromium" in note for note in o.notes))
    note = next(n for n in obs.notes if "Chromium" in n)
    assert "--force-renderer-accessibility" in note and "pixels" in note
    assert not any(e.role is Role.BUTTON and e.name == "Sign in" for e in obs.elements)


@pytest.mark.display
def test_a_section_of_a_page_is_expanded_through_the_tree_and_its_fields_are_left_to_the_keyboard(
    browser: Callable[[bool], None],
) -> None:
    browser(True)
    reader = ScreenReader()
    obs = observe_until(reader, lambda o: any(e.name == "More options" for e in o.elements))
    hands = TreeHands()
    try:
        more = next(e for e in obs.elements if e.name == "More options")
        result = hands.expand(more)
        assert result.done and result.expanded is True, result
        # Chromium publishes no EditableText: filling a field is the keyboard's job there.
        email = next(e for e in obs.elements if e.role is Role.TEXT_FIELD and e.name == "Email")
        filled = hands.set_text(email, "margaret.h@example.com")
        assert not filled.done and "EditableText" in filled.reason
    finally:
        hands.close()
    later = observe_until(reader, lambda o: any(e.name == "Remember this device" for e in o.elements))
    assert any(e.name == "Remember this device" for e in later.elements)


@pytest.mark.display
def test_a_page_s_switch_is_toggled_through_the_tree_and_read_back(browser: Callable[[bool], None]) -> None:
    # A switch is a toggle button with a checked state: it was clicked with the mouse, and its
    # change went unseen (a switch's pixels barely move).
    browser(True)
    reader = ScreenReader()
    obs = observe_until(reader, lambda o: any(e.name == "Email alerts" for e in o.elements))
    switch = next(e for e in obs.elements if e.name == "Email alerts")
    assert (switch.role, switch.checked) == (Role.TOGGLE_BUTTON, True)
    hands = TreeHands()
    try:
        result = tree_click(hands, switch)
    finally:
        hands.close()
    assert result is not None and result.done and result.checked is False, result
