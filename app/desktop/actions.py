"""Mouse and keyboard through pyautogui: the only module that moves anything on screen.

Clicks, double-clicks, typing (over a field's text with select-all), keys and shortcuts,
the scroll wheel, drags, and starting a program by its desktop entry (`app.desktop.launch`).

pyautogui connects to the X display when it is imported, so it is imported here, lazily,
after `require_display()` has checked there is one, and never anywhere else. Its fail-safe
stays on: throwing the mouse into a screen corner stops the run (`StopRequested`).
"""

from __future__ import annotations

import os
from typing import Any

from app.desktop import launch
from app.desktop.display import DisplayError, require_display

#: The key names a task may use, as pyautogui spells them.
_KEY_NAMES = {
    "return": "enter",
    "escape": "esc",
    "control": "ctrl",
    "del": "delete",
    "page up": "pageup",
    "page down": "pagedown",
    "pgup": "pageup",
    "pgdn": "pagedown",
    "super": "winleft",
    "win": "winleft",
    "windows": "winleft",
    "cmd": "winleft",
    "spacebar": "space",
    "arrow up": "up",
    "arrow down": "down",
    "arrow left": "left",
    "arrow right": "right",
    "up arrow": "up",
    "down arrow": "down",
    "left arrow": "left",
    "right arrow": "right",
}


def key_names(spec: str) -> list[str]:
    """The keys of a combination as pyautogui names them: "Ctrl+S" -> ["ctrl", "s"]."""
    return [_KEY_NAMES.get(k, k) for k in (p.strip().casefold() for p in spec.split("+")) if k]


class StopRequested(Exception):
    """The person stopped the run (fail-safe corner, stop key, Stop button)."""


class Hands:
    """Clicks and typing on the current X display: what the controller's actions need."""

    def __init__(self, pause_s: float = 0.03, type_interval_s: float = 0.005) -> None:
        require_display()
        import pyautogui

        pyautogui.FAILSAFE = True
        pyautogui.PAUSE = pause_s
        self._gui: Any = pyautogui
        self._interval = type_interval_s

    def _do(self, name: str, *args: Any, **kwargs: Any) -> None:
        from Xlib import error as xerror

        try:
            getattr(self._gui, name)(*args, **kwargs)
        except self._gui.FailSafeException as exc:
            raise StopRequested("fail-safe: the mouse was moved into a screen corner") from exc
        except (xerror.ConnectionClosedError, xerror.XError, OSError) as exc:
            display = os.environ.get("DISPLAY", "")
            raise DisplayError(
                f"lost the X display {display!r} in the middle of the run ({exc or type(exc).__name__}); "
                "nothing more was done. Check that the desktop session is still running"
            ) from exc

    def click(self, x: int, y: int) -> None:
        self._do("click", x, y)

    def type_text(self, x: int, y: int, text: str, *, select_all: bool) -> None:
        """Click a field and type `text`; `select_all` types over what it holds (Ctrl+A), which
        the controller asks for only in a field verified to be the target: in a document,
        select-all would take the whole document."""
        self._do("click", x, y)
        if select_all:
            self._do("hotkey", "ctrl", "a")
        self._do("write", text, interval=self._interval)

    def double_click(self, x: int, y: int) -> None:
        self._do("doubleClick", x, y)

    def key(self, spec: str, *, presses: int = 1, at: tuple[int, int] | None = None) -> None:
        """Press a key or a combination ("enter", "ctrl+s") `presses` times; `at` first moves
        the pointer over the window meant (no click): with no window manager, X gives the keys
        to the window under the pointer."""
        if at is not None:
            self._do("moveTo", *at)
        keys = key_names(spec)
        if len(keys) == 1:
            self._do("press", keys[0], presses=presses, interval=self._interval)
            return
        for _ in range(presses):
            self._do("hotkey", *keys)

    def scroll(self, x: int, y: int, clicks: int) -> None:
        """Turn the wheel over (x, y): positive clicks scroll up, negative down."""
        self._do("scroll", clicks, x=x, y=y)

    def drag(self, x0: int, y0: int, x1: int, y1: int) -> None:
        """Press at (x0, y0), move to (x1, y1) while holding the button, release."""
        self._do("moveTo", x0, y0)
        self._do("dragTo", x1, y1, duration=0.2, button="left")

    def launch(self, program: launch.Program) -> launch.Started:
        """Start a program (no shell) and wait for its window."""
        return launch.start(program)
