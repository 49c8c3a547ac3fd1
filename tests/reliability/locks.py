"""Another process that holds a Deskhand database: the real lock the reliability probe needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: SQL the holder runs and keeps open. A writer lock keeps other writers out (they wait, then
#: give up); exclusive locking mode in the middle of a write keeps even WAL readers out.
WRITER = ("BEGIN IMMEDIATE",)
EVERYONE = ("PRAGMA locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE", "UPDATE runs SET reason = reason")


def hold(db: Path, statements: tuple[str, ...]) -> subprocess.Popen[str]:
    """Start a process that runs `statements` on `db` and keeps the lock until it is killed."""
    script = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "for statement in sys.argv[2:]:\n"
        "    c.execute(statement)\n"
        "print('locked', flush=True)\n"
        "time.sleep(600)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(db), *statements], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def release(holder: subprocess.Popen[str]) -> None:
    holder.kill()
    holder.wait()
