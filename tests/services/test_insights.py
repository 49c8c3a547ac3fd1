"""The insights service over a week of runs: what `deskhand logs`, `privacy`, `stats` and the
Insights tab show is what the database holds, computed here from the raw rows; a fresh install
is "no runs yet" everywhere and no database file appears."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.config import Settings
from app.errors import DeskhandError
from app.services import insights
from app.store.log import RunLog, open_log
from tests.run_history import HOSTILE, write_history


@pytest.fixture
def settings(deskhand_home: Path) -> Settings:
    return Settings()


@pytest.fixture
def log(settings: Settings) -> RunLog:
    log = open_log(settings.db_path)
    write_history(log, days=5)
    return log


def test_a_fresh_install_has_no_runs_yet_and_no_database_appears(settings: Settings, tmp_path: Path) -> None:
    figures = insights.escalation_figures(settings)
    assert (figures.runs, figures.model_calls, figures.local_share, figures.escalation_rate) == (
        0,
        0,
        None,
        None,
    )
    assert figures.cost_saved_usd == 0.0
    assert insights.recent_runs(settings) == [] and insights.run_detail(settings, 1) is None
    assert insights.outbound(settings) == [] and insights.search_calls(settings, "Submit") == []
    assert insights.history(settings) == insights.History((), (), (), ())
    assert insights.escalations_between(settings, None, None).rate is None
    with pytest.raises(DeskhandError, match="no runs yet"):
        insights.write_run_report(settings, 1, tmp_path / "run.html")
    assert not settings.db_path.exists() and not (tmp_path / "run.html").exists()


def test_the_figures_are_what_the_rows_say(settings: Settings, log: RunLog) -> None:
    calls = list(log.db.query("SELECT runtime, tokens_in, tokens_out FROM lm_calls"))
    local = [c for c in calls if c["runtime"] != "cloud"]
    finished = list(log.db.query("SELECT cloud_calls FROM runs WHERE outcome IS NOT NULL"))
    escalated = sum(1 for r in finished if r["cloud_calls"])
    prices = settings.prices
    saved = sum(
        c["tokens_in"] * prices.input_per_million + c["tokens_out"] * prices.output_per_million for c in local
    )

    figures = insights.escalation_figures(settings)
    assert figures.as_json() == {
        "runs": len(finished),
        "model_calls": len(calls),
        "local_calls": len(local),
        "cloud_calls": len(calls) - len(local),
        "local_share": round(len(local) / len(calls), 4),
        "runs_with_escalation": escalated,
        "escalation_rate": round(escalated / len(finished), 4),
        "cost_saved_usd": round(saved / 1_000_000, 6),
        "prices_usd_per_million_tokens": {
            "input": prices.input_per_million,
            "output": prices.output_per_million,
        },
    }
    assert 0 < escalated < len(finished)
    everything = insights.escalations_between(settings, None, None)
    assert (everything.runs, everything.escalated) == (figures.runs, figures.runs_with_escalation)


def test_a_run_reads_back_with_its_steps_and_calls(settings: Settings, log: RunLog) -> None:
    runs = insights.recent_runs(settings, last=3)
    ids = [r["id"] for r in log.db.query("SELECT id FROM runs ORDER BY id DESC LIMIT 3")]
    assert [r.id for r in runs] == ids

    escalated = next(r for r in insights.recent_runs(settings, last=100) if r.cloud_calls)
    detail = insights.run_detail(settings, escalated.id)
    assert detail is not None and detail.run == escalated
    assert [s.idx for s in detail.steps] == list(range(escalated.steps))
    assert len(detail.calls) == escalated.lm_calls
    assert sum(c.runtime == "cloud" for c in detail.calls) == escalated.cloud_calls
    assert {c.step_id for c in detail.calls} == {s.id for s in detail.steps}
    first = detail.calls[0]
    assert first.messages[1] == {"role": "user", "content": f"Which element is {HOSTILE}?"}
    assert insights.run_detail(settings, 4242) is None


def test_the_outbound_ledger_newest_first_as_stored(settings: Settings, log: RunLog) -> None:
    rows = [dict(r) for r in log.db.query("SELECT * FROM outbound ORDER BY id DESC")]
    ledger = insights.outbound(settings, last=3)
    assert [entry.as_json() for entry in ledger] == rows[:3]
    assert all(entry.allowed for entry in ledger)
    assert json.dumps([e.as_json() for e in ledger]) == json.dumps(rows[:3])


def test_the_history_prices_each_day_and_ends_at_the_cost_saved(settings: Settings, log: RunLog) -> None:
    history = insights.history(settings, days=30)
    assert [d.day for d in history.cost] == [d.day for d in history.calls] and len(history.calls) == 5
    assert sum(d.runs for d in history.runs) == insights.escalation_figures(settings).runs
    last = history.cost[-1]
    assert (
        round(last.all_cloud_usd - last.cloud_usd, 6) == insights.escalation_figures(settings).cost_saved_usd
    )
    assert all(
        a.all_cloud_usd <= b.all_cloud_usd for a, b in zip(history.cost, history.cost[1:], strict=False)
    )
    assert sum(len(g.latencies_ms) for g in history.latencies) == log.db.table("lm_calls").count
    assert len(insights.history(settings, days=2).calls) == 2


def test_search_takes_plain_words(settings: Settings, log: RunLog) -> None:
    found = insights.search_calls(settings, "which element", limit=500)
    expected = log.db.execute(
        "SELECT count(*) FROM lm_calls WHERE messages LIKE '%which%' AND messages LIKE '%element%'"
    ).fetchone()[0]
    assert len(found) == expected > 0
    assert all("element" in json.dumps(c.messages).lower() for c in found)
    # words that are FTS syntax elsewhere are just words here: no error, no match
    assert insights.search_calls(settings, 'NOT "quoted OR -minus*') == []
    assert insights.search_calls(settings, "   ") == []


def test_a_run_is_written_as_a_page(settings: Settings, log: RunLog, tmp_path: Path) -> None:
    run_id = insights.recent_runs(settings, last=1)[0].id
    out = insights.write_run_report(settings, run_id, tmp_path / "shared" / "run.html")
    assert f"Deskhand run {run_id}" in out.read_text(encoding="utf-8")
    with pytest.raises(DeskhandError, match="no run 4242"):
        insights.write_run_report(settings, 4242, tmp_path / "none.html")
