"""`deskhand logs`: recent runs, their steps and every model call."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import EXIT_CONFIG, EXIT_DONE
from app.config import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("logs", help="show recent runs and their model calls")
    parser.add_argument("--last", type=int, default=5, metavar="N", help="how many runs (default 5)")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH", help="run log database to read")
    parser.set_defaults(handler=lambda settings, args, _parser: cmd_logs(settings, args.last))


def cmd_logs(settings: Settings, last: int) -> int:
    from app.main import open_log
    from app.store.db import StoreError

    if not settings.db_path.exists():
        print(f"no runs yet ({settings.db_path} does not exist)")
        return EXIT_DONE
    try:
        log = open_log(settings)
    except StoreError as exc:
        print(f"deskhand: {exc}", file=sys.stderr)
        return EXIT_CONFIG
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
