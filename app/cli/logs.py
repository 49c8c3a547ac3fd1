"""`deskhand logs`: recent runs, their steps and every model call; one run as an HTML page.

deskhand logs [--last N] [--json]                recent runs and served calls (JSON lines)
deskhand logs path                               the database file (for Datasette, sqlite-utils)
deskhand logs --report RUN_ID [--out FILE]       one run as a page to share

`--json` prints one object per line, oldest first: `{"kind": "run", "run": {...}, "steps":
[...], "calls": [...]}` for each run, then `{"kind": "served", "call": {...}}` for each call
`deskhand serve` answered. Other tools read it, so the keys are a contract.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from app.cli.common import EXIT_CONFIG, EXIT_DONE, count, fail
from app.config import Settings
from app.errors import DeskhandError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("logs", help="show recent runs and their model calls")
    parser.add_argument(
        "action", nargs="?", choices=["path"], help="path: print the database file and nothing else"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per run or served call")
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
    if args.action == "path":
        if args.report is not None or args.json:
            parser.error("`logs path` takes no --report or --json")
        print(settings.db_path)
        return EXIT_DONE
    if args.report is None:
        if args.out is not None:
            parser.error("--out goes with --report RUN_ID")
        return cmd_logs_json(settings, args.last) if args.json else cmd_logs(settings, args.last)
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


def cmd_logs_json(settings: Settings, last: int) -> int:
    """The last `last` runs with their steps and calls, then the last `last` served calls."""
    from app.services.insights import recent_runs, run_detail
    from app.services.serve import recent_served_calls

    try:
        details = [run_detail(settings, run.id) for run in reversed(recent_runs(settings, last))]
        served = list(reversed(recent_served_calls(settings, last)))
    except DeskhandError as exc:
        return fail(exc)
    for detail in details:
        if detail is not None:
            line = {
                "kind": "run",
                "run": asdict(detail.run),
                "steps": [asdict(s) for s in detail.steps],
                "calls": [asdict(c) for c in detail.calls],
            }
            print(json.dumps(line, ensure_ascii=False))
    for call in served:
        print(json.dumps({"kind": "served", "call": asdict(call)}, ensure_ascii=False))
    return EXIT_DONE


def cmd_logs(settings: Settings, last: int) -> int:
    from app.services.insights import recent_runs, run_detail
    from app.services.serve import recent_served_calls

    if not settings.db_path.exists():
        print(f"no runs yet ({settings.db_path} does not exist)")
        return EXIT_DONE
    try:
        runs = recent_runs(settings, last)
        details = [d for d in (run_detail(settings, run.id) for run in reversed(runs)) if d is not None]
        served = recent_served_calls(settings, last)
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
    if served:
        print(f"served calls (deskhand serve), last {len(served)}:")
    for answered in reversed(served):
        print(
            f"  {answered.at} {answered.client} {answered.model_id} ({answered.model}): "
            f"{answered.output!r} ({answered.latency_ms:.0f} ms, "
            f"{answered.tokens_in}+{answered.tokens_out} tokens)"
            + ("" if answered.error is None else f" — {answered.error}")
        )
    return EXIT_DONE
