"""The run log's queries for the insights charts, checked against the raw rows of a real file.

Each expectation is computed here in Python from the rows themselves (days in the local time
zone with `datetime.astimezone`), independently of the SQL under test.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.store.db import open_db
from app.store.log import DayCalls, DayRuns, RoleLatencies, RunLog
from tests.run_history import write_history


@pytest.fixture(params=["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"])
def time_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The person's time zone. At any hour, UTC+14 or UTC-11 puts today on another date than UTC."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def log(tmp_path: Path, time_zone: str) -> RunLog:
    log = RunLog(open_db(tmp_path / "history.db"), tmp_path / "history.db")
    write_history(log, days=6)
    return log


def local_day(stamp: str) -> str:
    return datetime.fromisoformat(stamp).astimezone().date().isoformat()


def test_calls_by_day_counts_local_and_cloud_calls_and_tokens(log: RunLog) -> None:
    expected: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    for row in log.db.query("SELECT created_at, runtime, tokens_in, tokens_out FROM lm_calls"):
        totals = expected[local_day(row["created_at"])]
        side = 1 if row["runtime"] == "cloud" else 0
        totals[side] += 1
        totals[2 + 2 * side] += row["tokens_in"]
        totals[3 + 2 * side] += row["tokens_out"]
    days = log.calls_by_day()
    assert days == [DayCalls(day, t[0], t[1], t[2], t[3], t[4], t[5]) for day, t in sorted(expected.items())]
    assert len(days) == 6 and sum(d.cloud_calls for d in days) > 0
    assert log.calls_by_day(days=2) == days[-2:]


def test_runs_by_day_counts_finished_runs_and_those_that_consulted_the_cloud(log: RunLog) -> None:
    unfinished = log.start_run("still running", model="m", dry_run=True, display=":1")
    expected: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in log.db.query("SELECT id, started_at, cloud_calls FROM runs WHERE outcome IS NOT NULL"):
        assert row["id"] != unfinished
        expected[local_day(row["started_at"])][0] += 1
        expected[local_day(row["started_at"])][1] += row["cloud_calls"] > 0
    days = log.runs_by_day()
    assert days == [DayRuns(day, runs, escalated) for day, (runs, escalated) in sorted(expected.items())]
    assert sum(d.runs for d in days) == log.db.execute("SELECT count(*) FROM runs").fetchone()[0] - 1


def test_latency_by_role_keeps_local_and_cloud_apart(log: RunLog) -> None:
    expected: dict[tuple[str, bool], list[float]] = defaultdict(list)
    for row in log.db.query("SELECT role, runtime, latency_ms FROM lm_calls"):
        expected[(row["role"], row["runtime"] == "cloud")].append(row["latency_ms"])
    groups = log.latency_by_role()
    assert groups == [
        RoleLatencies(role, cloud, tuple(sorted(values)))
        for (role, cloud), values in sorted(expected.items())
    ]
    assert {(g.role, g.cloud) for g in groups} == {("actor", False), ("grounder", False), ("grounder", True)}


def test_an_empty_log_has_no_days_and_no_latencies(tmp_path: Path) -> None:
    log = RunLog(open_db(tmp_path / "empty.db"))
    assert log.calls_by_day() == [] and log.runs_by_day() == [] and log.latency_by_role() == []
    assert log.run(1) is None and log.outbound_of(1) == []
