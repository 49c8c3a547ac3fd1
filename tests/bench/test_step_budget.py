"""The step budget: each step's observe / decide / act / verify, and the model's decisions apart.

The summary is checked on steps written by hand; one practice task and one real zenity dialog
then run through `python -m bench.step_budget` end to end. Timings are never asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.step_budget import summarize

ROOT = Path(__file__).resolve().parents[2]


def row(decided_by: str, role: str | None, decide_s: float, calls: int = 0) -> dict[str, Any]:
    return {
        "suite": "practice",
        "task": "t",
        "decided_by": decided_by,
        "role": role,
        "calls": calls,
        "tokens_in": 100 * calls,
        "tokens_out": 10 * calls,
        "observe_s": 0.1,
        "decide_s": decide_s,
        "act_s": 0.2,
        "verify_s": 0.3,
    }


def test_model_decisions_are_summed_apart_from_code_and_by_role() -> None:
    figures = summarize(
        [
            row("code", None, 0.001),
            row("code", None, 0.003),
            row("local", "grounder", 0.8, calls=2),
            row("local", "actor", 0.4, calls=1),
            row("local", "actor", 0.6, calls=1),
        ]
    )
    assert figures["steps"] == 5 and figures["model_steps"] == 3
    assert figures["model_decide_median_s"] == 0.6
    assert figures["code_decide_median_s"] == 0.002
    assert figures["model_decide_by_role"]["actor"]["decide_median_s"] == 0.5
    assert figures["model_decide_by_role"]["grounder"]["calls_median"] == 2
    assert figures["median_s"]["verify_s"] == 0.3
    assert sum(figures["share_of_time"].values()) == pytest.approx(1.0, abs=0.01)


def test_no_steps_give_empty_figures_not_an_error() -> None:
    figures = summarize([])
    assert figures["steps"] == 0 and figures["model_decide_median_s"] is None


@pytest.mark.display
@pytest.mark.model
def test_a_practice_task_and_a_real_dialog_give_their_budgets(require_xvfb: str, tmp_path: Path) -> None:
    out = tmp_path / "budget.json"
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    args = ["--practice", "form-paraphrase-email", "--generalization", "save-discard", "--out", str(out)]
    result = subprocess.run(
        [sys.executable, "-m", "bench.step_budget", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(out.read_text())
    assert figures["practice"]["steps"] >= 1 and figures["generalization"]["steps"] >= 1
    assert set(figures["generalization"]["success"]) == {"save-discard"}
    assert {r["suite"] for r in figures["steps"]} == {"practice", "generalization"}
    # The paraphrase names no label: the grounder decides it.
    assert "grounder" in figures["practice"]["model_decide_by_role"]
    assert len(figures["load_average_before"]) == 3
