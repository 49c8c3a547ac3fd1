"""Opening the window from the `deskhand` command; no Qt is imported until it is really wanted."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from app.config import Settings
from app.desktop.screen import DisplayError

if TYPE_CHECKING:
    pass


def check_display() -> None:
    """Qt aborts the process when it cannot reach a display, so look first and explain."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise DisplayError(
            "no display to open the window on (DISPLAY is not set). Start Deskhand from your "
            "desktop session, or use `deskhand demo` / `deskhand run`"
        )


def open_window(settings: Settings) -> int:
    """Show the window and run Qt's event loop until it closes; the exit code is Qt's."""
    check_display()
    from PySide6.QtWidgets import QApplication

    from app.ui.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Deskhand")
    window = MainWindow(settings)
    window.show()
    return int(app.exec())
