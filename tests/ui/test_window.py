"""The window drives the real agent: a run fills the timeline, Stop ends it, the window never freezes.

Real Xvfb, the real practice form, OCR, the built-in model through llama.cpp and real mouse and
keyboard; only the window itself is offscreen.
"""

from __future__ import annotations

import itertools
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from app.desktop.practice import PracticeApp
from app.services.run import DEMO_TASK, RunResult, Session
from app.store.log import open_log
from app.ui.targets import DesktopTarget, SandboxTarget
from app.ui.timeline import format_call
from app.ui.tray import tray_status
from tests.ui.conftest import WindowFactory

pytestmark = [pytest.mark.display, pytest.mark.model]

TASK = "Type Ada into the Name field and click Submit"


def test_a_run_from_the_window_fills_the_timeline_and_the_window_never_freezes(
    qtbot: QtBot,
    window_factory: WindowFactory,
    sandbox: SandboxTarget,
    acting_session: Session,
    png_dir: Path,
) -> None:
    window = window_factory([sandbox], lambda _settings: acting_session)
    panel = window.run_panel
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    panel.task_box.setEditText(TASK)
    with qtbot.waitSignal(window.worker.finished, timeout=300_000) as finished:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        assert not panel.run_button.isEnabled() and panel.stop_button.isEnabled()
    timer.stop()

    result: RunResult = finished.args[0]
    assert result.outcome.status == "done", result.outcome.reason
    assert sandbox.practice is not None
    assert sandbox.practice.state()["submitted_data"]["name"] == "Ada"
    assert panel.timeline.count() == result.outcome.steps == 2
    assert "DONE" in panel.outcome.text() and panel.run_button.isEnabled()
    assert [s.index for s in panel.timeline.steps] == [0, 1]

    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 20 and max(gaps) < 0.2, f"longest pause of the event loop: {max(gaps):.3f} s"

    assert "Step 2" in panel.step_view.header.text()  # the view followed the run
    panel.timeline.setCurrentRow(0)
    assert "Step 1" in panel.step_view.header.text() and not panel.timeline.follow
    panel.timeline.setCurrentRow(1)
    step = panel.timeline.steps[1]
    assert "Step 2" in panel.step_view.header.text() and "Submit" in panel.step_view.header.text()
    pixmap = panel.step_view.image.pixmap()
    assert (pixmap.width(), pixmap.height()) == step.observation.size
    assert panel.step_view.calls.toPlainText() == "\n".join(format_call(c) for c in step.lm_calls)
    assert panel.task_box.itemText(0) == TASK  # the recent tasks, from the run log
    window.grab().save(str(png_dir / "run.png"))


def test_stop_ends_the_run_within_one_step_and_the_log_says_stopped(
    qtbot: QtBot,
    window_factory: WindowFactory,
    sandbox: SandboxTarget,
    acting_session: Session,
    png_dir: Path,
) -> None:
    window = window_factory([sandbox], lambda _settings: acting_session)
    panel = window.run_panel
    panel.task_box.setEditText(DEMO_TASK)
    with qtbot.waitSignal(window.worker.stepped, timeout=300_000):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.worker.finished, timeout=120_000) as finished:
        seen = panel.timeline.count()
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    result: RunResult = finished.args[0]
    assert result.outcome.status == "stopped"
    assert seen <= result.outcome.steps <= seen + 1
    assert panel.timeline.count() == result.outcome.steps
    assert sandbox.practice is not None and not sandbox.practice.state().get("submitted")
    run = open_log(window.settings.db_path).recent_runs(1)[0]
    assert (run["id"], run["outcome"], run["steps"]) == (result.run_id, "stopped", result.outcome.steps)
    assert "STOPPED" in panel.outcome.text()
    window.grab().save(str(png_dir / "stopped.png"))


def test_on_the_desktop_the_window_hides_while_the_agent_acts(
    qtbot: QtBot, window_factory: WindowFactory, practice_app: PracticeApp, acting_session: Session
) -> None:
    window = window_factory([DesktopTarget()], lambda _settings: acting_session)
    hidden_while_acting: list[bool] = []
    window.worker.stepped.connect(lambda _step: hidden_while_acting.append(window.isHidden()))
    window.run_panel.task_box.setEditText("Type Grace into the Name field")
    with qtbot.waitSignal(window.worker.finished, timeout=300_000) as finished:
        window.run_task()
        assert window.isHidden()
    assert finished.args[0].outcome.status == "done"
    assert hidden_while_acting == [True] and window.isVisible()
    assert practice_app.state()["name"] == "Grace"


def test_the_stop_hotkey_stops_a_desktop_run_while_the_window_is_hidden_and_the_tray_follows(
    qtbot: QtBot, window_factory: WindowFactory, practice_app: PracticeApp, acting_session: Session
) -> None:
    window = window_factory([DesktopTarget()], lambda _settings: acting_session)
    window.start_stop_hotkey()
    hotkey = window.hotkey
    assert hotkey is not None and hotkey.listening and hotkey.keys == "Ctrl+Alt+End"
    states: list[str] = []
    window.tray.changed.connect(lambda status: states.append(status.state))
    window.run_panel.task_box.setEditText(DEMO_TASK)
    with qtbot.waitSignal(window.worker.stepped, timeout=300_000):
        window.run_task()
    assert window.isHidden() and window.tray.status == tray_status("running", DEMO_TASK)
    assert not window.settings_view.save_button.isEnabled()  # settings apply between runs
    with qtbot.waitSignal(window.worker.finished, timeout=120_000) as finished:
        # As the person would, on the display the agent acts on; the window cannot be clicked.
        subprocess.run(["xdotool", "key", "ctrl+alt+End"], check=True)
    result: RunResult = finished.args[0]
    assert result.outcome.status == "stopped"
    assert not practice_app.state().get("submitted")
    assert window.isVisible() and "STOPPED" in window.run_panel.outcome.text()
    assert window.settings_view.save_button.isEnabled()
    assert states == ["running", "stopped"]
    assert window.tray.status == tray_status("stopped", DEMO_TASK)
    window.close()
    assert not hotkey.listening
    subprocess.run(["xdotool", "key", "shift"], check=True)  # pynput's thread ends at the next event
    assert hotkey.join(10)
