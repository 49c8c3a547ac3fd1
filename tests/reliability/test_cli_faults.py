"""Careless use and broken files: every command answers with a message, never a traceback.

Each case is the fault itself, injected for real: a damaged or locked SQLite file, a malformed
TOML file, bytes that are not UTF-8 in the task, a flag out of range, no terminal and no
keyring, a display that does not exist. The command runs in a child process, as a person or a
script would run it, and the test reads its exit code, stdout and stderr.
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

from app.desktop.sandbox import VirtualDisplay
from app.store.db import open_db
from app.store.log import RunLog
from tests.command import SUMMARY_KEYS, deskhand, last_json, without_display
from tests.reliability import locks


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr + result.stdout


def a_run_log(path: Path, runs: int = 300) -> Path:
    """A real Deskhand database with enough runs to span many pages."""
    log = RunLog(open_db(path), path)
    for n in range(runs):
        run_id = log.start_run(f"task number {n} " + "x" * 200, model="m", dry_run=True, display=":9")
        log.finish_run(
            run_id,
            outcome="done",
            reason="ok",
            steps=1,
            lm_calls=0,
            local_calls=0,
            cloud_calls=0,
            wall_s=0.1,
        )
    log.db.conn.close()
    return path


def garbage_mid_file(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = os.urandom(8192)
    path.write_bytes(bytes(data))
    return path


def truncated(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3 + 100])
    return path


DAMAGE = {
    "text": lambda p: (p.write_text("not sqlite at all\n" * 100), p)[1],
    "garbage-mid-file": lambda p: garbage_mid_file(a_run_log(p)),
    "truncated": lambda p: truncated(a_run_log(p)),
}

READERS = [("privacy",), ("privacy", "--json"), ("stats",), ("stats", "--json"), ("logs",)]


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("command", READERS, ids=" ".join)
def test_a_damaged_database_is_reported_not_raised(
    tmp_path: Path, damage: str, command: tuple[str, ...]
) -> None:
    db = DAMAGE[damage](tmp_path / "deskhand.db")
    result = deskhand(*command, "--db", str(db))
    no_traceback(result)
    if damage == "garbage-mid-file" and result.returncode == 0:
        # SQLite finds damage only on the pages a query reads: a reader whose pages are intact
        # answers, and must answer from the file (the ledger is empty, the runs are there).
        assert "run " in result.stdout or "nothing has left" in result.stdout or "[]" in result.stdout
        return
    assert result.returncode == 2, result.stdout + result.stderr
    assert str(db) in result.stderr and "deskhand:" in result.stderr


@pytest.mark.display
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_run_on_a_damaged_database_still_ends_with_a_summary(
    virtual_display: VirtualDisplay, tmp_path: Path, damage: str
) -> None:
    db = DAMAGE[damage](tmp_path / "deskhand.db")
    result = deskhand("run", "Click Submit", "--json", "--dry-run", "--db", str(db))
    no_traceback(result)
    summary = last_json(result.stdout)
    assert set(summary) >= SUMMARY_KEYS and summary["outcome"] == "failed"
    if damage == "garbage-mid-file" and result.returncode == 1:
        return  # the pages the run writes were intact: it ran (and found no Submit to click)
    assert result.returncode == 2
    assert str(db) in str(summary["error"])


@pytest.fixture
def locked_db(tmp_path: Path) -> Iterator[Path]:
    """A Deskhand database that another process holds an exclusive lock on: in the middle of a
    write, in exclusive locking mode, so even readers of the WAL file cannot get in."""
    db = a_run_log(tmp_path / "deskhand.db", runs=3)
    holder = locks.hold(db, locks.EVERYONE)
    yield db
    locks.release(holder)


@pytest.mark.parametrize("command", [*READERS, ("train", "rate", "1", "good")], ids=" ".join)
def test_a_locked_database_says_who_holds_it(locked_db: Path, command: tuple[str, ...]) -> None:
    result = deskhand(*command, "--db", str(locked_db), timeout=120)
    no_traceback(result)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "locked" in result.stderr


@pytest.mark.display
def test_a_run_on_a_locked_database_ends_with_a_summary(
    virtual_display: VirtualDisplay, locked_db: Path
) -> None:
    result = deskhand("run", "Click Submit", "--json", "--dry-run", "--db", str(locked_db), timeout=120)
    no_traceback(result)
    assert result.returncode == 2
    summary = last_json(result.stdout)
    assert set(summary) >= SUMMARY_KEYS and "locked" in str(summary["error"])


def test_a_huge_count_is_not_an_overflow(tmp_path: Path) -> None:
    db = a_run_log(tmp_path / "deskhand.db", runs=2)
    for command in (("logs", "--last"), ("privacy", "--last")):
        result = deskhand(*command, "99999999999999999999", "--db", str(db))
        no_traceback(result)
        assert result.returncode in (0, 2), result.stderr
    assert "task number 1" in deskhand("logs", "--last", "99999999999999999999", "--db", str(db)).stdout


@pytest.mark.parametrize("task", ["", "   ", "\t\n"], ids=["empty", "spaces", "blank"])
def test_an_empty_task_is_refused_before_anything_happens(task: str) -> None:
    result = deskhand("run", task, "--json", env=without_display())
    no_traceback(result)
    assert result.returncode == 2
    summary = last_json(result.stdout)
    assert set(summary) >= SUMMARY_KEYS and summary["outcome"] == "failed" and summary["steps"] == 0
    assert "empty" in str(summary["error"])


def test_a_task_that_is_not_text_is_refused(tmp_path: Path) -> None:
    env = without_display()
    env["PYTHONIOENCODING"] = "utf-8"
    result = subprocess.run(
        [sys.executable, "-m", "app", "run", b"Click \xff\xfe Submit", "--json"],
        capture_output=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    out, err = result.stdout.decode(), result.stderr.decode(errors="replace")
    assert "Traceback" not in out + err
    assert result.returncode == 2
    summary = json.loads(out.strip().splitlines()[-1])
    assert set(summary) >= SUMMARY_KEYS and "UTF-8" in str(summary["error"])


@pytest.mark.parametrize(
    "args",
    [("--max-steps", "0"), ("--max-steps", "many"), ("--bogus",), ("--escalate", "sometimes")],
    ids=["zero-steps", "not-a-number", "unknown-flag", "bad-choice"],
)
def test_usage_errors_keep_the_json_contract(args: tuple[str, ...]) -> None:
    result = deskhand("run", "Click Submit", "--json", *args, env=without_display())
    no_traceback(result)
    assert result.returncode == 2
    summary = last_json(result.stdout)
    assert set(summary) >= SUMMARY_KEYS and summary["outcome"] == "failed" and summary["error"]


def test_a_usage_error_without_json_says_so_on_stderr() -> None:
    result = deskhand("run", "Click Submit", "--max-steps", "0")
    assert result.returncode == 2 and result.stdout == ""
    assert "--max-steps" in result.stderr


def test_a_malformed_cloud_file_names_the_file_and_the_line(deskhand_home: Path) -> None:
    (deskhand_home / "cloud.toml").write_text("[provider\nname = 'x'\n")
    result = deskhand("run", "Click Submit", "--json", "--escalate", "ask", env=without_display())
    no_traceback(result)
    assert result.returncode == 2
    error = str(last_json(result.stdout)["error"])
    assert "cloud.toml" in error and "line 1" in error


def test_a_malformed_roles_file_names_the_file(deskhand_home: Path) -> None:
    models = deskhand_home / "models"
    models.mkdir()
    (models / "roles.toml").write_text("[roles\nactor = \n")
    for command in (("models",), ("models", "use", "actor", "smollm2-135m-instruct")):
        result = deskhand(*command)
        no_traceback(result)
        assert result.returncode == 2, result.stdout + result.stderr
        assert "roles.toml" in result.stderr


def test_a_misspelled_role_is_refused_and_nothing_is_saved(deskhand_home: Path) -> None:
    result = deskhand("models", "use", "ACTOR", "smollm2-135m-instruct")
    no_traceback(result)
    assert result.returncode == 2
    assert "ACTOR" in result.stderr and "actor" in result.stderr and "grounder" in result.stderr
    assert not (deskhand_home / "models" / "roles.toml").exists()


def test_keys_set_without_a_terminal_says_so() -> None:
    result = deskhand("keys", "set", "openai")
    no_traceback(result)
    assert result.returncode == 2
    assert "deskhand:" in result.stderr


def test_the_window_on_a_display_that_is_not_there(tmp_path: Path) -> None:
    env = dict(os.environ, DISPLAY=":97", QT_QPA_PLATFORM="xcb")
    started = time.monotonic()
    result = deskhand("window", env=env, timeout=120)
    no_traceback(result)
    assert result.returncode == 2, result.stdout + result.stderr
    assert ":97" in result.stderr and time.monotonic() - started < 60


def test_a_model_file_the_system_cannot_read_is_listed_as_unusable(deskhand_home: Path) -> None:
    """A file the kernel refuses to read (here /proc/self/mem, which fails with EIO even for
    root, who may read any file whatever its permissions) is one unusable entry, not a crash."""
    models = deskhand_home / "models"
    models.mkdir()
    (models / "unreadable.gguf").symlink_to("/proc/self/mem")
    result = deskhand("models")
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "unreadable.gguf" in result.stdout and "cannot read the file" in result.stdout
    used = deskhand("models", "use", "actor", str(models / "unreadable.gguf"))
    no_traceback(used)
    assert used.returncode == 2 and "cannot read the file" in used.stderr


@pytest.mark.parametrize("after_s", [0.2, 0.4, 0.6, 0.8, 1.0])
def test_sigterm_at_any_moment_of_start_up_still_ends_with_a_summary(after_s: float) -> None:
    """Wherever the signal lands (parsing, loading the run's modules, opening the log), stdout's
    last line is a complete summary and no traceback is printed."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "run", "Click Submit", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=without_display(),
        cwd=Path(__file__).resolve().parents[2],
    )
    time.sleep(after_s)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=120)
    assert "Traceback" not in err, err
    summary = json.loads(out.strip().splitlines()[-1])
    assert set(summary) >= SUMMARY_KEYS and summary["outcome"] in ("stopped", "failed"), summary
