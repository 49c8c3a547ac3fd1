"""Is there a display to look at and act on? Asked before anything heavy loads.

Qt aborts the whole process when it cannot reach its display, and pyautogui connects when it
is imported, so every face asks here first and gets a `DisplayError` that says what to do. The
module imports nothing heavy (no OpenCV, no Qt), so `deskhand` answers fast whatever it checks.
"""

from __future__ import annotations

import os

from app.errors import DeskhandError


class DisplayError(DeskhandError):
    """There is no screen to look at; the message says how to get one."""


def require_display() -> str:
    """The X display to act on; a DisplayError saying what to do when there is none."""
    display = os.environ.get("DISPLAY", "")
    if not display:
        raise DisplayError(
            "no X display: DISPLAY is not set. Run Deskhand inside your desktop session, "
            "or use `deskhand demo`, which starts its own virtual display"
        )
    from Xlib import display as xdisplay
    from Xlib import error as xerror

    try:
        xdisplay.Display(display).close()
    except (
        xerror.DisplayError,
        xerror.ConnectionClosedError,
        xerror.XauthError,
        xerror.XNoAuthError,
        xerror.XError,
        OSError,
    ) as exc:
        raise DisplayError(
            f"cannot connect to X display {display!r} ({exc}). Check DISPLAY, or use "
            "`deskhand demo`, which starts its own virtual display"
        ) from exc
    return display
