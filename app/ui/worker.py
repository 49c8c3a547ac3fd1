"""The agent's thread: runs one task through `app.main.execute` and reports by Qt signals.

The window never waits on the agent: every Step, the RunResult and any failure arrive as
queued signals, and questions for the person (confirmation of a sensitive action, permission
to send) go through the `confirm` and `permission` callbacks, which block only this thread.
Stop is a flag checked after each step: the generator is closed there, so the run ends within
one step, and the run is still finished in the log as "stopped".
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QObject, Signal

from app.agent.steps import Outcome, OutcomeStatus, Step, Task
from app.config import Settings
from app.desktop.practice import PracticeAppError
from app.desktop.sandbox import SandboxError
from app.desktop.screen import DisplayError
from app.main import Escalation, ProviderError, RunResult, Session, execute, finish, open_log
from app.runtimes.base import ModelError
from app.store.db import StoreError
from app.store.log import RunLog
from app.ui.targets import Target

_log = logging.getLogger(__name__)

#: What can stop a run from starting, each with a message that says what to do.
EXPECTED = (SandboxError, PracticeAppError, DisplayError, ModelError, StoreError, ProviderError)

#: Time for the desktop to repaint after the window hid itself, before the first screenshot.
HIDE_SETTLE_S = 0.5

OpenSession = Callable[[Settings], Session]
#: A yes/no question for the person, asked from this thread.
Ask = Callable[[str], bool]


@dataclass(frozen=True)
class RunRequest:
    task: Task
    target: Target
    escalation: Escalation


class SessionCache:
    """Models load once per window; the hands stay bound to the display they were made on.

    pyautogui connects to an X display when it is first imported and never reconnects, so a
    session that acted on one display cannot act on another in the same process.
    """

    def __init__(self, open_session: OpenSession) -> None:
        self._open = open_session
        self._session: Session | None = None
        self._display: str | None = None
        self._stale = False

    def get(self, settings: Settings, display: str) -> Session:
        if self._display is not None and display != self._display:
            raise DisplayError(
                f"this window already acted on display {self._display}; the mouse and keyboard "
                f"cannot move to display {display} in the same process. Restart Deskhand to switch"
            )
        if self._session is not None and self._stale:
            if self._session.pool is not None:
                self._session.pool.close()
            self._session = None
        if self._session is None:
            self._session = self._open(settings)
            self._display = display
            self._stale = False
        return self._session

    def reload_models(self) -> None:
        """A role's model was swapped: the next run loads the models again (a run going on
        now keeps the ones it started with)."""
        self._stale = True


class RunWorker(QObject):
    """One run at a time, in a Python thread; results come back as signals."""

    started = Signal(int)  # run id
    stepped = Signal(object)  # Step
    finished = Signal(object)  # RunResult
    failed = Signal(str)
    status = Signal(str)

    def __init__(self, settings: Settings, sessions: SessionCache, confirm: Ask, permission: Ask) -> None:
        super().__init__()
        self.settings = settings
        self.sessions = sessions
        self._confirm = confirm
        self._permission = permission
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def start(self, request: RunRequest) -> None:
        if self.busy:
            raise RuntimeError("a run is already in progress")
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(request,), name="deskhand-run", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def wait(self, timeout_s: float) -> bool:
        """Wait for the thread to end; True when it has."""
        if self._thread is not None:
            self._thread.join(timeout_s)
        return not self.busy

    # The questions of a run that is being stopped are all answered no.

    def confirm(self, question: str) -> bool:
        return not self._stop.is_set() and self._confirm(question)

    def permission(self, question: str) -> bool:
        return not self._stop.is_set() and self._permission(question)

    def _run(self, request: RunRequest) -> None:
        started = time.perf_counter()
        try:
            log = open_log(self.settings)
            self.status.emit(f"preparing {request.target.label.split(' (')[0].lower()}…")
            with request.target.active() as display:
                if request.target.hides_window:
                    time.sleep(HIDE_SETTLE_S)
                self.status.emit("loading the models…")
                session = self.sessions.get(self.settings, display)
                run_id = log.start_run(
                    request.task.text, model=session.models, dry_run=False, display=display
                )
                self.started.emit(run_id)
                result = self._drive(log, session, request, run_id, started)
        except EXPECTED as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a programming error: say so in the window, keep the traceback
            _log.exception("the run failed")
            self.failed.emit(f"internal error: {type(exc).__name__}: {exc}")
            return
        self.finished.emit(result)

    def _drive(
        self, log: RunLog, session: Session, request: RunRequest, run_id: int, started: float
    ) -> RunResult:
        steps: list[Step] = []
        # execute() is a generator function (annotated as an Iterator); closing it ends the run.
        run = cast(
            Generator[Step | RunResult, None, None],
            execute(
                self.settings,
                log,
                session,
                request.task,
                run_id,
                self.confirm,
                request.escalation,
                ask=self.permission,
            ),
        )
        try:
            for item in run:
                if isinstance(item, RunResult):
                    return item
                steps.append(item)
                self.stepped.emit(item)
                if self._stop.is_set():
                    break
            outcome = _outcome("stopped", "stopped by the person", steps)
        except Exception as exc:
            finish(log, run_id, _outcome("failed", f"{type(exc).__name__}: {exc}", steps), 0.0)
            raise
        finally:
            run.close()
        wall = time.perf_counter() - started
        finish(log, run_id, outcome, wall)
        return RunResult(run_id, request.task.text, outcome, wall)


def _outcome(status: OutcomeStatus, reason: str, steps: list[Step]) -> Outcome:
    calls = [c for s in steps for c in s.lm_calls]
    local = sum(1 for c in calls if c.is_local)
    return Outcome(status, reason, len(steps), len(calls), local, len(calls) - local)
