"""The tray icon: what Deskhand is doing, seen and stopped while the window is out of the way.

While the agent acts on the person's desktop the window hides itself; the tray icon's colour and
tooltip still say whether a run is going, waiting for the person's permission, or how it ended,
and its menu shows the window, stops the run or quits. The state is kept whether or not the
desktop has a system tray (`QSystemTrayIcon.isSystemTrayAvailable()`: offscreen and a bare Xvfb
have none): without one there is just no icon, and the window works as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app.ui.theme import STATE_COLOURS

TrayState = Literal["idle", "running", "waiting", "done", "stopped", "failed"]

STATE_COLORS: dict[TrayState, str] = {state: STATE_COLOURS[state] for state in get_args(TrayState)}
#: The longest task text a tooltip quotes (tray tooltips are one short line on most desktops).
TASK_CHARS = 60


@dataclass(frozen=True)
class TrayStatus:
    state: TrayState
    tooltip: str

    @property
    def color(self) -> str:
        return STATE_COLORS[self.state]

    @property
    def can_stop(self) -> bool:
        return self.state in ("running", "waiting")


def tray_status(state: TrayState, task: str = "") -> TrayStatus:
    """What the tray says in `state` about `task`."""
    quoted = f"“{task[: TASK_CHARS - 1]}…”" if len(task) > TASK_CHARS else f"“{task}”"
    tooltip = {
        "idle": "Deskhand: idle",
        "running": f"Deskhand: running {quoted}",
        "waiting": f"Deskhand: waiting for your permission ({quoted})",
        "done": f"Deskhand: done {quoted}",
        "stopped": f"Deskhand: stopped {quoted}",
        "failed": f"Deskhand: failed {quoted}",
    }[state]
    return TrayStatus(state, tooltip)


def state_icon(color: str, size: int = 64) -> QIcon:
    """A filled disc in the state's colour, with a light ring so it shows on dark and light panels."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#f4f4f4"))
    painter.setBrush(QColor(color))
    margin = size // 10
    painter.drawEllipse(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.end()
    return QIcon(pixmap)


class StatusTray(QObject):
    """The run's state for the tray; the icon itself only where the desktop has a tray."""

    changed = Signal(object)  # TrayStatus
    show_requested = Signal()
    stop_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.status = tray_status("idle")
        self.icon: QSystemTrayIcon | None = None
        self._task = ""
        self.menu = QMenu(parent)
        self.show_action = QAction("&Show the window", self.menu)
        self.stop_action = QAction("S&top the run", self.menu)
        self.quit_action = QAction("&Quit Deskhand", self.menu)
        for action, signal in (
            (self.show_action, self.show_requested),
            (self.stop_action, self.stop_requested),
            (self.quit_action, self.quit_requested),
        ):
            action.triggered.connect(signal.emit)
            self.menu.addAction(action)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
        self._show(self.status)
        if self.icon is not None:
            self.icon.show()

    def set_state(self, state: TrayState, task: str | None = None) -> None:
        if task is not None:
            self._task = task
        self._show(tray_status(state, self._task))

    def notify(self, message: str) -> None:
        """A balloon message, where the desktop shows them (the person is not looking at the window)."""
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage("Deskhand", message, state_icon(self.status.color))

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def _show(self, status: TrayStatus) -> None:
        self.status = status
        self.stop_action.setEnabled(status.can_stop)
        if self.icon is not None:
            self.icon.setIcon(state_icon(status.color))
            self.icon.setToolTip(status.tooltip)
        self.changed.emit(status)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()
