"""Run the task suite under each baseline and turn the runs into figures.

Baselines, all in the same run on the same display so their figures compare side by side:

- `floor`: no model at all (OCR + text matching): `Controller(grounder=None, actor=None)`;
- `model`: Deskhand as shipped, with the built-in model;
- `no-code-grounding`: every choice goes to the model (`code_grounding=False`);
- `no-schema`: the model answers in free text parsed afterwards (`constrained=False`).

Each task starts its program afresh, the agent runs, and the task's checker reads the
program's state file. Per task: success, outcome, steps, model calls (local, cloud), wall time
and every step's observe / decide / act / verify split (`Step.timings`).
"""

from __future__ import annotations

import statistics
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.agent.controller import Controller
from app.agent.specialists import Actor, Grounder
from app.agent.steps import Outcome, Step, Task
from app.desktop.actions import Hands
from app.desktop.practice import PracticeApp, PracticeDesk, PracticeProgram, PracticeWeb
from app.desktop.screen import ScreenReader
from app.runtimes.base import Runtime
from bench.tasks import KINDS, BenchTask

BASELINES = ("floor", "model", "no-code-grounding", "no-schema")
SPLIT = ("observe_s", "decide_s", "act_s", "verify_s")
#: Pause after the run before reading the state: the web page reports through an async fetch.
STATE_SETTLE_S = 0.6
MAX_STEPS = 12


def median(values: Sequence[float]) -> float | None:
    return round(statistics.median(values), 4) if values else None


def build_controller(
    baseline: str, screen: ScreenReader, hands: Hands, runtime: Runtime | None
) -> Controller:
    """The agent a baseline stands for; nobody answers confirmation questions (as in CI)."""
    if baseline not in BASELINES:
        raise ValueError(f"unknown baseline {baseline!r}; pick from {', '.join(BASELINES)}")
    grounder: Grounder | None = None
    actor: Actor | None = None
    if baseline != "floor":
        if runtime is None:
            raise ValueError(f"the {baseline!r} baseline needs a model runtime")
        constrained = baseline != "no-schema"
        grounder = Grounder(runtime, constrained=constrained)
        actor = Actor(runtime, constrained=constrained)
    return Controller(
        screen=screen,
        hands=hands,
        grounder=grounder,
        actor=actor,
        confirm=lambda _question: False,
        code_grounding=baseline != "no-code-grounding",
    )


def program_for(task: BenchTask, state_path: Path) -> PracticeProgram:
    setup = task.setup
    if task.program == "form":
        return PracticeApp(
            state_path, scenario="injection" if setup.get("scenario") == "injection" else "default"
        )
    if task.program == "desk":
        tab = setup.get("tab", "Contacts")
        assert tab in ("Contacts", "Notes", "Settings")
        return PracticeDesk(state_path, tab=tab)
    page = setup.get("page", "signup")
    assert page in ("signup", "settings")
    return PracticeWeb(state_path, page=page, tab=setup.get("tab"))


def run_task(
    task: BenchTask, controller: Controller, screen: ScreenReader, state_dir: Path, label: str
) -> dict[str, Any]:
    """One task under one agent: start the program, run, check the program's own record."""
    record: dict[str, Any] = {"task": task.id, "program": task.program, "kind": task.kind, "checked": False}
    started = time.perf_counter()
    try:
        with program_for(task, state_dir / f"{label}-{task.id}.json") as program:
            record["launch_s"] = round(time.perf_counter() - started, 3)
            before = program.state()
            screen.tracker.reset()
            run_started = time.perf_counter()
            items = list(controller.run(Task(task.text, max_steps=MAX_STEPS)))
            record["wall_s"] = round(time.perf_counter() - run_started, 3)
            time.sleep(STATE_SETTLE_S)
            after = program.state()
    except Exception as exc:  # a program that did not start is a figure, not a crash
        record.update(error=f"{type(exc).__name__}: {exc}", trace=traceback.format_exc(limit=3))
        return record
    outcome = items[-1]
    assert isinstance(outcome, Outcome)
    steps = [i for i in items if isinstance(i, Step)]
    record.update(
        checked=True,
        success=task.succeeded(before, after, outcome.status),
        outcome=outcome.status,
        reason=outcome.reason,
        steps=len(steps),
        lm_calls=outcome.lm_calls,
        local_calls=outcome.local_calls,
        cloud_calls=outcome.cloud_calls,
        decided_by=[s.decided_by for s in steps],
        trace=[f"{s.goal} | {s.decided_by} {s.action.describe()} | {s.verified} {s.note}" for s in steps],
        timings=[{k: round(getattr(s.timings, k), 4) for k in SPLIT} for s in steps],
        state_changed=before != after,
    )
    return record


def run_suite(
    tasks: Sequence[BenchTask],
    baselines: Sequence[str],
    runtime: Runtime | None,
    state_dir: Path,
    repeat: int = 1,
    progress: Callable[[str], None] = print,
    on_record: Callable[[str, dict[str, Any]], None] = lambda _baseline, _record: None,
) -> dict[str, list[dict[str, Any]]]:
    """Every task under every baseline, interleaved per task so drift hits all baselines alike.

    `on_record` sees each record as it is made (the CLI appends them to a file, so a run cut
    short still leaves its figures)."""
    screen = ScreenReader()
    hands = Hands()
    controllers = {b: build_controller(b, screen, hands, runtime) for b in baselines}
    runs: dict[str, list[dict[str, Any]]] = {b: [] for b in baselines}
    for n in range(repeat):
        for task in tasks:
            for baseline, controller in controllers.items():
                record = run_task(task, controller, screen, state_dir, f"{baseline}-{n}")
                record["repeat"] = n
                runs[baseline].append(record)
                on_record(baseline, record)
                verdict = "ok" if record.get("success") else "FAIL"
                progress(
                    f"  {baseline:18} {task.id:28} {verdict:4} {record.get('outcome', 'error'):8}"
                    f" steps={record.get('steps', 0)} calls={record.get('lm_calls', 0)}"
                    f" wall={record.get('wall_s', 0):.1f}s"
                )
    return runs


def summarize(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Figures for one baseline: success overall, per kind and program, calls, step split."""
    checked = [r for r in records if r["checked"]]
    split: dict[str, list[float]] = {k: [] for k in SPLIT}
    totals: list[float] = []
    model_decides: list[float] = []
    for r in checked:
        for t, by in zip(r["timings"], r["decided_by"], strict=True):
            for k in SPLIT:
                split[k].append(t[k])
            totals.append(sum(t.values()))
            if by != "code":
                model_decides.append(t["decide_s"])
    calls = sum(r["lm_calls"] for r in checked)
    local = sum(r["local_calls"] for r in checked)

    def rate(rs: Sequence[dict[str, Any]]) -> float | None:
        return round(sum(1 for r in rs if r["success"]) / len(rs), 3) if rs else None

    return {
        "tasks": len(records),
        "checked": len(checked),
        "errors": len(records) - len(checked),
        "success_rate": rate(checked),
        "success_by_kind": {k: rate([r for r in checked if r["kind"] == k]) for k in KINDS},
        "success_by_program": {
            p: rate([r for r in checked if r["program"] == p]) for p in ("form", "desk", "web")
        },
        "outcomes": {
            o: sum(1 for r in checked if r["outcome"] == o) for o in ("done", "failed", "refused", "stopped")
        },
        #: Said "done" although the program's record shows the task was not done.
        "false_done": sum(1 for r in checked if r["outcome"] == "done" and not r["success"]),
        "steps_total": sum(r["steps"] for r in checked),
        "steps_median": median([r["steps"] for r in checked]),
        "lm_calls": calls,
        "local_calls": local,
        "cloud_calls": sum(r["cloud_calls"] for r in checked),
        "local_share": round(local / calls, 3) if calls else None,
        "wall_s_median": median([r["wall_s"] for r in checked]),
        "wall_s_total": round(sum(r["wall_s"] for r in checked), 2),
        "step_split_median_s": {k: median(v) for k, v in split.items()},
        "step_split_mean_s": {k: round(statistics.fmean(v), 4) if v else None for k, v in split.items()},
        "step_total_median_s": median(totals),
        "model_decide_median_s": median(model_decides),
        "model_decided_steps": len(model_decides),
    }
