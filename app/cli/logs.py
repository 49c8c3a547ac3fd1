"""`deskhand logs`: recent runs, their steps and every model call; one run as an HTML page.

deskhand logs [--last N]                         recent runs in the terminal
deskhand logs --report RUN_ID [--out FILE]       one run as a page to share (app.store.report)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import EXIT_CONFIG, EXIT_DONE, fail
from app.config import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("logs", help="show recent runs and their model calls")
    parser.add_argument("--last", type=int, default=5, metavar="N", help="how many runs (default 5)")
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
    from app.main import open_log
    from app.store.db import StoreError
    from app.store.report import ReportError, write_run_report

    if not settings.db_path.exists():
        print(f"deskhand: no runs yet ({settings.db_path} does not exist)", file=sys.stderr)
        return EXIT_CONFIG
    try:
        log = open_log(settings)
        write_run_report(log, run_id, settings.screenshots_dir, out)
    except (StoreError, ReportError) as exc:
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
    from app.main import open_log
    from app.store.db import StoreError

    if not settings.db_path.exists():
        print(f"no runs yet ({settings.db_path} does not exist)")
        return EXIT_DONE
    try:
        log = open_log(settings)
    except StoreError as exc:
        return fail(exc)
    runs = log.recent_runs(last)
    if not runs:
        print("no runs yet")
    for run in reversed(runs):
        print(
            f"run {run['id']} {run['started_at']} {run['outcome'] or 'unfinished'}: {run['task']!r} "
            f"— {run['steps']} steps, {run['lm_calls']} model calls, {run['wall_s'] or 0:.1f} s"
        )
        if run["reason"]:
            print(f"    {run['reason']}")
        for step in log.steps_of(run["id"]):
            n, who, target = step["idx"] + 1, step["decided_by"], step["target_text"]
            print(f"    [{n}] {who:<5} {step['action']} {target!r} — {step['note']}")
        for call in log.calls_of(run["id"]):
            print(
                f"      {call['role']} {call['model']}: {call['output']} "
                f"({call['latency_ms']:.0f} ms, {call['tokens_in']}+{call['tokens_out']} tokens)"
            )
    return EXIT_DONE
