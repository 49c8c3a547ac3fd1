"""Where a run acts and how the person stops it from anywhere: the desktop, as the faces see it.

A run acts on an X display: the person's own desktop (the `DISPLAY` Deskhand started on) or a
`Sandbox`, a private Xvfb with the practice form that is started at first use and kept until
closed, so several tasks can work on the same form. Each is a context that makes its display
the current `DISPLAY` for the length of a run and yields its name (`app.services.run` enters
it). The global stop hotkey is here too, so the window never imports `app.desktop`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.desktop.display import DisplayError, require_display
from app.desktop.hotkey import DEFAULT_STOP_HOTKEY, GlobalHotkey, HotkeyError, pynput_combination
from app.desktop.practice import PracticeApp
from app.desktop.sandbox import VirtualDisplay

__all__ = [
    "DEFAULT_STOP_HOTKEY",
    "DisplayError",
    "GlobalHotkey",
    "HotkeyError",
    "PracticeApp",
    "Sandbox",
    "check_hotkey",
    "own_desktop",
    "require_display",
]


def check_hotkey(keys: str) -> None:
    """Raise HotkeyError, saying why, when `keys` (Qt's portable text) cannot be a global hotkey."""
    pynput_combination(keys)


@contextmanager
def own_desktop() -> Iterator[str]:
    """The display Deskhand was started on, as it is."""
    yield os.environ.get("DISPLAY", "")


@contextmanager
def _current(name: str) -> Iterator[str]:
    previous = os.environ.get("DISPLAY")
    os.environ["DISPLAY"] = name
    try:
        yield name
    finally:
        _restore(previous)


def _restore(previous: str | None) -> None:
    if previous is None:
        os.environ.pop("DISPLAY", None)
    else:
        os.environ["DISPLAY"] = previous


class Sandbox:
    """The practice form on a private display; `display` reuses an X display already running."""

    def __init__(self, state_path: Path, display: str | None = None) -> None:
        self.state_path = state_path
        self._given_display = display
        self._xvfb: VirtualDisplay | None = None
        self.practice: PracticeApp | None = None

    def _display_name(self) -> str:
        if self._given_display:
            return self._given_display
        if self._xvfb is None:
            previous = os.environ.get("DISPLAY")
            self._xvfb = VirtualDisplay().start()
            # start() points DISPLAY at the sandbox for good; a run wants it for its length only.
            _restore(previous)
        return self._xvfb.display

    @contextmanager
    def active(self) -> Iterator[str]:
        """Start the display and the form if they are not running, and make the display current."""
        name = self._display_name()
        if self.practice is None or not self.practice.running:
            if self.practice is not None:
                self.practice.close()
            self.state_path.parent.mkdir(parents=True, exist_ok=True)
            self.practice = PracticeApp(self.state_path, display=name).start()
        with _current(name):
            yield name

    def close(self) -> None:
        if self.practice is not None:
            self.practice.close()
            self.practice = None
        if self._xvfb is not None:
            self._xvfb.stop()
            self._xvfb = None
