"""Where a run from the window acts: a private sandbox display or the person's own desktop.

Pure Python (no Qt): a target makes its X display the current `DISPLAY` for the length of a
run. The sandbox (a private Xvfb with the practice form, as `deskhand demo` uses) is started on
the first run and kept until the window closes, so several tasks can work on the same form.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Literal, Protocol

from app.desktop.practice import PracticeApp
from app.desktop.sandbox import VirtualDisplay

#: Which kind of target a run uses; the window's preferences name the default one.
TargetKind = Literal["sandbox", "desktop"]


class Target(Protocol):
    kind: TargetKind
    label: str
    #: The window hides itself while the agent acts, so the agent never sees or clicks it.
    hides_window: bool

    def active(self) -> AbstractContextManager[str]:
        """Make this target's display current for a run; yields the display name."""
        ...

    def close(self) -> None: ...


@contextmanager
def _display(name: str) -> Iterator[str]:
    previous = os.environ.get("DISPLAY")
    os.environ["DISPLAY"] = name
    try:
        yield name
    finally:
        if previous is None:
            os.environ.pop("DISPLAY", None)
        else:
            os.environ["DISPLAY"] = previous


class SandboxTarget:
    """The practice form on a private display; `display` reuses an X display already running."""

    kind: TargetKind = "sandbox"
    label = "Sandbox (private display with the practice form)"
    hides_window = False

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
            # start() points DISPLAY at the sandbox for good; the window wants it per run only.
            if previous is None:
                os.environ.pop("DISPLAY", None)
            else:
                os.environ["DISPLAY"] = previous
        return self._xvfb.display

    @contextmanager
    def active(self) -> Iterator[str]:
        name = self._display_name()
        if self.practice is None or not self.practice.running:
            if self.practice is not None:
                self.practice.close()
            self.state_path.parent.mkdir(parents=True, exist_ok=True)
            self.practice = PracticeApp(self.state_path, display=name).start()
        with _display(name):
            yield name

    def close(self) -> None:
        if self.practice is not None:
            self.practice.close()
            self.practice = None
        if self._xvfb is not None:
            self._xvfb.stop()
            self._xvfb = None


class DesktopTarget:
    """The person's own desktop (the `DISPLAY` Deskhand was started on)."""

    kind: TargetKind = "desktop"
    label = "My desktop (the window hides while the agent acts)"
    hides_window = True

    @contextmanager
    def active(self) -> Iterator[str]:
        yield os.environ.get("DISPLAY", "")

    def close(self) -> None:
        pass
