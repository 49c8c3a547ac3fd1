"""`deskhand run` and `deskhand demo`: do a task, print each step as it happens, log it.

With `--json`, every step is one JSON line and stdout's last line is the summary
`{"run_id", "task", "outcome", "steps", "lm_calls", "local_calls", "cloud_calls", "wall_s"}`
(plus `"error"` when the run failed or could not start). Questions for the person go to
stderr, so stdout stays parseable.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import EXIT_CONFIG, EXIT_DONE, EXIT_NOT_DONE
from app.config import Settings

if TYPE_CHECKING:
    from app.agent.steps import Step, Task
    from app.main import Escalation, RunResult, Session
    from app.store.log import RunLog


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = sub.add_parser("run", help="do a task on the display named by DISPLAY")
    run.add_argument("task", help='what to do, e.g. "Type Ada into the Name field and click Submit"')
    run.add_argument("--json", action="store_true", help="print steps and the summary as JSON lines")
    run.add_argument(
        "--max-steps", type=int, default=None, metavar="N", help="stop after N steps (default 20)"
    )
    run.add_argument("--dry-run", action="store_true", help="observe and decide, but do not act")
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
    demo.set_defaults(
        handler=lambda settings, args, _p: cmd_demo(settings, args.task or DEMO_TASK, as_json=args.json)
    )


def _demo(settings: Settings, args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    return cmd_demo(settings, args.task or DEMO_TASK, as_json=args.json)


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
    from app.privacy.gate import Question

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
    escalate: str = "never",
    images: bool = False,
) -> int:
    """Run a task and print it; the last stdout line is the JSON summary when `as_json`."""
    from app.agent.steps import Task
    from app.desktop.screen import DisplayError
    from app.main import Escalation, ProviderError, display_name, open_log, open_session, resolve_provider
    from app.runtimes.base import ModelError
    from app.store.db import StoreError

    task = Task(task_text, max_steps=max_steps or settings.max_steps, dry_run=dry_run)
    started = time.perf_counter()
    try:
        log = open_log(settings)
    except StoreError as exc:
        return _cannot_start(task_text, None, str(exc), started, as_json)
    try:
        escalation = Escalation("never")
        if escalate != "never":
            provider = resolve_provider(settings)
            if provider is None:
                raise ProviderError(
                    f"--escalate {escalate} needs a cloud provider: set DESKHAND_CLOUD_BASE_URL and "
                    f"DESKHAND_CLOUD_MODEL, or write {settings.cloud_file}"
                )
            remembered = escalate == "ask" and provider.always_allow
            escalation = Escalation(
                "always" if escalate == "always" or remembered else "ask", provider, images
            )
        session = open_session(settings, dry_run=dry_run)
    except (DisplayError, ModelError, ProviderError) as exc:
        run_id = log.start_run(task_text, model="", dry_run=dry_run, display=display_name())
        _log_cannot_start(log, run_id, str(exc), started)
        return _cannot_start(task_text, run_id, str(exc), started, as_json)
    for notice in session.notices:
        print(f"deskhand: {notice}", file=sys.stderr)
    run_id = log.start_run(task_text, model=session.models, dry_run=dry_run, display=display_name())
    return stream_run(settings, log, session, task, run_id, as_json=as_json, escalation=escalation)


def stream_run(
    settings: Settings,
    log: RunLog,
    session: Session,
    task: Task,
    run_id: int,
    *,
    as_json: bool,
    escalation: Escalation | None = None,
) -> int:
    """Print each step as it happens and the summary at the end; the exit code for the outcome."""
    from app.main import Escalation, RunResult, execute
    from app.store.db import StoreError

    if not as_json:
        mode = "dry run" if task.dry_run else "acting"
        print(f"run {run_id}: {task.text!r} on {session.models} ({mode})")
    try:
        for item in execute(
            settings,
            log,
            session,
            task,
            run_id,
            terminal_confirm,
            escalation or Escalation(),
            ask=terminal_ask,
        ):
            if isinstance(item, RunResult):
                return _report(item, as_json)
            print(json.dumps(step_json(item)) if as_json else format_step(item), flush=True)
    except StoreError as exc:
        print(
            json.dumps({"run_id": run_id, "task": task.text, "outcome": "failed", "error": str(exc)})
            if as_json
            else f"error: {exc}"
        )
        return EXIT_NOT_DONE
    raise RuntimeError("the controller ended without an outcome")


def _report(result: RunResult, as_json: bool) -> int:
    outcome = result.outcome
    if as_json:
        error = None if outcome.status == "done" else outcome.reason
        print(json.dumps(result.summary(error)), flush=True)
    else:
        print(
            f"{outcome.status.upper()}: {outcome.reason} — {outcome.steps} steps, "
            f"{outcome.lm_calls} model calls ({outcome.local_calls} local, {outcome.cloud_calls} cloud), "
            f"{result.wall_s:.1f} s"
        )
    return EXIT_DONE if outcome.status == "done" else EXIT_NOT_DONE


def _log_cannot_start(log: RunLog, run_id: int, error: str, started: float) -> None:
    log.finish_run(
        run_id,
        outcome="failed",
        reason=error,
        steps=0,
        lm_calls=0,
        local_calls=0,
        cloud_calls=0,
        wall_s=time.perf_counter() - started,
    )


def _cannot_start(task: str, run_id: int | None, error: str, started: float, as_json: bool) -> int:
    if as_json:
        print(
            json.dumps(
                {
                    "run_id": run_id,
                    "task": task,
                    "outcome": "failed",
                    "steps": 0,
                    "lm_calls": 0,
                    "local_calls": 0,
                    "cloud_calls": 0,
                    "wall_s": round(time.perf_counter() - started, 3),
                    "error": error,
                }
            )
        )
    else:
        print(f"deskhand: cannot start: {error}", file=sys.stderr)
    return EXIT_CONFIG


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


# -- demo ------------------------------------------------------------------------------------

DEMO_TASK = (
    "Type Ada Lovelace into the Name field, type ada@example.com into the e-mail address box, "
    "choose France from the Country dropdown, tick the newsletter box and click Submit"
)


def cmd_demo(settings: Settings, task_text: str, *, as_json: bool) -> int:
    """The main job for a newcomer: a private display, the practice form, a task, a screenshot."""
    from PIL import Image

    from app.agent.steps import Task
    from app.desktop.practice import PracticeApp, PracticeAppError
    from app.desktop.sandbox import SandboxError, VirtualDisplay
    from app.desktop.screen import DisplayError, grab
    from app.main import display_name, open_log, open_session
    from app.runtimes.base import ModelError
    from app.store.db import StoreError

    say = (lambda _m: None) if as_json else print
    started = time.perf_counter()
    try:
        log = open_log(settings)
        with VirtualDisplay() as display:
            say(f"started a private virtual display {display.display} (your own desktop is not touched)")
            with PracticeApp(settings.data_dir / "demo" / "practice-state.json") as app:
                say("opened the practice form; loading the built-in model...")
                session = open_session(settings, dry_run=False)
                run_id = log.start_run(task_text, model=session.models, dry_run=False, display=display_name())
                code = stream_run(
                    settings, log, session, Task(task_text, settings.max_steps), run_id, as_json=as_json
                )
                shot = settings.screenshots_dir / f"demo-run-{run_id}.png"
                shot.parent.mkdir(parents=True, exist_ok=True)
                Image.fromarray(grab()).save(shot)
                state = app.state()
    except (SandboxError, PracticeAppError, DisplayError, ModelError, StoreError) as exc:
        return _cannot_start(task_text, None, str(exc), started, as_json)
    say(f"final screenshot: {shot}")
    say(f"run log: {settings.db_path} (see `deskhand logs`)")
    shown = {k: state.get(k) for k in ("name", "email", "country", "newsletter", "terms", "submitted")}
    say(f"the practice form's own record: {json.dumps(shown)}")
    return code
