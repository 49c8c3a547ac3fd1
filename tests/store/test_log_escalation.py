"""The escalation rate in a span of time (before and after a promotion), against the raw rows.

The history is a week of runs whose escalations grow rarer day by day (tests/run_history.py);
each expectation is counted here in Python from the rows, comparing instants with `datetime`,
independently of the SQL under test.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.store.db import open_db
from app.store.log import Escalations, RunLog
from tests.run_history import write_history


@pytest.fixture
def log(tmp_path: Path) -> RunLog:
    log = RunLog(open_db(tmp_path / "history.db"), tmp_path / "history.db")
    write_history(log, days=6)
    log.start_run("still running", model="m", dry_run=True, display=":1")  # not finished: never counted
    return log


def counted(log: RunLog, start: datetime | None, end: datetime | None) -> Escalations:
    runs = escalated = 0
    for row in log.db.query("SELECT started_at, cloud_calls FROM runs WHERE outcome IS NOT NULL"):
        started = datetime.fromisoformat(row["started_at"])
        if (start is None or started >= start) and (end is None or started < end):
            runs += 1
            escalated += row["cloud_calls"] > 0
    return Escalations(runs, escalated)


def test_the_escalation_rate_before_and_after_a_moment_matches_the_rows(log: RunLog) -> None:
    stamps = sorted(
        datetime.fromisoformat(r["started_at"]) for r in log.db.query("SELECT started_at FROM runs")
    )
    # A promotion three days ago, written as Promotions writes it (seconds, UTC offset).
    moment = (stamps[-1] - timedelta(days=3)).replace(microsecond=0)
    at = moment.isoformat(timespec="seconds")
    before, after = log.escalation_rate_between(None, at), log.escalation_rate_between(at, None)
    assert before == counted(log, None, moment) and after == counted(log, moment, None)
    assert before.runs > 0 and after.runs > 0 and before.runs + after.runs == len(stamps) - 1
    assert before.rate == before.escalated / before.runs
    # The same instant in another offset selects the same runs.
    shifted = (moment + timedelta(hours=5, minutes=30)).isoformat().replace("+00:00", "+05:30")
    assert log.escalation_rate_between(shifted, None) == after
    # A closed span: the middle two days only.
    start, end = moment - timedelta(days=1), moment + timedelta(days=1)
    assert log.escalation_rate_between(start.isoformat(), end.isoformat()) == counted(log, start, end)


def test_a_span_without_runs_has_no_rate_and_a_bad_time_is_named(log: RunLog) -> None:
    future = (datetime.now().astimezone() + timedelta(days=1)).isoformat()
    empty = log.escalation_rate_between(future, None)
    assert empty == Escalations(0, 0) and empty.rate is None
    with pytest.raises(ValueError, match="'yesterday' is not an ISO 8601 time"):
        log.escalation_rate_between("yesterday", None)
