"""`deskhand run` and `deskhand demo`: do a task, print each step as it happens.

The run itself (the log, the models, stopping, the cloud, the result) is `app.services.run`;
this module parses the flags, prints the service's events and turns the result into the exit
code. With `--json`, every step is one JSON line and stdout's last line is the summary
`{"run_id", "task", "outcome", "steps", "lm_calls", "local_calls", "cloud_calls", "wall_s"}`
(plus `"error"` when the run failed or could not start). Questions for the person go to
stderr, so stdout stays parseable.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import EXIT_CONFIG, EXIT_DONE, EXIT_NOT_DONE
from app.config import Settings

if TYPE_CHECKING:
    from app.agent.steps import Step
    from app.services.cloud import Policy
    from app.services.run import DemoShown, RunEvent, RunResult


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = sub.add_parser("run", help="do a task on the display named by DISPLAY")
    run.add_argument("task", help='what to do, e.g. "Type Ada into the Name field and click Submit"')
    run.add_argument("--json", action="store_true", help="print steps and the summary as JSON lines")
    run.add_argument(
        "--max-steps", type=int, default=None, metavar="N", help="stop after N steps (default 20)"
    )
    run.add_argument("--dry-run", action="store_true", help="observe and decide, but do not act")
    run.add_argument(
        "--yes",
        action="store_true",
        help="DANGEROUS: confirm every sensitive action without asking (deleting, sending, paying)",
    )
    run.add_argument("--db", type=Path, default=None, metavar="PATH", help="run log database to use")
    run.add_argument(
        "--escalate",
        choices=("never", "ask", "always"),
        default="never",
        help="may a cloud model be consulted: never (default), ask each time, always for this run",
    )
    run.add_argument(
        "--allow-images", action="store_true", help="screenshots may be sent too (off by default)"
    )
    run.set_defaults(handler=_run)

    demo = sub.add_parser("demo", help="run a sample task on a practice app in a private virtual display")
    demo.add_argument("--task", default=None, help="another task for the practice app")
    demo.add_argument("--json", action="store_true", help="print steps and the summary as JSON lines")
    demo.add_argument("--db", type=Path, default=None, metavar="PATH", help="run log database to use")
    demo.set_defaults(handler=lambda settings, args, _p: cmd_demo(settings, args.task, as_json=args.json))


def _run(settings: Settings, args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.max_steps is not None and args.max_steps < 1:
        parser.error("--max-steps must be at least 1")
    return cmd_run(
        settings,
        args.task,
        as_json=args.json,
        max_steps=args.max_steps,
        dry_run=args.dry_run,
        escalate=args.escalate,
        images=args.allow_images,
        yes=args.yes,
    )


def terminal_confirm(question: str) -> bool:
    """Ask on the terminal (on stderr, so stdout stays clean JSON); no terminal means no."""
    if not sys.stdin.isatty():
        print(f"  ! {question} -> refused (no terminal to ask on)", file=sys.stderr)
        return False
    print(f"  ? {question} [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")


def terminal_ask(question: str) -> bool:
    """The permission gate's question on the terminal. Its text already says when a screenshot
    would go along; the screenshot itself is saved to a temporary PNG to look at before
    answering, and removed once answered."""
    from app.services.cloud import Question

    if not (isinstance(question, Question) and question.image is not None and sys.stdin.isatty()):
        return terminal_confirm(question)
    with tempfile.TemporaryDirectory(prefix="deskhand-") as folder:
        shot = Path(folder) / "screenshot-to-send.png"
        shot.write_bytes(question.image)
        print(f"  the screenshot that would be sent: {shot} (deleted once you answer)", file=sys.stderr)
        return terminal_confirm(question)


def cmd_run(
    settings: Settings,
    task_text: str,
    *,
    as_json: bool,
    max_steps: int | None,
    dry_run: bool,
    escalate: Policy = "never",
    images: bool = False,
    yes: bool = False,
) -> int:
    """Run a task and print it; the last stdout line is the JSON summary when `as_json`.
    `yes` confirms every sensitive action unasked (scripts that accept the risk)."""
    from app.agent.steps import Task
    from app.services.cloud import CloudChoice
    from app.services.run import RunRequest, TaskRun

    request = RunRequest(
        Task(task_text, max_steps=max_steps or settings.max_steps, dry_run=dry_run),
        CloudChoice(escalate, images),
        yes=yes,
    )
    run = TaskRun(settings, request, confirm=terminal_confirm, ask=terminal_ask)
    return print_run(run.events(), as_json=as_json, stop=run.stop)


def print_run(
    events: Iterable[RunEvent | DemoShown], *, as_json: bool, stop: Callable[[], None] | None = None
) -> int:
    """Print each event as it comes; the exit code for the run's result.

    An interrupt (Ctrl+C, SIGTERM) that lands while an event is printed asks the run to `stop`
    and goes on printing, so the run still ends with its result; one that lands inside the run
    is the run's own to handle (the service ends it as "stopped").
    """
    from app.services.run import RunResult

    code: int | None = None
    for event in events:
        if isinstance(event, RunResult):
            code = exit_code(event)
        try:
            _show(event, as_json)
        except KeyboardInterrupt:
            if stop is None:
                raise
            stop()
    if code is None:
        raise RuntimeError("the run ended without a result")
    return code


def exit_code(result: RunResult) -> int:
    """0 done, 1 not done (failed, stopped, refused), 2 could not start for a reason to fix."""
    if not result.started and result.outcome.status == "failed":
        return EXIT_CONFIG
    return EXIT_DONE if result.done else EXIT_NOT_DONE


def _show(event: RunEvent | DemoShown, as_json: bool) -> None:
    """Print one event as it comes."""
    from app.services.run import DemoShown, Progress, RunResult, RunStarted

    if isinstance(event, RunResult):
        _report(event, as_json)
    elif isinstance(event, Progress):
        if not as_json:
            print(event.message, flush=True)
    elif isinstance(event, RunStarted):
        for notice in event.notices:
            print(f"deskhand: {notice}", file=sys.stderr)
        if not as_json:
            mode = "dry run" if event.task.dry_run else "acting"
            print(f"run {event.run_id}: {event.task.text!r} on {event.models} ({mode})", flush=True)
    elif isinstance(event, DemoShown):
        if not as_json:
            print(f"final screenshot: {event.screenshot}")
            print(f"run log: {event.run_log} (see `deskhand logs`)")
            print(f"the practice form's own record: {json.dumps(event.form)}")
    else:
        print(json.dumps(step_json(event)) if as_json else format_step(event), flush=True)


def _report(result: RunResult, as_json: bool) -> None:
    outcome = result.outcome
    if as_json:
        print(json.dumps(result.summary()), flush=True)
    elif not result.started:
        print(f"deskhand: cannot start: {result.error}", file=sys.stderr)
    elif result.error is not None:
        print(f"error: {result.error}")
    else:
        print(
            f"{outcome.status.upper()}: {outcome.reason} — {outcome.steps} steps, "
            f"{outcome.lm_calls} model calls ({outcome.local_calls} local, {outcome.cloud_calls} cloud), "
            f"{result.wall_s:.1f} s"
        )


def format_step(step: Step) -> str:
    mark = {True: "ok", False: "!!", None: "--"}[step.verified]
    who = step.decided_by
    target = f' "{step.target.name}"' if step.target else ""
    t = step.timings
    line = (
        f"[{step.index + 1:>2}] {who:<5} {step.action.describe()}{target}  {mark} {step.note}"
        f"  (observe {t.observe_s:.2f}s, decide {t.decide_s:.2f}s, act {t.act_s:.2f}s)"
    )
    if step.route and step.decided_by != "code":
        line += f"\n       route: {step.route}"
    return line


def step_json(step: Step) -> dict[str, Any]:
    return {
        "step": step.index + 1,
        "goal": step.goal,
        "action": step.action.describe(),
        "target": step.target.name if step.target else None,
        "decided_by": step.decided_by,
        "verdict": step.verdict,
        "acted": step.acted,
        "verified": step.verified,
        "note": step.note,
        "route": step.route,
        "timings": {k: round(v, 4) for k, v in vars(step.timings).items()},
        "lm_calls": [
            {
                "role": c.role,
                "model": c.model,
                "output": c.output,
                "latency_ms": c.latency_ms,
                "tokens_out": c.tokens_out,
            }
            for c in step.lm_calls
        ],
    }


def cmd_demo(settings: Settings, task_text: str | None, *, as_json: bool) -> int:
    """The sample task (or `task_text`) on the practice form in a private display."""
    from app.services.run import DEMO_TASK, demo

    return print_run(demo(settings, task_text or DEMO_TASK, confirm=terminal_confirm), as_json=as_json)
