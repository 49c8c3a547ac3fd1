"""Start the practice form (resources/practice_app) on an X display and read back its state.

The practice app is a separate program, so the agent meets it exactly as it would meet any other
window: through pixels, mouse and keyboard. What the app records in its JSON state file is the
ground truth demos and tests check an agent's work against.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal

import app
from app.desktop.processes import terminate

Scenario = Literal["default", "injection"]

SCRIPT = Path(app.__file__).parents[1] / "resources" / "practice_app" / "practice_app.py"
TITLE = "Deskhand Practice Form"


#: Qt's xcb plugin needs these X libraries, which a bare Debian/Ubuntu system lacks.
XCB_HINT = (
    "Qt could not open the X display; install the X libraries it needs: apt-get install "
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
    "libxkbcommon-x11-0"
)


class PracticeAppError(RuntimeError):
    """The practice app did not come up; the message carries what it printed."""


class PracticeApp:
    """A running practice form; `state()` is what it has recorded so far."""

    def __init__(
        self,
        state_path: Path,
        scenario: Scenario = "default",
        display: str | None = None,
        timeout_s: float = 20.0,
    ) -> None:
        self.state_path = Path(state_path)
        self.scenario = scenario
        self.display = display if display is not None else os.environ.get("DISPLAY", "")
        self.timeout_s = timeout_s
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def start(self) -> PracticeApp:
        """Launch the app and wait until it has shown its window and written its first state."""
        if not self.display:
            raise PracticeAppError("no X display to show the practice app on: set DISPLAY")
        if not SCRIPT.is_file():
            raise PracticeAppError(f"practice app not found at {SCRIPT}")
        # A stale file from an earlier run would look like "ready" before the window exists.
        self.state_path.unlink(missing_ok=True)
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        # The app's output, kept for the error report; closed in close(), not in a with block.
        self._log = tempfile.TemporaryFile()  # noqa: SIM115
        self._proc = subprocess.Popen(
            [
                sys.executable,
                str(SCRIPT),
                "--state",
                str(self.state_path),
                "--scenario",
                self.scenario,
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        try:
            self._wait_ready()
        except BaseException:
            self.close()
            raise
        return self

    def state(self) -> dict[str, Any]:
        """The app's latest state file (it is replaced atomically, so always whole)."""
        data: dict[str, Any] = json.loads(self.state_path.read_text(encoding="utf-8"))
        return data

    def output(self) -> str:
        """What the app has printed so far (Qt warnings, tracebacks)."""
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def close(self) -> None:
        proc, self._proc = self._proc, None
        terminate(proc)
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> PracticeApp:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _wait_ready(self) -> None:
        assert self._proc is not None
        deadline = time.monotonic() + self.timeout_s
        while not self.state_path.exists():
            code = self._proc.poll()
            if code is not None:
                output = self.output()
                hint = f"\n{XCB_HINT}" if "platform plugin" in output else ""
                raise PracticeAppError(
                    f"the practice app exited with code {code} before it was ready:\n{output[-2000:]}{hint}"
                )
            if time.monotonic() > deadline:
                raise PracticeAppError(
                    f"the practice app did not show its window within {self.timeout_s:.0f} s:\n"
                    f"{self.output()[-2000:]}"
                )
            time.sleep(0.05)
