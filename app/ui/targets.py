"""Where a run from the window acts, as the window offers it: the sandbox or the person's desktop.

The displays themselves are `app.services.desktop`'s; a target adds what the window shows and
does about it: its label, its kind for the preferences, and whether the window hides itself
while the agent acts. The sandbox is started on the first run and kept until the window closes,
so several tasks can work on the same form.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Literal, Protocol

from app.services.desktop import Sandbox, own_desktop

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


class SandboxTarget(Sandbox):
    """The practice form on a private display; `display` reuses an X display already running."""

    kind: TargetKind = "sandbox"
    label = "Sandbox (private display with the practice form)"
    hides_window = False


class DesktopTarget:
    """The person's own desktop (the `DISPLAY` Deskhand was started on)."""

    kind: TargetKind = "desktop"
    label = "My desktop (the window hides while the agent acts)"
    hides_window = True

    def active(self) -> AbstractContextManager[str]:
        return own_desktop()

    def close(self) -> None:
        pass
