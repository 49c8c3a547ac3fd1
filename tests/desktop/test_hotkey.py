"""The global stop hotkey fires on a real X display (Xvfb), pressed by xdotool like a person would."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from app.desktop.hotkey import DEFAULT_STOP_HOTKEY, GlobalHotkey, HotkeyError, pynput_combination
from app.desktop.sandbox import VirtualDisplay


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("Ctrl+Alt+End", "<ctrl>+<alt>+<end>"),
        ("Ctrl+Shift+F12", "<ctrl>+<shift>+<f12>"),
        ("Meta+PgDown", "<cmd>+<page_down>"),
        ("Ctrl+Alt+S", "<ctrl>+<alt>+s"),
        ("Ctrl++", "<ctrl>++"),
    ],
)
def test_qt_key_sequences_become_pynput_combinations(keys: str, expected: str) -> None:
    assert pynput_combination(keys) == expected


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ("", "not a key combination"),
        ("End", "needs Ctrl, Alt or Meta"),
        ("Shift+A", "needs Ctrl, Alt or Meta"),
        ("Hyper+End", "unknown modifier 'Hyper'"),
        ("Ctrl+Alt", "ends in a modifier"),
        ("Ctrl+VolumeUp", "cannot listen for: 'VolumeUp'"),
    ],
)
def test_an_unusable_hotkey_is_refused_with_the_reason(keys: str, message: str) -> None:
    with pytest.raises(HotkeyError, match=message):
        pynput_combination(keys)


def press(display: VirtualDisplay, keys: str) -> None:
    subprocess.run(["xdotool", "key", keys], check=True, env={**os.environ, "DISPLAY": display.display})


@pytest.mark.display
def test_the_hotkey_fires_on_the_display_and_stops_listening_when_stopped(
    virtual_display: VirtualDisplay,
) -> None:
    pressed: list[str] = []
    fired = threading.Event()

    def on_press() -> None:
        pressed.append(threading.current_thread().name)
        fired.set()

    hotkey = GlobalHotkey(DEFAULT_STOP_HOTKEY, on_press).start()
    assert hotkey.listening
    try:
        press(virtual_display, "End")  # the key alone is not the hotkey
        press(virtual_display, "ctrl+alt+End")
        assert fired.wait(10), "the hotkey did not fire"
        assert len(pressed) == 1 and pressed[0] != threading.current_thread().name
    finally:
        hotkey.stop()
    assert not hotkey.listening
    press(virtual_display, "ctrl+alt+End")  # ends pynput's thread (it wakes on the next event)
    assert hotkey.join(10) and len(pressed) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11's DISPLAY")
def test_without_a_display_the_hotkey_says_what_to_use_instead(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    with pytest.raises(HotkeyError, match="Stop button"):
        GlobalHotkey(DEFAULT_STOP_HOTKEY, lambda: None).start()
