"""The global stop hotkey: one key combination stops a run even while the window is hidden.

When the agent acts on the person's own desktop the window hides itself, so neither its Stop
button nor Esc can be reached; a system-wide hotkey can. pynput listens for it on a thread of its
own (X11 through the RECORD extension, Windows through a keyboard hook, macOS once the terminal or
app has the accessibility permission) and calls `on_press` on that thread: the caller hands the
call on to its own thread. Key combinations are written as Qt writes them ("Ctrl+Alt+End"), so
the window can show and edit them, and are translated here. No Qt in this module.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from app.errors import DeskhandError

#: Ctrl+Alt+Esc is KDE's "kill a window" and Ctrl+Shift+Esc opens the Windows task manager, so
#: the default avoids Esc; End sits on every keyboard and means nothing with Ctrl+Alt held.
DEFAULT_STOP_HOTKEY = "Ctrl+Alt+End"

#: How long starting may take before the listener counts as broken (it connects to the display).
READY_TIMEOUT_S = 5.0

_MODIFIERS = {"ctrl": "<ctrl>", "alt": "<alt>", "shift": "<shift>", "meta": "<cmd>"}
#: Qt's names of named keys -> pynput's (`pynput.keyboard.Key` members).
_NAMED_KEYS = {
    "esc": "esc",
    "tab": "tab",
    "backspace": "backspace",
    "return": "enter",
    "enter": "enter",
    "ins": "insert",
    "del": "delete",
    "pause": "pause",
    "print": "print_screen",
    "home": "home",
    "end": "end",
    "left": "left",
    "up": "up",
    "right": "right",
    "down": "down",
    "pgup": "page_up",
    "pgdown": "page_down",
    "space": "space",
    "menu": "menu",
    "scrolllock": "scroll_lock",
    "numlock": "num_lock",
    **{f"f{n}": f"f{n}" for n in range(1, 21)},
}


class HotkeyError(DeskhandError):
    """The hotkey is malformed or cannot be listened for; the message says what to do."""


def pynput_combination(keys: str) -> str:
    """Qt's "Ctrl+Alt+End" as pynput's "<ctrl>+<alt>+<end>"; HotkeyError when it is not usable.

    A stop key needs at least one modifier besides Shift, so typing never triggers it.
    """
    parts = [p.strip() for p in keys.split("+")]
    if keys.endswith("+"):  # "Ctrl++" names the plus key itself
        parts = [*parts[:-2], "+"]
    if not keys.strip() or any(not p for p in parts):
        raise HotkeyError(f"the stop hotkey {keys!r} is not a key combination; write it like Ctrl+Alt+End")
    *modifiers, key = parts
    translated: list[str] = []
    for modifier in modifiers:
        name = _MODIFIERS.get(modifier.lower())
        if name is None:
            raise HotkeyError(
                f"the stop hotkey {keys!r} has an unknown modifier {modifier!r}; use Ctrl, Alt, Shift or Meta"
            )
        translated.append(name)
    if not set(translated) - {"<shift>"}:
        raise HotkeyError(
            f"the stop hotkey {keys!r} needs Ctrl, Alt or Meta, or typing could trigger it; e.g. Ctrl+Alt+End"
        )
    if key.lower() in _MODIFIERS:
        raise HotkeyError(f"the stop hotkey {keys!r} ends in a modifier; add a key, e.g. Ctrl+Alt+End")
    if len(key) == 1:
        translated.append(key.lower())
    elif key.lower() in _NAMED_KEYS:
        translated.append(f"<{_NAMED_KEYS[key.lower()]}>")
    else:
        raise HotkeyError(f"the stop hotkey {keys!r} uses a key Deskhand cannot listen for: {key!r}")
    return "+".join(translated)


class GlobalHotkey:
    """Calls `on_press` (on pynput's thread) whenever `keys` are pressed, anywhere on the desktop."""

    def __init__(self, keys: str, on_press: Callable[[], None]) -> None:
        self.keys = keys
        self.combination = pynput_combination(keys)
        self._on_press = on_press
        self._listener: Any = None

    @property
    def listening(self) -> bool:
        """Started and not stopped (its thread may still be winding down)."""
        return self._listener is not None and bool(self._listener.running)

    def start(self) -> GlobalHotkey:
        """Start listening; HotkeyError says why it cannot (no display, no RECORD extension)."""
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
            raise HotkeyError(
                f"the stop hotkey {self.keys} needs an X display (DISPLAY is not set); "
                "use the Stop button, Esc or the tray icon's Stop instead"
            )
        try:
            from pynput import keyboard  # type: ignore[import-untyped]
        except ImportError as exc:  # pynput raises ImportError when it cannot reach the display
            raise HotkeyError(
                f"cannot listen for the stop hotkey {self.keys} on this desktop ({exc}); "
                "use the Stop button, Esc or the tray icon's Stop instead"
            ) from exc
        listener = keyboard.GlobalHotKeys({self.combination: self._on_press})
        listener.start()
        # wait() blocks for good when the listener dies before it is ready, so wait beside it.
        ready = threading.Thread(target=listener.wait, name="deskhand-hotkey-ready", daemon=True)
        ready.start()
        ready.join(READY_TIMEOUT_S)
        if ready.is_alive() or not listener.is_alive():
            listener.stop()
            raise HotkeyError(
                f"the keyboard listener for {self.keys} did not start within {READY_TIMEOUT_S:.0f} s "
                "(on X11 it needs the RECORD extension); use the Stop button, Esc or the tray instead"
            )
        self._listener = listener
        return self

    def stop(self) -> None:
        """Stop listening: `on_press` is not called again. On X11 pynput's (daemon) thread ends
        only at the next input event on the display (pynput PR #583), hence `join`."""
        if self._listener is not None:
            self._listener.stop()

    def join(self, timeout_s: float) -> bool:
        """Wait for the listener's thread to end after `stop`; True when it has."""
        if self._listener is None:
            return True
        self._listener.join(timeout_s)
        return not self._listener.is_alive()
