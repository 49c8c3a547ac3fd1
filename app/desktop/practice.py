"""Start the practice programs on an X display and read back what they recorded.

Three programs of different kinds, each in `resources/`: the practice form (`practice_app`, one
flat PySide6 form), the practice desk (`practice_desk`, a PySide6 window with menus, tabs, a list
and dialogs) and the practice web pages (`practice_web`, HTML shown in Debian's chromium and
served by a tiny local server). They are separate programs, so the agent meets them exactly as
it would meet any other window: through pixels, mouse and keyboard. What each records in its
JSON state file is the ground truth demos, tests and benchmarks check an agent's work against.

All share one shape: `start()` waits until the window is painted (the first state file),
`state()` reads the latest record, `close()` ends every process the program started.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal, Self

import app
from app.config import RUN_SCRIPT
from app.desktop.perception.bus import program_env
from app.desktop.processes import terminate
from app.errors import DeskhandError

Scenario = Literal["default", "injection"]
DeskTab = Literal["Contacts", "Notes", "Settings"]
WebPage = Literal["signup", "settings"]

RESOURCES = Path(app.__file__).parents[1] / "resources"
SCRIPT = RESOURCES / "practice_app" / "practice_app.py"
DESK_SCRIPT = RESOURCES / "practice_desk" / "practice_desk.py"
WEB_SERVER = RESOURCES / "practice_web" / "server.py"
TITLE = "Deskhand Practice Form"
SCREEN_SIZE = (1024, 768)


#: Qt's xcb plugin needs these X libraries, which a bare Debian/Ubuntu system lacks.
XCB_HINT = (
    "Qt could not open the X display; install the X libraries it needs: apt-get install "
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
    "libxkbcommon-x11-0"
)
CHROMIUM_HINT = "install Debian's chromium: apt-get install chromium"
#: Chromium as a plain, quiet, offline window: no sandbox (we run as root in CI), no GPU (Xvfb),
#: nothing phoned home, no first-run or restore bubbles over the page.
CHROMIUM_FLAGS = (
    "--no-sandbox",
    # Hides the "unsupported command-line flag" bar that --no-sandbox would put over the page.
    "--test-type",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
    "--disable-dev-shm-usage",
    "--password-store=basic",
    "--force-device-scale-factor=1",
    "--hide-scrollbars",
    "--window-position=0,0",
    f"--window-size={SCREEN_SIZE[0]},{SCREEN_SIZE[1]}",
)


def python_command(script: Path, *args: str) -> list[str]:
    """The command that runs one of the practice programs' Python files with its arguments.

    From source, this Python runs it. In a frozen bundle (PyInstaller) `sys.executable` is
    Deskhand itself, which runs the file through its hidden `--run-script` entry instead.
    """
    runner = [sys.executable, RUN_SCRIPT] if getattr(sys, "frozen", False) else [sys.executable]
    return [*runner, str(script), *args]


class PracticeAppError(DeskhandError):
    """A practice program did not come up; the message carries what it printed."""


def chromium_binary() -> str | None:
    """Debian's chromium (or a Chrome) on PATH, if any."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class PracticeProgram:
    """A running practice program; `state()` is what it has recorded so far.

    Subclasses say what to launch (`_launch`); this class owns the processes, their output, the
    wait for the first state file and the clean-up.
    """

    #: How the program is named in error messages.
    label = "the practice program"

    def __init__(self, state_path: Path, display: str | None = None, timeout_s: float = 20.0) -> None:
        self.state_path = Path(state_path)
        self.display = display if display is not None else os.environ.get("DISPLAY", "")
        self.timeout_s = timeout_s
        self._procs: list[subprocess.Popen[bytes]] = []
        self._logs: list[IO[bytes]] = []

    def start(self) -> Self:
        """Launch the program and wait until it has shown its window and written its first state."""
        if not self.display:
            raise PracticeAppError(f"no X display to show {self.label} on: set DISPLAY")
        # A stale file from an earlier run would look like "ready" before the window exists.
        self.state_path.unlink(missing_ok=True)
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._launch()
            self._wait_for(self.state_path, "show its window")
        except BaseException:
            self.close()
            raise
        return self

    def _launch(self) -> None:
        raise NotImplementedError

    def _spawn(self, command: list[str], *, group: bool = False) -> subprocess.Popen[bytes]:
        """Start one process of the program; `group` gives it (and its children) its own group."""
        # program_env: the program publishes its widget tree (Qt only does when told to).
        env = program_env(dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb"))
        # The program's output, kept for the error report; closed in close(), not in a with block.
        log = tempfile.TemporaryFile()  # noqa: SIM115
        self._logs.append(log)
        proc = subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=group,
        )
        self._procs.append(proc)
        return proc

    def state(self) -> dict[str, Any]:
        """The program's latest state file (it is replaced atomically, so always whole)."""
        data: dict[str, Any] = json.loads(self.state_path.read_text(encoding="utf-8"))
        return data

    def output(self) -> str:
        """What the program's processes have printed so far (warnings, tracebacks)."""
        texts = []
        for log in self._logs:
            log.seek(0)
            texts.append(log.read().decode(errors="replace"))
        return "\n".join(t for t in texts if t)

    @property
    def running(self) -> bool:
        return bool(self._procs) and all(p.poll() is None for p in self._procs)

    def close(self) -> None:
        """End every process, newest first (a browser before the server it reads from)."""
        procs, self._procs = self._procs, []
        for proc in reversed(procs):
            terminate(proc)
        logs, self._logs = self._logs, []
        for log in logs:
            log.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _wait_for(self, path: Path, what: str) -> None:
        deadline = time.monotonic() + self.timeout_s
        while not path.exists():
            for proc in self._procs:
                code = proc.poll()
                if code is not None:
                    output = self.output()
                    hint = f"\n{XCB_HINT}" if "platform plugin" in output else ""
                    raise PracticeAppError(
                        f"{self.label} exited with code {code} before it was ready:\n{output[-2000:]}{hint}"
                    )
            if time.monotonic() > deadline:
                raise PracticeAppError(
                    f"{self.label} did not {what} within {self.timeout_s:.0f} s:\n{self.output()[-2000:]}"
                )
            time.sleep(0.05)


class PracticeApp(PracticeProgram):
    """The practice form (resources/practice_app), in its default or prompt-injection scenario."""

    label = "the practice app"

    def __init__(
        self,
        state_path: Path,
        scenario: Scenario = "default",
        display: str | None = None,
        timeout_s: float = 20.0,
    ) -> None:
        super().__init__(state_path, display, timeout_s)
        self.scenario = scenario

    def _launch(self) -> None:
        if not SCRIPT.is_file():
            raise PracticeAppError(f"practice app not found at {SCRIPT}")
        self._spawn(python_command(SCRIPT, "--state", str(self.state_path), "--scenario", self.scenario))


class PracticeDesk(PracticeProgram):
    """The practice desk (resources/practice_desk): menus, tabs, a contact list, dialogs."""

    label = "the practice desk"

    def __init__(
        self,
        state_path: Path,
        tab: DeskTab = "Contacts",
        display: str | None = None,
        timeout_s: float = 20.0,
    ) -> None:
        super().__init__(state_path, display, timeout_s)
        self.tab = tab

    def _launch(self) -> None:
        if not DESK_SCRIPT.is_file():
            raise PracticeAppError(f"practice desk not found at {DESK_SCRIPT}")
        self._spawn(python_command(DESK_SCRIPT, "--state", str(self.state_path), "--tab", self.tab))


class PracticeWeb(PracticeProgram):
    """A practice page (resources/practice_web) in chromium, full screen, fed by a local server.

    `tab` opens the settings page on one of its tabs. The browser gets a fresh profile folder,
    removed again on close, so no run sees another's history or cache.
    """

    label = "the practice web page"

    def __init__(
        self,
        state_path: Path,
        page: WebPage = "signup",
        tab: str | None = None,
        display: str | None = None,
        timeout_s: float = 45.0,
    ) -> None:
        super().__init__(state_path, display, timeout_s)
        self.page = page
        self.tab = tab
        self.url = ""
        self._profile: Path | None = None

    def _launch(self) -> None:
        browser = chromium_binary()
        if browser is None:
            raise PracticeAppError(f"chromium is not installed; {CHROMIUM_HINT}")
        self._profile = Path(tempfile.mkdtemp(prefix="deskhand-chromium-"))
        port_file = self._profile / "port"
        self._spawn(
            python_command(WEB_SERVER, "--state", str(self.state_path), "--port-file", str(port_file))
        )
        self._wait_for(port_file, "start its local server")
        port = int(port_file.read_text(encoding="utf-8"))
        query = f"?tab={self.tab}" if self.tab else ""
        self.url = f"http://127.0.0.1:{port}/{self.page}.html{query}"
        self._spawn(
            [browser, *CHROMIUM_FLAGS, f"--user-data-dir={self._profile / 'profile'}", f"--app={self.url}"],
            group=True,
        )

    def close(self) -> None:
        # Chromium's helpers (zygote, renderers) are in the browser's process group: end them all.
        for proc in self._procs:
            try:
                if proc.poll() is None and os.getpgid(proc.pid) == proc.pid:
                    os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        super().close()
        if self._profile is not None:
            shutil.rmtree(self._profile, ignore_errors=True)
            self._profile = None
