"""The step budget: where a step's time goes, on the practice suite and the generalization suite.

    .venv/bin/python -m bench.step_budget [--practice ID,...|all] [--generalization ID,...|all]

Runs Deskhand as shipped (the `model` baseline: code grounding, the built-in model as grounder
and actor on one `LlamaRuntime`, nobody to confirm) on the practice programs (`bench.tasks`, the
quick slice by default) and on real zenity, Tk and Qt dialogs of the generalization suite
(`bench.generalization_tasks`, a slice of one or two per family by default: the whole suite takes
half an hour on a busy 2-core machine), all on one private 1024x768 display. Every step's
`Step.timings` is kept: observe, decide, act and verify, with who decided it (code, or the model
and which role) and the tokens its calls took. Per suite the medians of each part, the median
decision of each model role (a pick asks the grounder up to twice; an actor move asks once) and
the share of step time each part takes. The goal is a model decision under `DECIDE_GOAL_S`
(issue 18); `python -m bench` reports the same figures under its goals.

The load average is recorded before and after: the machine is shared, and a decision's time
grows with it (OpenMP's threads wait for cores other programs hold).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.agent.steps import Outcome, Step, Task
from app.runtimes.base import Runtime
from bench import tasks as practice_tasks
from bench.generalization_tasks import TASKS as DIALOG_TASKS
from bench.suite import MAX_STEPS, SPLIT, build_controller, median, program_for

#: Issue 18: a model decision (grounder or actor) under half a second on a 2-core machine.
DECIDE_GOAL_S = 0.5
#: One or two dialogs per family (web forms left out: Chromium alone takes a core for seconds).
GENERALIZATION_QUICK = (
    "save-discard",
    "retry-another-go",
    "entry-call-it",
    "form-login",
    "radio-pick",
    "check-two",
    "row-open",
    "tk-string",
    "none-xl",
    "qt-unsaved-throw-away",
    "qt-text-name",
    "qt-prefs-dark",
)


def step_rows(suite: str, task: str, steps: Iterable[Step]) -> list[dict[str, Any]]:
    """One row per step: its four parts, who decided and what its model calls took."""
    rows = []
    for step in steps:
        roles = sorted({c.role for c in step.lm_calls})
        rows.append(
            {
                "suite": suite,
                "task": task,
                "decided_by": step.decided_by,
                "role": "+".join(roles) if roles else None,
                "calls": len(step.lm_calls),
                "tokens_in": sum(c.tokens_in for c in step.lm_calls),
                "tokens_out": sum(c.tokens_out for c in step.lm_calls),
                **{k: round(getattr(step.timings, k), 4) for k in SPLIT},
            }
        )
    return rows


def summarize(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Medians of each part of a step, the model's decisions per role and each part's share."""
    totals = {k: sum(r[k] for r in rows) for k in SPLIT}
    whole = sum(totals.values())
    model = [r for r in rows if r["calls"]]
    return {
        "steps": len(rows),
        "model_steps": len(model),
        "median_s": {k: median([r[k] for r in rows]) for k in SPLIT},
        "step_median_s": median([sum(r[k] for k in SPLIT) for r in rows]),
        "share_of_time": {k: round(v / whole, 3) if whole else None for k, v in totals.items()},
        "model_decide_median_s": median([r["decide_s"] for r in model]),
        "model_decide_by_role": {
            role: {
                "steps": len(mine),
                "decide_median_s": median([r["decide_s"] for r in mine]),
                "calls_median": median([r["calls"] for r in mine]),
                "tokens_in_median": median([r["tokens_in"] for r in mine]),
                "tokens_out_median": median([r["tokens_out"] for r in mine]),
            }
            for role in sorted({r["role"] for r in model})
            for mine in [[r for r in model if r["role"] == role]]
        },
        "code_decide_median_s": median([r["decide_s"] for r in rows if not r["calls"]]),
    }


def practice(ids: Sequence[str], runtime: Runtime, state_dir: Path) -> list[dict[str, Any]]:
    """The practice programs' tasks under the shipped agent; one row per step."""
    from app.desktop.actions import Hands
    from app.desktop.screen import ScreenReader

    screen = ScreenReader()
    controller = build_controller("model", screen, Hands(), runtime)
    rows: list[dict[str, Any]] = []
    for task in practice_tasks.by_id(",".join(ids)):
        with program_for(task, state_dir / f"{task.id}.json"):
            screen.tracker.reset()
            items = list(controller.run(Task(task.text, max_steps=MAX_STEPS)))
        rows += step_rows("practice", task.id, (i for i in items if isinstance(i, Step)))
    return rows


def generalization(ids: Sequence[str], runtime: Runtime) -> tuple[list[dict[str, Any]], dict[str, bool]]:
    """The generalization suite's dialogs under the shipped agent: rows per step, and whether
    each task succeeded as its program judges it (the budget's context, not its subject)."""
    from app.agent.controller import Controller
    from app.agent.specialists import Actor, Grounder
    from app.desktop.actions import Hands
    from app.desktop.screen import ScreenReader
    from bench.generalization import judge, start, stop

    by_id = {t.id: t for t in DIALOG_TASKS}
    controller = Controller(
        screen=ScreenReader(),
        hands=Hands(),
        grounder=Grounder(runtime),
        actor=Actor(runtime),
        confirm=lambda _question: False,
        settle_s=0.35,
    )
    rows: list[dict[str, Any]] = []
    success: dict[str, bool] = {}
    for task_id in ids:
        task = by_id[task_id]
        started = start(task)
        try:
            items = list(controller.run(Task(task.task, max_steps=MAX_STEPS)))
            deadline = time.perf_counter() + 3.0
            while started.program.poll() is None and time.perf_counter() < deadline:
                time.sleep(0.1)
            rc = started.program.poll()
        finally:
            out = stop(started.program)
        outcome = items[-1]
        assert isinstance(outcome, Outcome)
        steps = [i for i in items if isinstance(i, Step)]
        acted = any(s.acted for s in steps)
        success[task_id] = judge(task, rc, out.strip()) and (
            not task.untouched or (outcome.status != "done" and not acted)
        )
        rows += step_rows("generalization", task_id, steps)
    return rows, success


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--practice", default=",".join(practice_tasks.QUICK), help="task ids, all, or none")
    parser.add_argument(
        "--generalization", default=",".join(GENERALIZATION_QUICK), help="task ids, all, or none"
    )
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    args = parser.parse_args(argv)
    from app.desktop.sandbox import VirtualDisplay
    from app.runtimes.llama import LlamaRuntime
    from bench.runtime import builtin_model

    practice_ids = (
        []
        if args.practice == "none"
        else [t.id for t in practice_tasks.TASKS]
        if args.practice == "all"
        else args.practice.split(",")
    )
    general_ids = (
        []
        if args.generalization == "none"
        else [t.id for t in DIALOG_TASKS]
        if args.generalization == "all"
        else args.generalization.split(",")
    )
    load_before = [round(x, 2) for x in os.getloadavg()]
    runtime = LlamaRuntime(builtin_model())  # as shipped: every core but one, the CPU copy
    with VirtualDisplay(size=(1024, 768)), tempfile.TemporaryDirectory(prefix="bench-budget-") as state:
        practice_rows = practice(practice_ids, runtime, Path(state)) if practice_ids else []
        general_rows, general_success = generalization(general_ids, runtime) if general_ids else ([], {})
    runtime.close()
    figures = {
        "load_average_before": load_before,
        "goal_model_decide_median_s": DECIDE_GOAL_S,
        "practice": summarize(practice_rows),
        "generalization": {**summarize(general_rows), "success": general_success},
        "steps": practice_rows + general_rows,
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }
    text = json.dumps(figures, indent=2)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
