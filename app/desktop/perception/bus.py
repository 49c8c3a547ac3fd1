"""Finding, or starting, the buses screen readers use: the session D-Bus and AT-SPI's own bus.

Every desktop session (GNOME, KDE, Xfce) starts a session bus at login and, on it, the
accessibility bus launcher (`org.a11y.Bus`), whose `GetAddress` names the bus where programs
publish their widgets. A bare X server (Xvfb, the sandbox, CI) has neither, so
`AccessibilityBuses.start()` starts both, privately, before Deskhand launches anything there:
`dbus-daemon --session`, then Debian's `at-spi-bus-launcher`, which also starts the registry.
`program_env()` is what a program Deskhand starts needs to publish its tree (GTK and Qt).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.desktop.processes import terminate

#: Where Debian and Fedora put AT-SPI's launcher and registry (not on PATH).
LIBEXEC_DIRS = (Path("/usr/libexec"), Path("/usr/lib/at-spi2-core"), Path("/usr/lib/at-spi2"))
INSTALL_HINT = "install Debian's dbus-daemon and at-spi2-core: apt-get install dbus-daemon at-spi2-core"
#: The accessibility switches of the toolkits Deskhand meets: Qt publishes only when a screen
#: reader is flagged on the bus unless told to always; GTK publishes unless NO_AT_BRIDGE is set.
#: Chromium's switch that builds its accessibility tree from the start, browser and pages.
CHROMIUM_FLAG = "--force-renderer-accessibility"
#: Names of Chromium-based browsers, as programs and as their commands.
CHROMIUM_NAMES = ("chromium", "chrome", "brave", "vivaldi", "msedge", "microsoft-edge", "opera")
PROGRAM_ENV = {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1", "GTK_A11Y": "atspi"}


class BusError(Exception):
    """A bus could not be found or started; the message says why (never leaves the package)."""


def _libexec(name: str) -> str | None:
    for folder in LIBEXEC_DIRS:
        candidate = folder / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which(name)


def accessibility_address(session_address: str, timeout_s: float = 1.0) -> str:
    """The accessibility bus's address, asked of `org.a11y.Bus` on the session bus."""
    from jeepney import DBusAddress, new_method_call  # type: ignore[import-untyped]
    from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

    target = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
    try:
        with open_dbus_connection(bus=session_address) as conn:
            reply = conn.send_and_get_reply(new_method_call(target, "GetAddress"), timeout=timeout_s)
    except Exception as e:  # jeepney raises OSError, DBusErrorResponse, TimeoutError, ValueError
        raise BusError(f"no accessibility bus on the session bus ({e})") from e
    body = reply.body
    if not body or not isinstance(body[0], str) or not body[0]:
        raise BusError(f"the session bus's org.a11y.Bus answered {body!r}")
    return body[0]


def root_window_address(display: str) -> str:
    """The accessibility bus named on the X root window (`AT_SPI_BUS`), set by the launcher."""
    try:
        from Xlib import X
        from Xlib import display as xdisplay

        conn = xdisplay.Display(display)
    except Exception as e:
        raise BusError(f"cannot open X display {display!r} ({e})") from e
    try:
        prop = conn.screen().root.get_full_property(conn.intern_atom("AT_SPI_BUS"), X.AnyPropertyType)
    finally:
        conn.close()
    if prop is None or not prop.value:
        raise BusError("no AT_SPI_BUS on the X root window")
    value = prop.value
    return value.decode() if isinstance(value, bytes) else str(value)


def find_accessibility_bus() -> str:
    """The accessibility bus of the current session (session bus first, then the X root window)."""
    reasons = []
    session = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if session:
        try:
            return accessibility_address(session)
        except BusError as e:
            reasons.append(str(e))
    else:
        reasons.append("DBUS_SESSION_BUS_ADDRESS is not set")
    display = os.environ.get("DISPLAY", "")
    if display:
        try:
            return root_window_address(display)
        except BusError as e:
            reasons.append(str(e))
    raise BusError("; ".join(reasons))


def announce_screen_reader() -> None:
    """Tell the session's programs an assistive technology is listening (`org.a11y.Status.IsEnabled`).

    Qt publishes its tree only when this is set; a running Qt program starts publishing when it
    changes. `ScreenReaderEnabled` is left alone: GNOME's settings daemon answers it by starting
    Orca, which then reads the screen aloud. Chromium (156) ignores both: see `program_command`.
    Best effort: without a session bus nothing is said.
    """
    session = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if not session:
        return
    from jeepney import DBusAddress, Properties
    from jeepney.io.blocking import open_dbus_connection

    status = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Status")
    try:
        with open_dbus_connection(bus=session) as conn:
            conn.send_and_get_reply(Properties(status).set("IsEnabled", "b", True), timeout=1.0)
    except Exception:  # no launcher on this bus, or a read-only property: nothing to announce
        return


def is_chromium(program: str) -> bool:
    """Whether a program (its AT-SPI name or its command) is a Chromium-based browser."""
    name = Path(program).name.casefold()
    return any(word in name for word in CHROMIUM_NAMES)


def program_command(argv: Sequence[str]) -> list[str]:
    """`argv` made for a program that should publish its tree: a Chromium gets `CHROMIUM_FLAG`.

    Chromium builds its accessibility tree only when started with the flag: a screen reader's
    signals (`org.a11y.Status`, listeners on the registry) do not switch on a running one.
    """
    command = list(argv)
    if command and is_chromium(command[0]) and CHROMIUM_FLAG not in command:
        command.insert(1, CHROMIUM_FLAG)
    return command


def why_no_tree(program: str, title: str) -> str:
    """The note for a window whose program publishes no widgets: which program, and why if known."""
    name = program or "a program"
    if is_chromium(program):
        # Measured with Debian's chromium 156 on Xvfb: org.a11y.Status IsEnabled and
        # ScreenReaderEnabled set before it started, event listeners registered on the
        # registry and an AT-SPI application named "orca" all left its frames childless.
        return (
            f"{name} publishes only the frame of its window {title!r}: Chromium builds its tree only "
            f"when started with {CHROMIUM_FLAG} (as Deskhand starts it); read from pixels"
        )
    return f"{name} publishes no accessibility tree for its window {title!r}: read from pixels"


def program_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """`base` (default: this process's environment) made for a program that should publish its tree."""
    env = dict(os.environ if base is None else base)
    env.pop("NO_AT_BRIDGE", None)
    env.update(PROGRAM_ENV)
    return env


@dataclass
class AccessibilityBuses:
    """A private session bus and accessibility bus for one X display; `stop()` ends both."""

    display: str
    timeout_s: float = 5.0
    session_address: str = ""
    address: str = ""
    _procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self) -> AccessibilityBuses:
        """Start `dbus-daemon --session` and `at-spi-bus-launcher`; raise `BusError` if either fails."""
        daemon = shutil.which("dbus-daemon")
        launcher = _libexec("at-spi-bus-launcher")
        if daemon is None or launcher is None:
            raise BusError(f"dbus-daemon or at-spi-bus-launcher is missing; {INSTALL_HINT}")
        try:
            bus = subprocess.Popen(
                [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            self._procs.append(bus)
            assert bus.stdout is not None
            self.session_address = bus.stdout.readline().decode().strip()
            if not self.session_address:
                raise BusError("dbus-daemon --session printed no address")
            env = dict(os.environ, DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS=self.session_address)
            # --launch-immediately: start the accessibility bus now, not on the first request.
            self._procs.append(
                subprocess.Popen(
                    [launcher, "--launch-immediately"],
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
            )
            self.address = self._wait_for_address()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_for_address(self) -> str:
        deadline = time.monotonic() + self.timeout_s
        while True:
            try:
                return accessibility_address(self.session_address, timeout_s=0.5)
            except BusError:
                if time.monotonic() > deadline:
                    raise
            time.sleep(0.05)

    def stop(self) -> None:
        """End the launcher (which ends the accessibility bus and registry) and the session bus."""
        for proc in reversed(self._procs):
            _end_group(proc)
        self._procs.clear()


def _end_group(proc: subprocess.Popen[bytes]) -> None:
    # The launcher starts the accessibility bus and the registry as its children: end the group.
    with contextlib.suppress(OSError):
        os.killpg(proc.pid, signal.SIGTERM)
    terminate(proc)
    if proc.stdout is not None:
        proc.stdout.close()
