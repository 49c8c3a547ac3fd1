"""The tray's state follows a run (as the window reports it), with or without a system tray."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from app.ui.tray import STATE_COLORS, TASK_CHARS, StatusTray, TrayStatus, state_icon, tray_status


@pytest.mark.parametrize(
    ("state", "words", "can_stop"),
    [
        ("idle", "idle", False),
        ("running", "running “Type Ada”", True),
        ("waiting", "waiting for your permission (“Type Ada”)", True),
        ("done", "done “Type Ada”", False),
        ("stopped", "stopped “Type Ada”", False),
        ("failed", "failed “Type Ada”", False),
    ],
)
def test_each_state_says_what_deskhand_does_and_whether_it_can_be_stopped(
    state: str, words: str, can_stop: bool
) -> None:
    status = tray_status(state, "Type Ada")  # type: ignore[arg-type]
    assert status.tooltip == f"Deskhand: {words}"
    assert status.can_stop is can_stop and status.color == STATE_COLORS[state]  # type: ignore[index]


def test_a_long_task_is_cut_in_the_tooltip() -> None:
    task = "Type a very long address into the field " * 5
    tooltip = tray_status("running", task).tooltip
    assert tooltip.endswith("…”") and task[: TASK_CHARS - 1] in tooltip and task not in tooltip


def test_the_colours_tell_the_states_apart() -> None:
    assert len(set(STATE_COLORS.values())) == len(STATE_COLORS)


def test_without_a_system_tray_the_state_is_kept_and_the_menu_follows(qtbot: QtBot, png_dir: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    tray = StatusTray(parent)
    assert not QSystemTrayIcon.isSystemTrayAvailable() and tray.icon is None  # offscreen has none
    seen: list[TrayStatus] = []
    tray.changed.connect(seen.append)
    stops: list[bool] = []
    tray.stop_requested.connect(lambda: stops.append(True))
    tray.set_state("running", "Type Ada")
    tray.stop_action.trigger()
    assert stops == [True]
    tray.set_state("waiting")
    tray.set_state("done")
    assert [s.state for s in seen] == ["running", "waiting", "done"]
    assert seen[-1].tooltip == "Deskhand: done “Type Ada”"  # the task is remembered across states
    tray.stop_action.trigger()  # nothing to stop once the run is over
    assert stops == [True] and not tray.stop_action.isEnabled()
    tray.notify("nobody sees this without a tray")  # no tray, no balloon, no error

    strip = QPixmap(64 * len(STATE_COLORS), 64)
    strip.fill(QColor("#808080"))
    painter = QPainter(strip)
    for i, color in enumerate(STATE_COLORS.values()):
        painter.drawPixmap(64 * i, 0, state_icon(color).pixmap(64, 64))
    painter.end()
    strip.save(str(png_dir / "tray-states.png"))
    centre = state_icon(STATE_COLORS["failed"]).pixmap(64, 64).toImage().pixelColor(32, 32)
    assert centre.name() == STATE_COLORS["failed"]
