"""The run log read back, for `deskhand logs`, `privacy`, `stats` and the window's Insights tab.

Both faces ask here and nowhere else: recent runs, one run with its steps and model calls, the
outbound ledger, the escalation figures (local share, escalation rate, cost saved against an
all-cloud baseline), the per-day chart data, latencies, full-text search over the model calls,
and a run as an HTML page. The SQL lives in `app.store`; this module turns its rows into the
types below and prices tokens at the configured cloud rates.

Each call opens the log, reads and closes it, so the window never holds the file a run writes.
A database that does not exist yet means "no runs yet": every reader returns empty results and
none creates the file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.config import Prices, Settings
from app.store.db import explain
from app.store.log import DayCalls, DayRuns, Escalations, RoleLatencies, RunLog, open_log
from app.store.report import ReportError
from app.store.report import write_run_report as _write_report

__all__ = [
    "DayCalls",
    "DayCost",
    "DayRuns",
    "EscalationFigures",
    "Escalations",
    "History",
    "LoggedCall",
    "LoggedStep",
    "OutboundEntry",
    "RoleLatencies",
    "RunDetail",
    "RunSummary",
    "escalation_figures",
    "escalations_between",
    "history",
    "outbound",
    "recent_runs",
    "run_detail",
    "search_calls",
    "write_run_report",
]


@dataclass(frozen=True)
class RunSummary:
    """One run as the runs table holds it; `outcome` is None while the run has not finished."""

    id: int
    task: str
    started_at: str
    outcome: str | None
    reason: str | None
    steps: int
    lm_calls: int
    local_calls: int
    cloud_calls: int
    wall_s: float | None
    rating: str | None


@dataclass(frozen=True)
class LoggedStep:
    """One logged step: who decided what, on which element, and what came of it."""

    id: int
    idx: int
    goal: str
    action: str
    target_text: str
    decided_by: str
    route: str
    verdict: str
    verified: bool | None
    note: str


@dataclass(frozen=True)
class LoggedCall:
    """One logged model call; `step_id` is None for a call that belongs to no step."""

    id: int
    run_id: int
    step_id: int | None
    role: str
    runtime: str
    model: str
    messages: tuple[dict[str, str], ...]
    output: str
    valid: bool
    error: str | None
    latency_ms: float
    tokens_in: int
    tokens_out: int


@dataclass(frozen=True)
class RunDetail:
    """A run with its steps in order and every model call it made."""

    run: RunSummary
    steps: tuple[LoggedStep, ...]
    calls: tuple[LoggedCall, ...]


@dataclass(frozen=True)
class OutboundEntry:
    """One row of the outbound ledger: a request that left the machine, or was stopped, and why."""

    id: int
    run_id: int | None
    at: str
    provider: str
    model: str
    bytes: int
    payload: str
    allowed: bool
    policy: str
    reason: str
    status: str
    error: str | None

    def as_json(self) -> dict[str, Any]:
        """The row as the database holds it (`allowed` as 0 or 1), for `deskhand privacy --json`."""
        return {**asdict(self), "allowed": int(self.allowed)}


@dataclass(frozen=True)
class EscalationFigures:
    """How much of the work stayed on this machine; the shares are None before any call or run."""

    runs: int
    model_calls: int
    local_calls: int
    cloud_calls: int
    local_share: float | None
    runs_with_escalation: int
    escalation_rate: float | None
    cost_saved_usd: float
    prices: Prices

    def as_json(self) -> dict[str, Any]:
        """The figures as `deskhand stats --json` prints them."""
        figures = asdict(self)
        del figures["prices"]
        figures["prices_usd_per_million_tokens"] = {
            "input": self.prices.input_per_million,
            "output": self.prices.output_per_million,
        }
        return figures


@dataclass(frozen=True)
class DayCost:
    """Running totals up to a day: every call priced as a cloud call, and the cloud calls alone."""

    day: str
    all_cloud_usd: float
    cloud_usd: float


@dataclass(frozen=True)
class History:
    """The last days that had any activity, for the charts: where calls ran, escalations, latency
    per role and what the calls would have cost."""

    calls: tuple[DayCalls, ...]
    runs: tuple[DayRuns, ...]
    latencies: tuple[RoleLatencies, ...]
    cost: tuple[DayCost, ...]


@contextmanager
def _reading(settings: Settings) -> Iterator[RunLog | None]:
    """The run log, closed afterwards; None when there is no database yet (it is not created).
    A damaged page or a lock met while reading is a StoreError that says what to do."""
    if not settings.db_path.exists():
        yield None
        return
    log = open_log(settings.db_path)
    try:
        yield log
    except sqlite3.Error as exc:
        raise explain(exc, settings.db_path) from exc
    finally:
        log.db.close()


def _usd(prices: Prices, tokens_in: int, tokens_out: int) -> float:
    return (tokens_in * prices.input_per_million + tokens_out * prices.output_per_million) / 1_000_000


def escalation_figures(settings: Settings) -> EscalationFigures:
    """Local share, escalation rate and cost saved (at the configured cloud prices)."""
    with _reading(settings) as log:
        if log is None:
            calls, local, tokens_in, tokens_out, finished = 0, 0, 0, 0, Escalations(0, 0)
        else:
            totals = log.call_totals()
            calls, local = totals.calls, totals.local_calls
            tokens_in, tokens_out = totals.local_tokens_in, totals.local_tokens_out
            finished = log.escalation_rate_between(None, None)
    rate = finished.rate
    return EscalationFigures(
        runs=finished.runs,
        model_calls=calls,
        local_calls=local,
        cloud_calls=calls - local,
        local_share=round(local / calls, 4) if calls else None,
        runs_with_escalation=finished.escalated,
        escalation_rate=None if rate is None else round(rate, 4),
        cost_saved_usd=round(_usd(settings.prices, tokens_in, tokens_out), 6),
        prices=settings.prices,
    )


def escalations_between(settings: Settings, start_iso: str | None, end_iso: str | None) -> Escalations:
    """Finished runs started in [start_iso, end_iso) (either end open when None) and how many
    consulted the cloud: the escalation rate before and after a specialist was promoted."""
    with _reading(settings) as log:
        return Escalations(0, 0) if log is None else log.escalation_rate_between(start_iso, end_iso)


def _run(row: dict[str, Any]) -> RunSummary:
    return RunSummary(
        id=int(row["id"]),
        task=row["task"] or "",
        started_at=row["started_at"],
        outcome=row["outcome"],
        reason=row["reason"],
        steps=int(row["steps"] or 0),
        lm_calls=int(row["lm_calls"] or 0),
        local_calls=int(row["local_calls"] or 0),
        cloud_calls=int(row["cloud_calls"] or 0),
        wall_s=row["wall_s"],
        rating=row.get("rating"),
    )


def _step(row: dict[str, Any]) -> LoggedStep:
    verified = row["verified"]
    return LoggedStep(
        id=int(row["id"]),
        idx=int(row["idx"]),
        goal=row["goal"] or "",
        action=row["action"] or "",
        target_text=row["target_text"] or "",
        decided_by=row["decided_by"] or "",
        route=row.get("route") or "",
        verdict=row["verdict"] or "",
        verified=None if verified is None else bool(verified),
        note=row["note"] or "",
    )


def _messages(raw: str | None) -> tuple[dict[str, str], ...]:
    try:
        parsed = json.loads(raw or "[]")
    except json.JSONDecodeError:  # an old or hand-edited row: show it as one message
        return ({"role": "?", "content": str(raw)},)
    return tuple({"role": str(m.get("role", "?")), "content": str(m.get("content", ""))} for m in parsed)


def _call(row: dict[str, Any]) -> LoggedCall:
    return LoggedCall(
        id=int(row["id"]),
        run_id=int(row["run_id"]),
        step_id=row["step_id"],
        role=row["role"] or "?",
        runtime=row["runtime"] or "",
        model=row["model"] or "",
        messages=_messages(row["messages"]),
        output=row["output"] or "",
        valid=bool(row["valid"]),
        error=row["error"],
        latency_ms=float(row["latency_ms"] or 0.0),
        tokens_in=int(row["tokens_in"] or 0),
        tokens_out=int(row["tokens_out"] or 0),
    )


def recent_runs(settings: Settings, last: int = 10) -> list[RunSummary]:
    """The latest `last` runs, newest first."""
    with _reading(settings) as log:
        return [] if log is None else [_run(row) for row in log.recent_runs(last)]


def run_detail(settings: Settings, run_id: int) -> RunDetail | None:
    """Run `run_id` with its steps and model calls; None when the log has no such run."""
    with _reading(settings) as log:
        row = None if log is None else log.run(run_id)
        if log is None or row is None:
            return None
        return RunDetail(
            _run(row),
            tuple(_step(s) for s in log.steps_of(run_id)),
            tuple(_call(c) for c in log.calls_of(run_id)),
        )


def outbound(settings: Settings, last: int = 50) -> list[OutboundEntry]:
    """The latest `last` rows of the outbound ledger, newest first."""
    with _reading(settings) as log:
        rows = [] if log is None else log.outbound(last)
    return [
        OutboundEntry(
            id=int(row["id"]),
            run_id=row["run_id"],
            at=row["at"],
            provider=row["provider"],
            model=row["model"],
            bytes=int(row["bytes"]),
            payload=row["payload"],
            allowed=bool(row["allowed"]),
            policy=row["policy"],
            reason=row["reason"],
            status=row["status"],
            error=row["error"],
        )
        for row in rows
    ]


def _cost(days: list[DayCalls], prices: Prices) -> tuple[DayCost, ...]:
    points, all_cloud, cloud = [], 0.0, 0.0
    for d in days:
        spent = _usd(prices, d.cloud_tokens_in, d.cloud_tokens_out)
        all_cloud += _usd(prices, d.local_tokens_in, d.local_tokens_out) + spent
        cloud += spent
        points.append(DayCost(d.day, all_cloud, cloud))
    return tuple(points)


def history(settings: Settings, days: int = 30) -> History:
    """The chart data over the last `days` days that had any activity (all latencies logged)."""
    with _reading(settings) as log:
        if log is None:
            return History((), (), (), ())
        calls = log.calls_by_day(days)
        return History(
            tuple(calls),
            tuple(log.runs_by_day(days)),
            tuple(log.latency_by_role()),
            _cost(calls, settings.prices),
        )


def search_calls(settings: Settings, words: str, limit: int = 50) -> list[LoggedCall]:
    """The model calls whose prompt or output holds every one of the plain `words` (no search
    syntax: each word is quoted), best match first."""
    query = " ".join('"' + word.replace('"', '""') + '"' for word in words.split())
    if not query:
        return []
    with _reading(settings) as log:
        return [] if log is None else [_call(row) for row in log.search_calls(query, limit=limit)]


def write_run_report(settings: Settings, run_id: int, out: Path) -> Path:
    """Write run `run_id` as an HTML page to `out` (its folder is created), with the run's saved
    screenshots; returns `out`. ReportError when there is no such run, StoreError when the log
    cannot be read, OSError when `out` cannot be written."""
    with _reading(settings) as log:
        if log is None:
            raise ReportError(f"no runs yet ({settings.db_path} does not exist)")
        return _write_report(log, run_id, settings.screenshots_dir, out)
