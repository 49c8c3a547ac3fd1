"""Opening the window from the `deskhand` command; no Qt is imported until it is really wanted."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

from app.config import Settings
from app.errors import DeskhandError

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "deskhand.png"


def check_display() -> None:
    """Qt aborts the process when it cannot reach its display, so look first and explain.
    Offscreen and other non-X platforms need none; X (xcb, the default) is connected to once."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform not in ("", "xcb"):
        return
    if not os.environ.get("DISPLAY") and os.environ.get("WAYLAND_DISPLAY") and not platform:
        return  # Qt picks Wayland
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise DeskhandError(
            "no display to open the window on (DISPLAY is not set). Start Deskhand from your "
            "desktop session, or use `deskhand demo` / `deskhand run`"
        )
    from app.services.desktop import require_display

    require_display()


def window_settings(settings: Settings, data_dir: str) -> Settings:
    """The settings the window runs with: the data folder chosen in Settings, unless
    DESKHAND_HOME (which `settings` already follows) says otherwise."""
    if not data_dir or os.environ.get("DESKHAND_HOME"):
        return settings
    return replace(settings, data_dir=Path(data_dir).expanduser())


def open_window(settings: Settings) -> int:
    """Show the window and run Qt's event loop until it closes; the exit code is Qt's."""
    check_display()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.ui.preferences import APPLICATION, ORGANISATION, load_preferences, preferences_store
    from app.ui.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    QApplication.setWindowIcon(QIcon(str(ICON)))  # the window, the taskbar and the tray's default
    store = preferences_store()
    window = MainWindow(window_settings(settings, load_preferences(store).data_dir), preferences=store)
    window.start_stop_hotkey()
    window.show()
    return int(app.exec())
