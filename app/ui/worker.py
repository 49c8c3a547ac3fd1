"""The agent's thread: runs one `app.services.run.TaskRun` and turns its events into Qt signals.

The window never waits on the agent: every Step, the RunResult and any failure arrive as
queued signals, and questions for the person (confirmation of a sensitive action, permission
to send) go through the `confirm` and `permission` callbacks, which block only this thread.
Stopping is the run's own (`TaskRun.stop`): the controller ends before its next action and
the run is finished in the log as "stopped".
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.agent.steps import Step, Task
from app.config import Settings
from app.services.cloud import CloudChoice
from app.services.run import Progress, RunEvent, RunRequest, RunStarted, Sessions, TaskRun
from app.ui.targets import Target

_log = logging.getLogger(__name__)

#: Time for the desktop to repaint after the window hid itself, before the first screenshot.
HIDE_SETTLE_S = 0.5

#: A yes/no question for the person, asked from this thread.
Ask = Callable[[str], bool]


class RunWorker(QObject):
    """One run at a time, in a Python thread; results come back as signals."""

    started = Signal(int)  # run id
    stepped = Signal(object)  # Step
    finished = Signal(object)  # RunResult
    failed = Signal(str)
    status = Signal(str)

    def __init__(self, settings: Settings, sessions: Sessions, confirm: Ask, permission: Ask) -> None:
        super().__init__()
        self.settings = settings
        self.sessions = sessions
        self._confirm = confirm
        self._permission = permission
        self._run: TaskRun | None = None
        self._thread: threading.Thread | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def stopping(self) -> bool:
        return self._run is not None and self._run.stopping

    def start(self, task: Task, target: Target, cloud: CloudChoice) -> None:
        if self.busy:
            raise RuntimeError("a run is already in progress")
        request = RunRequest(task, cloud, target.active)
        self._run = TaskRun(
            self.settings, request, confirm=self._confirm, ask=self._permission, sessions=self.sessions
        )
        self._thread = threading.Thread(
            target=self._drive, args=(self._run, target), name="deskhand-run", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._run is not None:
            self._run.stop()

    def wait(self, timeout_s: float) -> bool:
        """Wait for the thread to end; True when it has."""
        if self._thread is not None:
            self._thread.join(timeout_s)
        return not self.busy

    def _drive(self, run: TaskRun, target: Target) -> None:
        self.status.emit(f"preparing {target.label.split(' (')[0].lower()}…")
        if target.hides_window:
            time.sleep(HIDE_SETTLE_S)
        try:
            for event in run.events():
                self._emit(event)
        except Exception as exc:  # a programming error: say so in the window, keep the traceback
            _log.exception("the run failed")
            self.failed.emit(f"internal error: {type(exc).__name__}: {exc}")

    def _emit(self, event: RunEvent) -> None:
        if isinstance(event, Progress):
            self.status.emit(event.message)
        elif isinstance(event, RunStarted):
            self.started.emit(event.run_id)
        elif isinstance(event, Step):
            self.stepped.emit(event)
        elif event.error is not None:
            self.failed.emit(event.error)
        else:
            self.finished.emit(event)
