"""Open and migrate Deskhand's SQLite database.

WAL mode lets the window read while a run writes; migrations are an ordered list of small named
functions, each applied once and recorded in `_migrations`, so an old database upgrades in place
and nothing already logged is rewritten.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from app.errors import DeskhandError


class StoreError(DeskhandError):
    """The database cannot be opened or written; the message says what to do."""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def m001_initial(db: sqlite_utils.Database) -> None:
    db.table("runs").create(
        {
            "id": int,
            "task": str,
            "started_at": str,
            "finished_at": str,
            "outcome": str,
            "reason": str,
            "steps": int,
            "lm_calls": int,
            "local_calls": int,
            "cloud_calls": int,
            "wall_s": float,
            "dry_run": int,
            "model": str,
            "display": str,
        },
        pk="id",
    )
    db.table("steps").create(
        {
            "id": int,
            "run_id": int,
            "idx": int,
            "goal": str,
            "action": str,
            "target_id": int,
            "target_text": str,
            "decided_by": str,
            "verdict": str,
            "acted": int,
            "verified": int,
            "note": str,
            "elements": int,
            "window_title": str,
            "observe_s": float,
            "decide_s": float,
            "act_s": float,
            "verify_s": float,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("lm_calls").create(
        {
            "id": int,
            "run_id": int,
            "step_id": int,
            "role": str,
            "runtime": str,
            "model": str,
            "messages": str,
            "output": str,
            "schema": str,
            "valid": int,
            "latency_ms": float,
            "ttft_ms": float,
            "tokens_in": int,
            "tokens_out": int,
            "error": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id"), ("step_id", "steps", "id")],
    )
    db.table("steps").create_index(["run_id", "idx"])
    db.table("lm_calls").create_index(["run_id"])
    db.table("lm_calls").enable_fts(["messages", "output"], create_triggers=True)


def m002_outbound_and_routes(db: sqlite_utils.Database) -> None:
    """The outbound ledger (what left the machine, or was stopped, and why) and each step's
    routing reason."""
    db.table("outbound").create(
        {
            "id": int,
            "run_id": int,
            "at": str,
            "provider": str,
            "model": str,
            "bytes": int,
            "payload": str,
            "allowed": int,
            "policy": str,
            "reason": str,
            "status": str,
            "error": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("steps").add_column("route", str)


def m003_training_labels(db: sqlite_utils.Database) -> None:
    """A person's mark on a run (good/bad), the one training label the log cannot derive, and
    an index for the export, which reads each step's calls together."""
    db.table("runs").add_column("rating", str)
    db.table("runs").add_column("rated_at", str)
    db.table("lm_calls").create_index(["step_id"])


def m004_run_owner(db: sqlite_utils.Database) -> None:
    """Which process on which machine runs a run, so a run whose process died (killed, crashed,
    the machine lost power) can be told from one still going and be closed later."""
    db.table("runs").add_column("pid", int)
    db.table("runs").add_column("host", str)


def m005_served_calls(db: sqlite_utils.Database) -> None:
    """Model calls `deskhand serve` answered for another program: they belong to no run (their
    `run_id` is NULL) and `served_to` names the client's address, so they are told from a run's
    calls, stay out of training exports (which read runs) and still count as local calls."""
    db.table("lm_calls").add_column("served_to", str)
    db.table("lm_calls").create_index(["served_to"])


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    m001_initial,
    m002_outbound_and_routes,
    m003_training_labels,
    m004_run_owner,
    m005_served_calls,
]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations this database has not seen yet; returns their names."""
    db.table("_migrations").create({"name": str, "applied_at": str}, pk="name", if_not_exists=True)
    done = {row["name"] for row in db.table("_migrations").rows}
    applied = []
    for migration in MIGRATIONS:
        if migration.__name__ in done:
            continue
        # One explicit transaction per migration: Python's sqlite3 runs DDL outside any implicit
        # one, so an interrupt (Ctrl+C, SIGTERM, a kill) between CREATE TABLE and the record of
        # the migration used to leave a file no later start could migrate ("table runs already
        # exists"). Inside BEGIN, sqlite-utils also keeps its scripts from committing early.
        with db.conn:
            db.conn.execute("BEGIN")
            migration(db)
            db.table("_migrations").insert({"name": migration.__name__, "applied_at": now_iso()})
        applied.append(migration.__name__)
    return applied


def explain(exc: sqlite3.Error, path: Path) -> StoreError:
    """Turn a sqlite3 error into one a person can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        hint = "another Deskhand process holds it; wait for that run to end or close it"
    elif "full" in text:
        hint = "the disk is full; free some space (nothing already logged was lost)"
    elif "not a database" in text or "malformed" in text:
        hint = "the file is not a Deskhand database or is damaged; move it aside and run again"
    elif "readonly" in text or "unable to open" in text:
        hint = "the folder is not writable; pass --db with a writable path or set DESKHAND_HOME"
    else:
        hint = "pass --db with another path or set DESKHAND_HOME"
    return StoreError(f"database {path}: {exc} — {hint}")


def open_db(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database at `path`, in WAL mode."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=5.0)
        db = sqlite_utils.Database(conn)
        db.enable_wal()
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(db)
    except sqlite3.Error as exc:
        raise explain(exc, path) from exc
    except OSError as exc:
        raise StoreError(
            f"database {path}: {exc} — pass --db with a writable path or set DESKHAND_HOME"
        ) from exc
    return db
