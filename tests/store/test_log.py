"""The run log on real SQLite files: migrations, per-step commits, search, honest errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.store.db import StoreError, open_db
from app.store.log import LMCallRecord, RunLog, StepRecord, open_log


def call(output: str = '{"element":"Submit"}') -> LMCallRecord:
    return LMCallRecord(
        role="grounder",
        runtime="llama.cpp",
        model="m.gguf",
        messages=({"role": "user", "content": "Which element sends the form?"},),
        output=output,
        schema={"type": "object"},
        valid=True,
        latency_ms=120.5,
        ttft_ms=80.1,
        tokens_in=100,
        tokens_out=6,
    )


def step(idx: int = 0) -> StepRecord:
    return StepRecord(
        idx,
        "click -> 'Submit'",
        "click #7",
        7,
        "Submit",
        "code",
        "allowed",
        True,
        True,
        "ok",
        12,
        "Form",
        0.5,
        0.0,
        0.1,
        0.01,
    )


def test_open_creates_tables_in_wal_mode_and_migrates_once(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    db = open_db(path)
    assert {"runs", "steps", "lm_calls", "outbound", "_migrations"} <= set(db.table_names())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r["name"] for r in db["_migrations"].rows] == [
        "m001_initial",
        "m002_outbound_and_routes",
        "m003_training_labels",
        "m004_run_owner",
        "m005_served_calls",
    ]
    db.conn.close()
    again = open_db(path)
    assert again["_migrations"].count == 5


def test_an_old_database_is_upgraded_in_place_keeping_its_runs(tmp_path: Path) -> None:
    import sqlite_utils

    from app.store.db import m001_initial, migrate

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    old["_migrations"].create({"name": str, "applied_at": str}, pk="name")
    m001_initial(old)
    old["_migrations"].insert({"name": "m001_initial", "applied_at": "2026-01-01"})
    old["runs"].insert({"task": "kept", "steps": 3})
    old.conn.close()
    db = open_db(path)
    assert [r["task"] for r in db["runs"].rows] == ["kept"]
    assert "route" in db["steps"].columns_dict and "rating" in db["runs"].columns_dict
    assert migrate(db) == []


def test_a_step_and_its_calls_are_stored_and_searchable(tmp_path: Path) -> None:
    log = RunLog(open_db(tmp_path / "d.db"))
    run_id = log.start_run("Click Submit", model="m.gguf", dry_run=False, display=":1")
    log.record_step(run_id, step(), (call(), call('{"element":"Clear"}')))
    log.finish_run(
        run_id, outcome="done", reason="ok", steps=1, lm_calls=2, local_calls=2, cloud_calls=0, wall_s=1.5
    )
    (run,) = log.recent_runs()
    assert (run["outcome"], run["lm_calls"], run["wall_s"]) == ("done", 2, 1.5)
    (row,) = log.steps_of(run_id)
    assert (row["action"], row["verified"], row["decided_by"]) == ("click #7", 1, "code")
    calls = log.calls_of(run_id)
    assert [c["output"] for c in calls] == ['{"element":"Submit"}', '{"element":"Clear"}']
    assert calls[0]["step_id"] == row["id"] and calls[0]["ttft_ms"] == 80.1
    assert [c["output"] for c in log.search_calls("Clear")] == ['{"element":"Clear"}']


def test_a_served_call_belongs_to_no_run_and_stays_out_of_the_runs_calls(tmp_path: Path) -> None:
    log = RunLog(open_db(tmp_path / "d.db"))
    run_id = log.start_run("Click Submit", model="m.gguf", dry_run=False, display=":1")
    log.record_step(run_id, step(), (call(),))
    served_id = log.record_served_call(call('{"element":"Served"}'), client="127.0.0.1:5000")
    (served,) = log.served_calls()
    assert served["id"] == served_id and served["served_to"] == "127.0.0.1:5000"
    assert served["run_id"] is None and served["step_id"] is None and served["valid"] == 1
    assert [c["output"] for c in log.calls_of(run_id)] == ['{"element":"Submit"}']
    assert log.search_calls("Served") == [] and len(log.search_calls("Submit")) == 1
    assert log.call_totals().local_calls == 2  # answered on this machine all the same


def test_a_killed_process_loses_no_step_already_recorded(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from app.store.db import open_db
        from app.store.log import RunLog
        from tests.store.test_log import call, step
        log = RunLog(open_db(Path({str(path)!r})))
        run = log.start_run("t", model="m", dry_run=False, display="")
        log.record_step(run, step(0), (call(),))
        log.record_step(run, step(1), ())
        os.kill(os.getpid(), 9)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[2], check=False)
    assert proc.returncode == -9
    log = RunLog(open_db(path))
    (run,) = log.recent_runs()
    assert run["outcome"] is None
    assert [s["idx"] for s in log.steps_of(run["id"])] == [0, 1]
    assert len(log.calls_of(run["id"])) == 1


def test_a_locked_database_gives_an_actionable_error(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    log = RunLog(open_db(path), path)
    run_id = log.start_run("t", model="m", dry_run=False, display="")
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    log.db.conn.execute("PRAGMA busy_timeout = 100")
    try:
        with pytest.raises(StoreError, match="another Deskhand process holds it"):
            log.record_step(run_id, step(), ())
    finally:
        holder.rollback()
        holder.close()
    log.record_step(run_id, step(), ())
    assert len(log.steps_of(run_id)) == 1


def test_a_file_that_is_not_a_database_is_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a Deskhand database"):
        open_db(path)
    assert path.read_bytes() == before


def test_a_full_disk_ends_with_a_clear_error_and_keeps_what_was_logged(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    log = RunLog(open_db(path), path)
    run_id = log.start_run("t", model="m", dry_run=False, display="")
    log.record_step(run_id, step(0), (call(),))
    pages = log.db.execute("PRAGMA page_count").fetchone()[0]
    log.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError, match="disk is full"):
        log.record_step(run_id, step(1), (call("x" * 100_000),))
    assert [s["idx"] for s in log.steps_of(run_id)] == [0]
    assert len(log.calls_of(run_id)) == 1


def test_a_run_is_rated_for_training_and_the_mark_can_be_cleared(tmp_path: Path) -> None:
    log = RunLog(open_db(tmp_path / "d.db"))
    run_id = log.start_run("Click Submit", model="m.gguf", dry_run=False, display="")
    assert log.recent_runs()[0]["rating"] is None
    log.rate_run(run_id, "good")
    (run,) = log.recent_runs()
    assert run["rating"] == "good" and run["rated_at"]
    log.rate_run(run_id, None)
    (run,) = log.recent_runs()
    assert (run["rating"], run["rated_at"]) == (None, None)


def test_rating_an_unknown_run_or_with_an_unknown_mark_says_what_to_do(tmp_path: Path) -> None:
    log = RunLog(open_db(tmp_path / "d.db"), tmp_path / "d.db")
    run_id = log.start_run("Click Submit", model="m.gguf", dry_run=False, display="")
    with pytest.raises(ValueError, match=r"no run 99 in .*d\.db; `deskhand logs` lists the runs"):
        log.rate_run(99, "good")
    with pytest.raises(ValueError, match="rated 'good' or 'bad'"):
        log.rate_run(run_id, "great")
    assert log.recent_runs()[0]["rating"] is None


def test_runs_whose_process_is_gone_are_closed_and_live_ones_are_not(tmp_path: Path) -> None:
    log = open_log(tmp_path / "d.db")
    mine = log.start_run("still going", model="m", dry_run=True, display=":1")
    orphan = log.start_run("killed", model="m", dry_run=True, display=":1")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    log.db.conn.execute("UPDATE runs SET pid = ? WHERE id = ?", [gone.pid, orphan])
    log.db.conn.commit()
    assert log.close_abandoned() == [orphan]
    closed, alive = log.run(orphan), log.run(mine)
    assert closed is not None and closed["outcome"] == "failed" and "interrupted" in closed["reason"]
    assert alive is not None and alive["outcome"] is None
    assert log.close_abandoned() == []


def test_a_migration_cut_short_leaves_nothing_half_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SIGTERM while the first start created the tables left 'runs' without its migration
    record, and every later start failed with "table runs already exists"."""
    from app.store import db as store_db

    first = store_db.MIGRATIONS[0]

    def cut_short(db: object) -> None:
        first(db)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(store_db, "MIGRATIONS", [cut_short, *store_db.MIGRATIONS[1:]])
    with pytest.raises(KeyboardInterrupt):
        open_db(tmp_path / "d.db")
    monkeypatch.undo()
    again = open_db(tmp_path / "d.db")
    assert {"runs", "steps", "lm_calls"} <= set(again.table_names())
    assert again["_migrations"].count == len(store_db.MIGRATIONS)
