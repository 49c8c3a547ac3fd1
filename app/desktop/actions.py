"""Mouse and keyboard through pyautogui: the only module that moves anything on screen.

pyautogui connects to the X display when it is imported, so it is imported here, lazily,
after `require_display()` has checked there is one, and never anywhere else. Its fail-safe
stays on: throwing the mouse into a screen corner stops the run (`StopRequested`).
"""

from __future__ import annotations

import os
from typing import Any

from app.desktop.display import DisplayError, require_display


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
