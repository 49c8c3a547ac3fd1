"""Smoke run of the benchmark: `python -m bench` runs end to end and writes complete figures.

A slice of the quick mode (one task per practice program, the no-model floor and the built-in
model), so CI sees the suite, the checkers, the runtime figures and the plots work. It asserts
that every figure is there and every checker ran, never what a timing or a success rate is:
benchmarks do not fail on a number.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.desktop.sandbox import VirtualDisplay
from bench.suite import SPLIT
from bench.tasks import KINDS, QUICK, TASKS, by_id

pytestmark = [pytest.mark.display, pytest.mark.model]

ROOT = Path(__file__).resolve().parents[2]
SLICE = "form-click-submit,desk-check-dark,web-unsafe-reset"


def test_the_suite_covers_every_kind_on_three_programs() -> None:
    assert len(TASKS) >= 40
    assert len({t.id for t in TASKS}) == len(TASKS)
    assert {t.program for t in TASKS} == {"form", "desk", "web"}
    assert {t.kind for t in TASKS} == set(KINDS)
    assert all(not t.possible for t in TASKS if t.kind == "impossible")
    assert {t.id for t in by_id(QUICK)} == set(QUICK)
    with pytest.raises(ValueError, match="unknown task"):
        by_id("no-such-task")


def test_an_impossible_task_fails_when_the_agent_claims_it_done() -> None:
    task = next(t for t in TASKS if t.kind == "impossible")
    state = {"name": ""}
    assert task.succeeded(state, dict(state), "failed")
    assert not task.succeeded(state, dict(state), "done")
    assert not task.succeeded(state, {"name": "x"}, "failed")


@pytest.fixture(scope="module")
def figures(
    tmp_path_factory: pytest.TempPathFactory, require_xvfb: str, require_chromium: str
) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("bench-results")
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--quick",
            "--tasks",
            SLICE,
            "--runtime-repeat",
            "1",
            "--no-runtime-cache",
            "--no-step-budget",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    files = list(out.glob("*-quick.json"))
    assert len(files) == 1, result.stdout[-2000:]
    data: dict[str, Any] = json.loads(files[0].read_text())
    return data


def test_every_task_ran_and_its_checker_read_the_program(figures: dict[str, Any]) -> None:
    agent = figures["agent"]
    assert agent["task_ids"] == SLICE.split(",")
    assert set(agent["baselines"]) == {"floor", "model"}
    for runs in agent["runs"].values():
        assert [r["task"] for r in runs] == SLICE.split(",")
        for r in runs:
            assert r["checked"] is True, r.get("error")
            assert isinstance(r["success"], bool)
            assert r["outcome"] in ("done", "failed", "refused", "stopped")
            assert len(r["timings"]) == r["steps"] == len(r["decided_by"])
            assert all(set(t) == set(SPLIT) for t in r["timings"])


def test_the_figures_are_complete(figures: dict[str, Any], virtual_display: VirtualDisplay) -> None:
    assert figures["mode"] == "quick" and figures["machine"]["cores"]
    for summary in figures["agent"]["baselines"].values():
        for key in ("success_rate", "success_by_kind", "steps_total", "lm_calls", "local_share"):
            assert key in summary
        assert set(summary["step_split_median_s"]) == set(SPLIT)
        assert summary["cloud_calls"] == 0
    runtime = figures["runtime"]
    for key in ("runtime_vs_raw", "bandwidth_bound", "constrained_decoding", "prefix_cache", "load"):
        assert runtime[key], key
    assert runtime["runtime_vs_raw"]["ratio"] is not None
    assert runtime["model_process"]["peak_rss_mb"] > 0
    assert set(figures["startup"]) == {"python_bare", "deskhand_version", "deskhand_run_no_display"}
    assert figures["startup"]["deskhand_run_no_display"]["exit_code"] == 2
    assert all("value" in g and "met" in g for g in figures["goals"].values())
    assert len(figures["plots"]) == 3 and all(Path(p).stat().st_size > 0 for p in figures["plots"])
