"""Record runs, steps and model calls; read them back for `deskhand logs` and the window.

Each step is written with its model calls in one transaction the moment it happens, so a
process killed mid-run loses nothing already done. The records are plain data so this layer
knows nothing of the agent above it.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlite_utils

from app.store.db import explain, now_iso, open_db

#: A person's mark on a run: the conversion loop learns from good runs and never from bad ones.
RATINGS = ("good", "bad")


class Origin(StrEnum):
    """Where a model call ran: on this machine (or a server the person trusts), or the cloud.
    The value is the `runtime` a gated cloud call is logged with."""

    LOCAL = "local"
    CLOUD = "cloud"


@dataclass(frozen=True)
class LMCallRecord:
    """One language-model call as logged: who asked, what was sent, what came back, how fast."""

    role: str
    runtime: str
    model: str
    messages: tuple[dict[str, str], ...]
    output: str
    schema: dict[str, Any] | None
    valid: bool
    latency_ms: float
    ttft_ms: float | None
    tokens_in: int
    tokens_out: int
    error: str | None = None

    @property
    def origin(self) -> Origin:
        """Where the model that answered ran; read from `runtime`, so it is stored as it always was."""
        return Origin.CLOUD if self.runtime == Origin.CLOUD else Origin.LOCAL

    @property
    def is_local(self) -> bool:
        return self.origin is Origin.LOCAL


@dataclass(frozen=True)
class StepRecord:
    idx: int
    goal: str
    action: str
    target_id: int | None
    target_text: str
    decided_by: str
    verdict: str
    acted: bool
    verified: bool | None
    note: str
    elements: int
    window_title: str
    observe_s: float
    decide_s: float
    act_s: float
    verify_s: float
    route: str = ""


@dataclass(frozen=True)
class DayCalls:
    """The model calls of one day (the person's local calendar): where they ran, their tokens."""

    day: str
    local_calls: int
    cloud_calls: int
    local_tokens_in: int
    local_tokens_out: int
    cloud_tokens_in: int
    cloud_tokens_out: int


@dataclass(frozen=True)
class DayRuns:
    """The finished runs started on one day, and how many of them consulted the cloud."""

    day: str
    runs: int
    escalated: int


@dataclass(frozen=True)
class Escalations:
    """Finished runs in a span of time, and how many of them consulted the cloud."""

    runs: int
    escalated: int

    @property
    def rate(self) -> float | None:
        """The share of runs that escalated; None when the span has no finished run."""
        return self.escalated / self.runs if self.runs else None


@dataclass(frozen=True)
class RoleLatencies:
    """Every logged latency of one role on one side of the machine's edge, ascending."""

    role: str
    cloud: bool
    latencies_ms: tuple[float, ...]


@dataclass(frozen=True)
class CallTotals:
    """All logged model calls: how many, how many ran on this machine, and their tokens."""

    calls: int
    local_calls: int
    local_tokens_in: int
    local_tokens_out: int

    @property
    def cloud_calls(self) -> int:
        return self.calls - self.local_calls


#: The day of an ISO timestamp in the person's time zone (the log stores UTC).
_LOCAL_DAY = "date({column}, 'localtime')"


def _alive(pid: int) -> bool:
    """Whether a process with this id exists on this machine (signal 0 only asks)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def open_log(path: Path) -> RunLog:
    """The run log in the SQLite file at `path`, created and migrated as needed (StoreError
    when it cannot be opened: the message says why and what to do)."""
    return RunLog(open_db(path), path)


def _call_row(call: LMCallRecord) -> dict[str, Any]:
    """A model call as the lm_calls table stores it (JSON text for messages and schema)."""
    row = asdict(call)
    row["messages"] = json.dumps(list(call.messages), ensure_ascii=False)
    row["schema"] = json.dumps(call.schema) if call.schema is not None else None
    row["valid"] = int(call.valid)
    return row


class RunLog:
    """The run log over one sqlite-utils Database (opened and migrated by `store.db.open_db`)."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path or Path(db.conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:")

    def _write(self, fn: Any) -> Any:
        """Run `fn` in one transaction: all of it is committed, or none of it."""
        try:
            with self.db.conn:
                return fn()
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        # Plain SQL, not sqlite-utils' insert(): that one commits on its own, which would
        # split a step from its model calls if the second write failed (a full disk, say).
        columns = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" for _ in row)
        cursor = self.db.conn.execute(
            f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values())
        )
        return int(cursor.lastrowid or 0)

    def start_run(self, task: str, *, model: str, dry_run: bool, display: str) -> int:
        def insert() -> int:
            return self._insert(
                "runs",
                {
                    "task": task,
                    "started_at": now_iso(),
                    "dry_run": int(dry_run),
                    "model": model,
                    "display": display,
                    "steps": 0,
                    "lm_calls": 0,
                    "local_calls": 0,
                    "cloud_calls": 0,
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                },
            )

        return int(self._write(insert))

    def close_abandoned(self) -> list[int]:
        """Finish the runs whose process on this machine is gone (killed, crashed) as failed,
        with their steps and calls counted from what was logged; returns their ids. A run of a
        process still alive, or of another machine sharing the file, is left alone."""
        host = socket.gethostname()

        def close() -> list[int]:
            open_runs = self.db.conn.execute(
                "SELECT id, pid FROM runs WHERE outcome IS NULL AND host = ? AND pid IS NOT NULL", [host]
            ).fetchall()
            gone = [int(run_id) for run_id, pid in open_runs if not _alive(int(pid))]
            for run_id in gone:
                self.db.conn.execute(
                    """UPDATE runs SET
                        finished_at = ?, outcome = 'failed',
                        reason = 'interrupted: the process ended before the run finished',
                        steps = (SELECT count(*) FROM steps WHERE run_id = runs.id),
                        lm_calls = (SELECT count(*) FROM lm_calls WHERE run_id = runs.id),
                        local_calls = (SELECT count(*) FROM lm_calls
                                       WHERE run_id = runs.id AND coalesce(runtime, '') != ?),
                        cloud_calls = (SELECT count(*) FROM lm_calls
                                       WHERE run_id = runs.id AND runtime = ?)
                    WHERE id = ? AND outcome IS NULL""",
                    [now_iso(), Origin.CLOUD.value, Origin.CLOUD.value, run_id],
                )
            return gone

        return list(self._write(close))

    def record_step(self, run_id: int, step: StepRecord, calls: tuple[LMCallRecord, ...]) -> int:
        """Store a step and its model calls in one transaction; returns the step id."""

        def insert() -> int:
            row = asdict(step)
            row["run_id"] = run_id
            row["created_at"] = now_iso()
            row["acted"] = int(step.acted)
            row["verified"] = None if step.verified is None else int(step.verified)
            step_id = self._insert("steps", row)
            self._insert_calls(run_id, step_id, calls)
            return step_id

        return int(self._write(insert))

    def _insert_calls(self, run_id: int, step_id: int | None, calls: tuple[LMCallRecord, ...]) -> None:
        for call in calls:
            row = _call_row(call)
            row.update(run_id=run_id, step_id=step_id, created_at=now_iso())
            self._insert("lm_calls", row)

    def record_served_call(self, call: LMCallRecord, *, client: str) -> int:
        """Store a call `deskhand serve` answered for `client` (its address), in no run; returns its id."""

        def insert() -> int:
            row = _call_row(call)
            row.update(run_id=None, step_id=None, created_at=now_iso(), served_to=client)
            return self._insert("lm_calls", row)

        return int(self._write(insert))

    def served_calls(self, last: int = 20) -> list[dict[str, Any]]:
        """The latest `last` calls `deskhand serve` answered, newest first."""
        return list(
            self.db.table("lm_calls").rows_where("served_to IS NOT NULL", order_by="id desc", limit=last)
        )

    def finish_run(
        self,
        run_id: int,
        *,
        outcome: str,
        reason: str,
        steps: int,
        lm_calls: int,
        local_calls: int,
        cloud_calls: int,
        wall_s: float,
    ) -> None:
        values = {
            "finished_at": now_iso(),
            "outcome": outcome,
            "reason": reason,
            "steps": steps,
            "lm_calls": lm_calls,
            "local_calls": local_calls,
            "cloud_calls": cloud_calls,
            "wall_s": round(wall_s, 3),
        }
        assignments = ", ".join(f"[{c}] = ?" for c in values)
        self._write(
            lambda: self.db.conn.execute(
                f"UPDATE runs SET {assignments} WHERE id = ?", [*values.values(), run_id]
            )
        )

    def rate_run(self, run_id: int, rating: str | None) -> None:
        """Mark a run good or bad for training (None clears the mark)."""
        if rating is not None and rating not in RATINGS:
            raise ValueError(f"a run is rated 'good' or 'bad' (or the mark cleared), not {rating!r}")

        def update() -> int:
            cursor = self.db.conn.execute(
                "UPDATE runs SET rating = ?, rated_at = ? WHERE id = ?",
                [rating, None if rating is None else now_iso(), run_id],
            )
            return int(cursor.rowcount)

        if not self._write(update):
            raise ValueError(f"no run {run_id} in {self.path}; `deskhand logs` lists the runs")

    def recent_runs(self, last: int = 10) -> list[dict[str, Any]]:
        return list(self.db.table("runs").rows_where(order_by="id desc", limit=last))

    def steps_of(self, run_id: int) -> list[dict[str, Any]]:
        return list(self.db.table("steps").rows_where("run_id = ?", [run_id], order_by="idx"))

    def calls_of(self, run_id: int) -> list[dict[str, Any]]:
        return list(self.db.table("lm_calls").rows_where("run_id = ?", [run_id], order_by="id"))

    def ledger(self, run_id: int | None) -> RunLedger:
        """The outbound ledger for one run, as the permission gate writes it."""
        return RunLedger(self, run_id)

    def outbound(self, last: int = 50) -> list[dict[str, Any]]:
        return list(self.db.table("outbound").rows_where(order_by="id desc", limit=last))

    def search_calls(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over the prompts and outputs of the runs' model calls (served calls
        belong to no run; `served_calls` lists them)."""
        return list(self.db.table("lm_calls").search(query, where="run_id IS NOT NULL", limit=limit))

    def run(self, run_id: int) -> dict[str, Any] | None:
        rows = list(self.db.table("runs").rows_where("id = ?", [run_id]))
        return rows[0] if rows else None

    def outbound_of(self, run_id: int) -> list[dict[str, Any]]:
        """What one run sent off the machine, or was stopped from sending, in order."""
        return list(self.db.table("outbound").rows_where("run_id = ?", [run_id], order_by="id"))

    def calls_by_day(self, days: int = 30) -> list[DayCalls]:
        """Local and cloud model calls and tokens per day, for the last `days` days that had any."""
        day = _LOCAL_DAY.format(column="created_at")
        rows = self.db.execute(
            f"""SELECT {day} AS day,
                  sum(runtime != 'cloud'), sum(runtime = 'cloud'),
                  sum(CASE WHEN runtime != 'cloud' THEN coalesce(tokens_in, 0) ELSE 0 END),
                  sum(CASE WHEN runtime != 'cloud' THEN coalesce(tokens_out, 0) ELSE 0 END),
                  sum(CASE WHEN runtime = 'cloud' THEN coalesce(tokens_in, 0) ELSE 0 END),
                  sum(CASE WHEN runtime = 'cloud' THEN coalesce(tokens_out, 0) ELSE 0 END)
                FROM lm_calls GROUP BY day ORDER BY day DESC LIMIT ?""",
            [days],
        ).fetchall()
        return [DayCalls(*row) for row in reversed(rows)]

    def runs_by_day(self, days: int = 30) -> list[DayRuns]:
        """Finished runs per day and how many consulted the cloud (`deskhand stats`' escalation
        rate, day by day), for the last `days` days that had any."""
        day = _LOCAL_DAY.format(column="started_at")
        rows = self.db.execute(
            f"""SELECT {day} AS day, count(*), sum(coalesce(cloud_calls, 0) > 0)
                FROM runs WHERE outcome IS NOT NULL GROUP BY day ORDER BY day DESC LIMIT ?""",
            [days],
        ).fetchall()
        return [DayRuns(*row) for row in reversed(rows)]

    def escalation_rate_between(self, start_iso: str | None, end_iso: str | None) -> Escalations:
        """Finished runs started at or after `start_iso` and before `end_iso` (either open when
        None), and how many consulted the cloud: the escalation rate before and after a
        specialist was promoted. Times are compared as instants, so any ISO offset works."""
        where = ["outcome IS NOT NULL"]
        bounds: list[str] = []
        for stamp, test in ((start_iso, ">="), (end_iso, "<")):
            if stamp is None:
                continue
            try:
                datetime.fromisoformat(stamp)
            except ValueError as exc:
                raise ValueError(
                    f"{stamp!r} is not an ISO 8601 time (e.g. 2024-05-01T12:00:00+00:00)"
                ) from exc
            where.append(f"julianday(started_at) {test} julianday(?)")
            bounds.append(stamp)
        runs, escalated = self.db.execute(
            f"SELECT count(*), coalesce(sum(coalesce(cloud_calls, 0) > 0), 0) FROM runs "
            f"WHERE {' AND '.join(where)}",
            bounds,
        ).fetchone()
        return Escalations(int(runs), int(escalated))

    def latency_by_role(self) -> list[RoleLatencies]:
        """Every model call's latency, by role, local and cloud apart (they differ by a lot)."""
        rows = self.db.execute(
            """SELECT coalesce(role, '?'), runtime = 'cloud', latency_ms FROM lm_calls
               WHERE latency_ms IS NOT NULL ORDER BY 1, 2, 3"""
        ).fetchall()
        grouped: dict[tuple[str, bool], list[float]] = {}
        for role, cloud, latency in rows:
            grouped.setdefault((role, bool(cloud)), []).append(float(latency))
        return [RoleLatencies(role, cloud, tuple(values)) for (role, cloud), values in grouped.items()]

    def call_totals(self) -> CallTotals:
        """Every logged model call counted, local and cloud apart, with the local calls' tokens:
        what an all-cloud setup would have been paid for."""
        local = f"coalesce(runtime, '') != '{Origin.CLOUD}'"  # LMCallRecord.origin, in SQL
        row = self.db.execute(
            f"""SELECT count(*), coalesce(sum({local}), 0),
                  coalesce(sum(CASE WHEN {local} THEN coalesce(tokens_in, 0) ELSE 0 END), 0),
                  coalesce(sum(CASE WHEN {local} THEN coalesce(tokens_out, 0) ELSE 0 END), 0)
                FROM lm_calls"""
        ).fetchone()
        return CallTotals(*(int(value) for value in row))


class RunLedger:
    """Writes outbound rows for one run, each in its own transaction, before the request goes."""

    def __init__(self, log: RunLog, run_id: int | None) -> None:
        self.log = log
        self.run_id = run_id

    def record_outbound(
        self, *, provider: str, model: str, payload: str, allowed: bool, policy: str, reason: str
    ) -> int:
        row = {
            "run_id": self.run_id,
            "at": now_iso(),
            "provider": provider,
            "model": model,
            "bytes": len(payload.encode("utf-8")),
            "payload": payload,
            "allowed": int(allowed),
            "policy": policy,
            "reason": reason,
            "status": "pending" if allowed else "blocked",
        }
        return int(self.log._write(lambda: self.log._insert("outbound", row)))

    def outbound_result(self, row_id: int, *, status: str, error: str | None = None) -> None:
        self.log._write(
            lambda: self.log.db.conn.execute(
                "UPDATE outbound SET status = ?, error = ? WHERE id = ?", [status, error, row_id]
            )
        )
