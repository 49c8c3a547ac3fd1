"""A run that is cut short still ends with a complete summary and a finished run row.

Each fault is real: SIGTERM and SIGINT sent to a real `deskhand run` process, kill -9, a disk
(a small tmpfs) that fills up after the first step, an X server that dies mid-run. The run acts
on the practice form on a private Xvfb with the built-in model; the test reads the process's
stdout, its exit code and the run log, as a script or a person would.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.desktop.practice import PracticeApp
from app.desktop.sandbox import VirtualDisplay
from app.store.db import open_db
from app.store.log import RunLog
from tests.command import ROOT, SUMMARY_KEYS, deskhand, without_display
from tests.reliability import locks

pytestmark = [pytest.mark.display, pytest.mark.model]

#: Three goals, so there is time to interrupt between the first step and the end.
TASK = (
    "Type Ada into the Name field, type ada@example.com into the e-mail address box "
    "and tick the newsletter box"
)


def start_run(
    *args: str, env: dict[str, str] | None = None, sigint_ignored: bool = False
) -> subprocess.Popen[str]:
    """`deskhand run ARGS`; `sigint_ignored` starts it the way a script's background job is
    started (SIGINT ignored, which a child inherits)."""
    return subprocess.Popen(
        [sys.executable, "-m", "app", "run", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=env if env is not None else dict(os.environ),
        preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if sigint_ignored else None,
    )


def read_until(proc: subprocess.Popen[str], wanted: str, timeout_s: float = 180) -> list[str]:
    """Lines of stdout up to and including the first that holds `wanted`."""
    assert proc.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if wanted in line:
            return lines
    raise AssertionError(
        f"no line with {wanted!r} in {lines!r}; stderr: {proc.stderr.read() if proc.stderr else ''}"
    )


def finish(proc: subprocess.Popen[str], before: list[str]) -> tuple[int, list[str], str]:
    out, err = proc.communicate(timeout=180)
    return proc.returncode, before + out.splitlines(keepends=True), err


def run_row(db: Path, run_id: int) -> dict[str, object]:
    log = RunLog(open_db(db), db)
    try:
        row = log.run(run_id)
    finally:
        log.db.close()
    assert row is not None
    return dict(row)


def test_sigterm_mid_run_ends_with_a_summary_and_a_finished_row(
    practice_app: PracticeApp, deskhand_home: Path
) -> None:
    proc = start_run(TASK, "--json")
    first = read_until(proc, '"step": 1')
    proc.send_signal(signal.SIGTERM)
    code, lines, err = finish(proc, first)
    assert "Traceback" not in err, err
    summary = json.loads(lines[-1])
    assert set(summary) >= SUMMARY_KEYS and summary["outcome"] == "stopped", summary
    assert code == 1 and summary["steps"] >= 1
    row = run_row(deskhand_home / "deskhand.db", int(summary["run_id"]))
    assert row["outcome"] == "stopped" and row["finished_at"] and row["steps"] == summary["steps"]


@pytest.mark.parametrize("sigint_ignored", [False, True], ids=["terminal", "inherited-ignore"])
def test_ctrl_c_while_the_models_load_ends_cleanly(
    practice_app: PracticeApp, deskhand_home: Path, sigint_ignored: bool
) -> None:
    """Also when the parent ignored SIGINT (a full test run did: the run then went on to the end)."""
    proc = start_run(TASK, sigint_ignored=sigint_ignored)
    before = read_until(proc, "loading the models")
    proc.send_signal(signal.SIGINT)
    code, lines, err = finish(proc, before)
    assert "Traceback" not in err, err
    assert code == 1, "".join(lines) + err
    said = ("".join(lines) + err).lower()
    # Where the signal lands decides the words: inside the run ("interrupted") or while a line
    # was printed (the command asks the run to stop: "stopped").
    assert "interrupted" in said or "stopped" in said, said
    assert practice_app.state()["name"] == ""


def test_a_run_killed_outright_is_closed_by_the_next_one(
    practice_app: PracticeApp, deskhand_home: Path
) -> None:
    proc = start_run(TASK, "--json")
    first = read_until(proc, '"step": 1')
    proc.kill()
    proc.wait()
    db = deskhand_home / "deskhand.db"
    log = RunLog(open_db(db), db)
    killed = log.recent_runs(1)[0]
    log.db.close()
    assert killed["outcome"] is None  # nothing could finish it
    # The next run, even one that cannot start (no display), closes it.
    deskhand("run", "Click Submit", "--json", env=without_display())
    row = run_row(db, int(killed["id"]))
    assert row["outcome"] == "failed" and "interrupted" in str(row["reason"])
    assert row["steps"] == 1 and json.loads(first[-1])["step"] == 1


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 8 MiB tmpfs (needs root and mount rights: skipped elsewhere, unless CI is set)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True, check=False
    )
    if done.returncode != 0:
        if os.environ.get("CI") and os.geteuid() == 0:
            pytest.fail(f"cannot mount a tmpfs: {done.stderr!r}")
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr!r}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> Path:
    """Fill the file system under `folder` to the last byte."""
    filler = folder / "filler"
    with filler.open("wb") as fh:
        block = b"\0" * (1 << 16)
        try:
            while True:
                fh.write(block)
                fh.flush()
        except OSError:
            pass
    return filler


def test_a_disk_that_fills_after_the_first_step(practice_app: PracticeApp, small_disk: Path) -> None:
    db = small_disk / "deskhand.db"
    proc = start_run(TASK, "--json", "--db", str(db))
    first = read_until(proc, '"step": 1')
    filler = fill(small_disk)
    code, lines, err = finish(proc, first)
    assert "Traceback" not in err, err
    summary = json.loads(lines[-1])
    assert set(summary) >= SUMMARY_KEYS, summary
    assert code == 1 and summary["outcome"] == "failed" and "full" in str(summary["error"])
    # Once there is room again, the next run closes the one the full disk left open.
    filler.unlink()
    deskhand("run", "Click Submit", "--json", "--db", str(db), env=without_display())
    row = run_row(db, int(summary["run_id"]))
    assert row["outcome"] is not None and row["finished_at"]


def test_the_x_server_dying_mid_run(tmp_path: Path, require_xvfb: str, deskhand_home: Path) -> None:
    with (
        VirtualDisplay(size=(1024, 768)) as display,
        PracticeApp(tmp_path / "state.json", display=display.display),
    ):
        env = dict(os.environ, DISPLAY=display.display)
        proc = start_run(TASK, "--json", env=env)
        first = read_until(proc, '"step": 1')
        display.stop()
        code, lines, err = finish(proc, first)
    assert "Traceback" not in err, err
    summary = json.loads(lines[-1])
    assert set(summary) >= SUMMARY_KEYS and summary["outcome"] == "failed", summary
    assert code == 1 and "display" in str(summary["error"]).lower()


def test_a_database_locked_after_the_first_step(practice_app: PracticeApp, tmp_path: Path) -> None:
    db = tmp_path / "deskhand.db"
    proc = start_run(TASK, "--json", "--db", str(db))
    first = read_until(proc, '"step": 1')
    holder = locks.hold(db, locks.WRITER)  # another writer, hung mid-write
    try:
        code, lines, err = finish(proc, first)
    finally:
        locks.release(holder)
    assert "Traceback" not in err, err
    summary = json.loads(lines[-1])
    assert set(summary) >= SUMMARY_KEYS, summary
    assert code == 1 and summary["outcome"] == "failed" and "locked" in str(summary["error"])
    assert summary["steps"] >= 2  # the step the lock kept out of the log was still done and shown


def test_a_database_on_a_read_only_file_system(practice_app: PracticeApp, small_disk: Path) -> None:
    db = small_disk / "deskhand.db"
    made = deskhand("run", "Click Submit", "--json", "--dry-run", "--db", str(db))
    assert made.returncode in (0, 1), made.stderr
    remount = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, check=False)
    if remount.returncode != 0:
        pytest.skip(f"cannot remount read-only here: {remount.stderr!r}")
    for args in (("run", "Click Submit", "--json", "--dry-run"), ("logs",), ("stats",), ("privacy",)):
        result = deskhand(*args, "--db", str(db))
        assert "Traceback" not in result.stderr + result.stdout, result.stderr
        assert result.returncode in (0, 2), (args, result.stderr)
        if result.returncode == 2:
            assert str(db) in result.stderr + result.stdout
    run = deskhand("run", "Click Submit", "--json", "--dry-run", "--db", str(db))
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert set(summary) >= SUMMARY_KEYS and summary["outcome"] == "failed" and run.returncode == 2


def test_an_interrupt_inside_a_finalizer_is_raised_again() -> None:
    """Ctrl+C that lands in a weak reference's callback (importlib's module lock) reaches the
    command as KeyboardInterrupt instead of an "Exception ignored" traceback."""
    from types import SimpleNamespace

    from app.cli import _interrupt_in_a_finalizer

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        unraisable = SimpleNamespace(exc_type=KeyboardInterrupt, exc_value=KeyboardInterrupt(), object=None)
        with pytest.raises(KeyboardInterrupt):
            _interrupt_in_a_finalizer(unraisable)  # type: ignore[arg-type]
            time.sleep(0.1)  # the signal's handler runs at the next check
    finally:
        signal.signal(signal.SIGINT, previous)
