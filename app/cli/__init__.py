"""The `deskhand` command. Other tools script it, so its flags and JSON output are a contract.

    deskhand [window]              the desktop app (no arguments opens it)
    deskhand run "TASK" [--json] [--max-steps N] [--dry-run] [--db PATH] [--escalate never|ask|always]
    deskhand demo [--task TASK] [--json]
    deskhand models
    deskhand logs [--last N] [--db PATH]
    deskhand privacy [--json]      deskhand keys set|delete PROVIDER      deskhand stats [--json]
    deskhand train [rate|export|cluster|specialize|run|rollback]

Exit codes: 0 the task is done, 1 it is not (failed, stopped, refused), 2 a usage or
configuration problem (no display, no model, unusable database). Each command lives in its own
module with a `register(subparsers)`; heavy libraries load only inside the command that needs
them, so `deskhand --version` answers at once.

`deskhand --run-script FILE ARGS...` (hidden) runs a Python file as `python FILE ARGS...` would:
a frozen bundle has no Python of its own, so it starts the practice programs this way.
"""

from __future__ import annotations

import argparse
import runpy
import sys
from pathlib import Path

from app import __version__
from app.cli import logs, models, privacy, run, train
from app.cli.common import EXIT_CONFIG, EXIT_DONE, fail
from app.config import Settings
from app.errors import DeskhandError
from app.services.desktop import RUN_SCRIPT

COMMANDS = (run, models, logs, privacy, train)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deskhand",
        description="A private desktop agent: small local language models read the screen, "
        "click and type for you. Nothing leaves this machine.",
    )
    parser.add_argument("--version", action="version", version=f"deskhand {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    sub.add_parser("window", help="open the Deskhand window (the default)").set_defaults(handler=_window)
    return parser


def _window(settings: Settings, _args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    from app.ui.launch import open_window

    try:
        return open_window(settings)
    except DeskhandError as exc:
        return fail(exc)


def run_script(argv: list[str]) -> int:
    """Run `argv[0]` as the main program with `argv[1:]` as its arguments, as Python would."""
    if not argv:
        print(f"deskhand: {RUN_SCRIPT} needs a Python file to run", file=sys.stderr)
        return EXIT_CONFIG
    script = Path(argv[0])
    sys.argv = [str(script), *argv[1:]]
    # `python FILE` puts FILE's folder first on the path, so its sibling modules import.
    sys.path.insert(0, str(script.parent))
    runpy.run_path(str(script), run_name="__main__")
    return EXIT_DONE


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [RUN_SCRIPT]:
        return run_script(argv[1:])
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["window"])
    settings = Settings().with_db(getattr(args, "db", None))
    try:
        code: int = args.handler(settings, args, parser)
    except DeskhandError as exc:  # a problem the person can act on that a command let through
        return fail(exc)
    return code
