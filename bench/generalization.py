"""Run the generalization suite (bench.generalization_tasks) and write its figures as JSON.

Each task starts its real program (zenity or a Tk dialog) alone on a private Xvfb display,
the agent runs as shipped (OCR perception, code grounding, the built-in model as grounder and
actor, no cloud, nobody to confirm: as a script without a terminal), then the program's own
output is read: its exit code and what it printed. Figures: success, false "done" (the agent
said done, the program disagrees), wrong dismissals (the program ended on Cancel/No, or ended
at all, when the task did not ask for that), actions on tasks that must not act, crashes and
the median episode time.

Episodes run in a worker process; a worker that dies (a native fault in a model call) is a
crash of the task it was running, and a new worker carries on with the next task.

    .venv/bin/python -m bench.generalization --label before [--only id1,id2]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bench.generalization_tasks import TASKS, GenTask

RESULTS = Path(__file__).parent / "results"
#: Time for a dialog to map and paint before the agent looks at it.
SHOW_S = 1.5
#: The longest wait for a program that says when it is on screen (GEN_READY): Chromium on a
#: loaded machine takes several seconds to start and load its page.
READY_TIMEOUT_S = 45.0
#: Time for the program to exit and print after the agent ends.
EXIT_S = 1.0
MAX_STEPS = 12
#: How many tasks the first frozen list had; the rest were appended later (issue 15 item 8).
FIRST_FROZEN = 47


def judge(task: GenTask, rc: int | None, out: str) -> bool:
    """Whether the program's own output says the task was done (or left alone, as it must)."""
    if task.untouched:
        return rc is None
    if rc != task.rc:
        return False
    if task.out is None:
        return True
    if task.as_set:
        return set(out.split("|")) == set(task.out.split("|"))
    return out == task.out


@dataclass
class Started:
    """A task's program, running on the display."""

    program: subprocess.Popen[str]
    #: Seconds from the start to the agent's first look.
    startup_s: float
    #: The file the program wrote when it was on screen (a web form writes its address there).
    ready: Path


def start(task: GenTask) -> Started:
    """Start the task's program and wait until it is on screen.

    Programs that can tell (the Qt dialogs and the web forms touch the file named by GEN_READY)
    are waited for; zenity and Tk get the fixed SHOW_S. Each program leads its own process group,
    so a web form's Chromium goes with it when the suite ends it.
    """
    from app.desktop.perception.bus import PROGRAM_ENV

    ready = Path(tempfile.mkdtemp(prefix="gen-ready-")) / "ready"
    env = {**os.environ, **PROGRAM_ENV, "QT_QPA_PLATFORM": "xcb", "GEN_READY": str(ready)}
    began = time.perf_counter()
    program = subprocess.Popen(
        task.program,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        start_new_session=True,
    )
    if task.program[0] == sys.executable:
        deadline = began + READY_TIMEOUT_S
        while not ready.exists() and program.poll() is None and time.perf_counter() < deadline:
            time.sleep(0.1)
    time.sleep(SHOW_S)
    return Started(program, time.perf_counter() - began, ready)


def stop(program: subprocess.Popen[str]) -> str:
    """End the program and its children if still running; what it printed."""
    if program.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(program.pid, signal.SIGTERM)
        try:
            program.wait(timeout=8)
        except subprocess.TimeoutExpired:
            os.killpg(program.pid, signal.SIGKILL)
    out, _ = program.communicate(timeout=5)
    # Children (Chromium's helpers) outlive a parent killed above; take the whole group.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(program.pid, signal.SIGKILL)
    return out


def episode(task: GenTask, controller: Any) -> dict[str, Any]:
    from app.agent.steps import Outcome, Step, Task

    started_program = start(task)
    program = started_program.program
    try:
        started = time.perf_counter()
        steps: list[Step] = []
        outcome: Outcome | None = None
        for item in controller.run(Task(task.task, max_steps=MAX_STEPS)):
            if isinstance(item, Step):
                steps.append(item)
            else:
                outcome = item
        wall = time.perf_counter() - started
        # A web form's program ends only after closing Chromium; give it that time.
        deadline = time.perf_counter() + EXIT_S * (6 if task.program[0] == sys.executable else 1)
        while program.poll() is None and time.perf_counter() < deadline:
            time.sleep(0.1)
        rc = program.poll()
    finally:
        out = stop(program)
    assert outcome is not None
    out = out.strip()
    acted = sum(1 for s in steps if s.acted)
    # A task that must be left alone also needs the agent to say it was not done, and not to act.
    success = judge(task, rc, out) and (not task.untouched or (outcome.status != "done" and not acted))
    harmed = rc is not None and rc != 0 and rc != task.rc
    return {
        "id": task.id,
        "family": task.family,
        "task": task.task,
        "success": success,
        "status": outcome.status,
        "reason": outcome.reason,
        "false_done": outcome.status == "done" and not success,
        "wrong_dismissal": harmed,
        "acted": acted,
        "acted_when_forbidden": task.untouched and acted > 0,
        "program_rc": rc,
        "program_out": out,
        "steps": [
            f"{s.decided_by}: {s.action.describe()} {s.target.name if s.target else ''!r} "
            f"verified={s.verified} {s.note}"
            for s in steps
        ],
        "lm_calls": outcome.lm_calls,
        "wall_s": round(wall, 2),
        "startup_s": round(started_program.startup_s, 2),
        "crashed": False,
    }


def worker(ids: list[str], journal: Path) -> None:
    """Run the tasks `ids` in order, journalling each start and each result (one JSON line)."""
    from app.agent.controller import Controller
    from app.agent.specialists import Actor, Grounder
    from app.desktop.actions import Hands
    from app.desktop.screen import ScreenReader
    from app.runtimes.catalog import resolve_role
    from app.runtimes.llama import LlamaRuntime

    models = Path(tempfile.mkdtemp(prefix="gen-models-"))
    runtime = LlamaRuntime(resolve_role("actor", models), threads=2)
    controller = Controller(
        screen=ScreenReader(),
        hands=Hands(),
        grounder=Grounder(runtime),
        actor=Actor(runtime),
        confirm=lambda _question: False,
        settle_s=0.35,
    )
    by_id = {t.id: t for t in TASKS}
    with journal.open("a") as log:
        for task_id in ids:
            log.write(json.dumps({"start": task_id}) + "\n")
            log.flush()
            try:
                record = episode(by_id[task_id], controller)
            except Exception as exc:  # a Python error is a crash of the agent, reported as such
                record = {
                    "id": task_id,
                    "family": by_id[task_id].family,
                    "task": by_id[task_id].task,
                    "crashed": True,
                    "error": f"{type(exc).__name__}: {exc}",
                    "success": False,
                }
            log.write(json.dumps({"result": record}) + "\n")
            log.flush()


def run(ids: list[str]) -> list[dict[str, Any]]:
    """Run `ids` through workers on one private display, restarting after a worker dies."""
    from app.desktop.sandbox import VirtualDisplay

    journal = Path(tempfile.mkdtemp(prefix="gen-")) / "journal.jsonl"
    results: dict[str, dict[str, Any]] = {}
    with VirtualDisplay(size=(1024, 768)) as display:
        env = {**os.environ, "DISPLAY": display.display}
        remaining = list(ids)
        while remaining:
            code = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "bench.generalization",
                    "--worker",
                    ",".join(remaining),
                    "--journal",
                    str(journal),
                ],
                env=env,
                check=False,
            ).returncode
            started: str | None = None
            for line in journal.read_text().splitlines():
                entry = json.loads(line)
                if "start" in entry:
                    started = entry["start"]
                else:
                    results[entry["result"]["id"]] = entry["result"]
                    started = None
            if started is not None and started not in results:
                task = next(t for t in TASKS if t.id == started)
                results[started] = {
                    "id": started,
                    "family": task.family,
                    "task": task.task,
                    "crashed": True,
                    "error": f"worker died (exit {code})",
                    "success": False,
                }
            remaining = [i for i in ids if i not in results]
    return [results[i] for i in ids]


def _rate(records: list[dict[str, Any]], key: str) -> float | None:
    return round(sum(1 for r in records if r.get(key)) / len(records), 3) if records else None


def figures(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The suite's figures over `records`: rates, counts and the median episode time."""
    ran = [r for r in records if not r["crashed"]]
    return {
        "tasks": len(records),
        "success": _rate(records, "success"),
        "false_done": _rate(records, "false_done"),
        "wrong_dismissals": sum(1 for r in records if r.get("wrong_dismissal")),
        "acted_when_forbidden": sum(1 for r in records if r.get("acted_when_forbidden")),
        "crashes": sum(1 for r in records if r["crashed"]),
        "median_episode_s": round(statistics.median(r["wall_s"] for r in ran), 2) if ran else None,
    }


def summarize(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Figures for the whole run, for the tasks first frozen (47) and those appended, per family."""
    first = {t.id for t in TASKS[:FIRST_FROZEN]}
    families = sorted({r["family"] for r in records})
    return {
        **figures(records),
        "by_family": {
            f: f"{sum(1 for r in records if r['family'] == f and r['success'])}/"
            f"{sum(1 for r in records if r['family'] == f)}"
            for f in families
        },
        "outcomes": dict(Counter(r.get("status", "crash") for r in records)),
        "first_47": figures([r for r in records if r["id"] in first]),
        "appended": figures([r for r in records if r["id"] not in first]),
        "families": {f: figures([r for r in records if r["family"] == f]) for f in families},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", default="run")
    parser.add_argument("--only", default="")
    parser.add_argument("--worker", default="")
    parser.add_argument("--journal", default="")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker.split(","), Path(args.journal))
        return
    ids = args.only.split(",") if args.only else [t.id for t in TASKS]
    load_before = os.getloadavg()
    records = run(ids)
    summary = summarize(records)
    print(json.dumps(summary, indent=2))
    for r in records:
        print(
            ("ok  " if r["success"] else "FAIL"),
            r["id"],
            r.get("status"),
            r.get("program_rc"),
            repr(r.get("program_out")),
            r.get("reason", r.get("error", ""))[:110],
        )
    if not args.only:
        RESULTS.mkdir(exist_ok=True)
        path = RESULTS / f"generalization-{args.label}.json"
        payload = {
            "date": date.today().isoformat(),
            "label": args.label,
            "commit": subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
            ).stdout.strip(),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
            "summary": summary,
            "records": records,
        }
        path.write_text(json.dumps(payload, indent=2) + "\n")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
