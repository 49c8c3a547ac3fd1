"""`deskhand logs`: recent runs, their steps and every model call; one run as an HTML page.

deskhand logs [--last N]                         recent runs in the terminal
deskhand logs --report RUN_ID [--out FILE]       one run as a page to share
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import EXIT_CONFIG, EXIT_DONE, count, fail
from app.config import Settings
from app.errors import DeskhandError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("logs", help="show recent runs and their model calls")
    parser.add_argument("--last", type=count, default=5, metavar="N", help="how many runs (default 5)")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH", help="run log database to read")
    parser.add_argument(
        "--report", type=int, default=None, metavar="RUN_ID", help="write one run as an HTML page to share"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE",
        help="where --report writes (default: deskhand-run-ID.html)",
    )
    parser.set_defaults(handler=_dispatch)


def _dispatch(settings: Settings, args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.report is None:
        if args.out is not None:
            parser.error("--out goes with --report RUN_ID")
        return cmd_logs(settings, args.last)
    return cmd_report(settings, args.report, args.out or Path(f"deskhand-run-{args.report}.html"))


def cmd_report(settings: Settings, run_id: int, out: Path) -> int:
    from app.services.insights import write_run_report

    try:
        write_run_report(settings, run_id, out)
    except DeskhandError as exc:
        return fail(exc)
    except OSError as exc:
        print(
            f"deskhand: cannot write {out}: {exc.strerror or exc} — pass --out with a writable path",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    print(f"run {run_id}: {out.resolve()}")
    return EXIT_DONE


def cmd_logs(settings: Settings, last: int) -> int:
    from app.services.insights import recent_runs, run_detail

    if not settings.db_path.exists():
        print(f"no runs yet ({settings.db_path} does not exist)")
        return EXIT_DONE
    try:
        runs = recent_runs(settings, last)
        details = [d for d in (run_detail(settings, run.id) for run in reversed(runs)) if d is not None]
    except DeskhandError as exc:
        return fail(exc)
    if not runs:
        print("no runs yet")
    for detail in details:
        run = detail.run
        print(
            f"run {run.id} {run.started_at} {run.outcome or 'unfinished'}: {run.task!r} "
            f"— {run.steps} steps, {run.lm_calls} model calls, {run.wall_s or 0:.1f} s"
        )
        if run.reason:
            print(f"    {run.reason}")
        for step in detail.steps:
            print(
                f"    [{step.idx + 1}] {step.decided_by:<5} {step.action} {step.target_text!r} — {step.note}"
            )
        for call in detail.calls:
            print(
                f"      {call.role} {call.model}: {call.output} "
                f"({call.latency_ms:.0f} ms, {call.tokens_in}+{call.tokens_out} tokens)"
            )
    return EXIT_DONE
