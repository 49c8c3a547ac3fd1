"""A private virtual X display (Xvfb) for demos, tests and risky tasks.

While a `VirtualDisplay` is active, `DISPLAY` points at it, so screenshots, clicks and any program
started from here land on a screen nobody else is using; leaving the `with` block kills the
server and restores the previous `DISPLAY`. Xvfb picks a free display number itself
(`-displayfd`), so parallel test runs never collide.

A bare X server has no session D-Bus and no accessibility bus, so programs started there would
publish no widget tree: the display starts both privately (`AccessibilityBuses`) and points
`DBUS_SESSION_BUS_ADDRESS` at them while it is active. Without dbus-daemon or at-spi2-core it
still runs, `accessibility` says why, and the screen reader reads pixels only.
"""

from __future__ import annotations

import os
import select
import shutil
import socket
import subprocess
import tempfile
import time
from types import TracebackType
from typing import IO

from app.desktop.perception.bus import AccessibilityBuses, BusError
from app.desktop.processes import terminate
from app.errors import DeskhandError

INSTALL_HINT = "install Debian's xvfb: apt-get install xvfb"


class SandboxError(DeskhandError):
    """The virtual display could not be started; the message says what to do about it."""


class VirtualDisplay:
    """A private Xvfb server, active for the duration of a `with` block."""

    def __init__(self, size: tuple[int, int] = (1024, 768), depth: int = 24, timeout_s: float = 10.0) -> None:
        self.size = size
        self.depth = depth
        self.timeout_s = timeout_s
        self.display = ""
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._previous_display: str | None = None
        self._buses: AccessibilityBuses | None = None
        self._previous_bus: str | None = None
        #: What the display did about accessibility: the buses it started, or why it has none.
        self.accessibility = ""

    def start(self) -> VirtualDisplay:
        """Start Xvfb, wait until it accepts connections and point `DISPLAY` at it."""
        if self._proc is not None:
            raise SandboxError("this virtual display is already running")
        binary = shutil.which("Xvfb")
        if binary is None:
            raise SandboxError(f"Xvfb is not installed; {INSTALL_HINT}")
        read_fd, write_fd = os.pipe()
        # Xvfb's messages, kept for the error report; closed in stop(), not in a with block.
        self._log = tempfile.TemporaryFile()  # noqa: SIM115
        w, h = self.size
        try:
            # -noreset: by default Xvfb resets whenever its last client leaves, and refuses
            # connections meanwhile, which breaks back-to-back screenshots of an empty screen.
            self._proc = subprocess.Popen(
                [
                    binary,
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    f"{w}x{h}x{self.depth}",
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                pass_fds=(write_fd,),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._log,
            )
        finally:
            os.close(write_fd)
        try:
            number = self._read_display_number(read_fd)
            self._wait_for_socket(number)
        except BaseException:
            self.stop()
            raise
        finally:
            os.close(read_fd)
        self.display = f":{number}"
        self._previous_display = os.environ.get("DISPLAY")
        os.environ["DISPLAY"] = self.display
        self._start_buses()
        return self

    def _start_buses(self) -> None:
        try:
            self._buses = AccessibilityBuses(self.display).start()
        except (BusError, OSError) as e:
            self.accessibility = (
                f"no accessibility bus on {self.display} ({e}): programs are read from pixels"
            )
            return
        self._previous_bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = self._buses.session_address
        self.accessibility = (
            f"started a private session bus and accessibility bus for {self.display} ({self._buses.address})"
        )

    def stop(self) -> None:
        """Stop the buses and Xvfb, and restore the `DISPLAY` and session bus set before `start`."""
        proc, self._proc = self._proc, None
        if self._buses is not None:
            self._buses.stop()
            self._buses = None
            if self._previous_bus is None:
                os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
            else:
                os.environ["DBUS_SESSION_BUS_ADDRESS"] = self._previous_bus
        terminate(proc)
        if self.display:
            if self._previous_display is None:
                os.environ.pop("DISPLAY", None)
            else:
                os.environ["DISPLAY"] = self._previous_display
            self.display = ""
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> VirtualDisplay:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _read_display_number(self, read_fd: int) -> int:
        # Xvfb writes the number only once it listens, so this is also the readiness signal.
        deadline = time.monotonic() + self.timeout_s
        data = b""
        while not data.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise SandboxError(f"Xvfb did not start within {self.timeout_s:.0f} s{self._tail()}")
            ready, _, _ = select.select([read_fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(read_fd, 64)
            if not chunk:
                raise SandboxError(f"Xvfb exited before it was ready{self._tail()}")
            data += chunk
        return int(data.strip())

    def _wait_for_socket(self, number: int) -> None:
        path = f"/tmp/.X11-unix/X{number}"
        deadline = time.monotonic() + self.timeout_s
        while True:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                try:
                    sock.connect(path)
                    return
                except OSError as e:
                    if time.monotonic() > deadline:
                        raise SandboxError(f"Xvfb :{number} refuses connections: {e}") from e
            time.sleep(0.05)

    def _tail(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        text = self._log.read().decode(errors="replace").strip()
        return f"; Xvfb said: {text[-800:]}" if text else ""
