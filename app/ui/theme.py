"""Light, dark, or whatever the system says: the window's colours.

Qt 6.8+ lets an application ask for a colour scheme (`QStyleHints.setColorScheme`), which native
styles honour where the platform theme supports it; it does not on every Linux desktop, nor on
the offscreen platform. So the Fusion style draws the window everywhere, with an explicit light
or dark palette: the same look on every platform, and a palette a test can read. "Follow the
system" reads `QStyleHints.colorScheme()` and follows it when the system changes its mind.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.preferences import Theme

Role = QPalette.ColorRole

# Colours that carry a meaning, the same in the light and the dark theme (each reads on both).
GOOD = "#2e8b57"
BAD = "#c0392b"
CAUTION = "#b8860b"
BUSY = "#2a6fdb"
WAITING = "#e67e22"
IDLE = "#7f8c8d"
#: What ran on this machine and what went to the cloud, in every chart.
LOCAL_CALLS = "#2e8b57"
CLOUD_CALLS = "#dc781e"
#: A run's state or outcome (the tray icon, the outcome line).
STATE_COLOURS = {
    "idle": IDLE,
    "running": BUSY,
    "waiting": WAITING,
    "done": GOOD,
    "stopped": CAUTION,
    "failed": BAD,
    "refused": BAD,
}


def tinted(text: str, colour: str) -> str:
    """Rich text (already escaped) in a meaningful colour, for QLabel."""
    return f"<span style='color:{colour}'>{text}</span>"


#: (window, base, alternate base, text, button, highlight, link, disabled text)
_LIGHT = ("#efefef", "#ffffff", "#f5f5f5", "#1a1a1a", "#e6e6e6", "#2a6fdb", "#1f5fbf", "#8a8a8a")
_DARK = ("#2b2b2b", "#1e1e1e", "#262626", "#e8e8e8", "#353535", "#3d7be0", "#7fb0ff", "#7a7a7a")


def palette(dark: bool) -> QPalette:
    window, base, alternate, text, button, highlight, link, disabled = _DARK if dark else _LIGHT
    p = QPalette()
    for role, color in (
        (Role.Window, window),
        (Role.Base, base),
        (Role.AlternateBase, alternate),
        (Role.ToolTipBase, base),
        (Role.ToolTipText, text),
        (Role.PlaceholderText, disabled),
        (Role.Text, text),
        (Role.WindowText, text),
        (Role.Button, button),
        (Role.ButtonText, text),
        (Role.BrightText, "#ff5555"),
        (Role.Highlight, highlight),
        (Role.HighlightedText, "#ffffff"),
        (Role.Link, link),
    ):
        p.setColor(role, QColor(color))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return p


def system_is_dark() -> bool:
    return QApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class ThemeKeeper(QObject):
    """Applies the chosen theme to the application and re-applies "system" when the system changes."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.theme: Theme = "system"
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    @property
    def dark(self) -> bool:
        return self.theme == "dark" or (self.theme == "system" and system_is_dark())

    def apply(self, theme: Theme) -> None:
        self.theme = theme
        hints = self._app.styleHints()
        # Tell native dialogs (file pickers) too, where the platform listens; PySide6 before 6.8
        # (the dependency allows 6.6) cannot be told, and the palette alone does the work there.
        if not hasattr(hints, "setColorScheme"):
            pass
        elif theme == "system":
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
        self._app.setStyle("Fusion")
        self._app.setPalette(palette(self.dark))

    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            self._app.setPalette(palette(scheme == Qt.ColorScheme.Dark))
