"""The `deskhand` command. Other tools script it, so its flags and JSON output are a contract.

    deskhand [window]              the desktop app (no arguments opens it)
    deskhand run "TASK" [--json] [--max-steps N] [--dry-run] [--db PATH] [--escalate never|ask|always]
    deskhand demo [--task TASK] [--json]
    deskhand run "TASK" --yes      every confirmation answered yes (for scripts; dangerous)
    deskhand ask "QUESTION" [--about screen|PATH] [--json]
    deskhand models [pull|add|rm|use ...]
    deskhand logs [--last N] [--json] [--db PATH]      deskhand logs path
    deskhand privacy [--json]      deskhand keys set|delete PROVIDER      deskhand stats [--json]
    deskhand train [rate|export|cluster|specialize|run|rollback]
    deskhand serve [--host 127.0.0.1] [--port 8765]      deskhand completion bash|zsh|powershell
    deskhand config [show|path|set KEY VALUE|unset KEY]  deskhand.toml, which the window shares

Exit codes: 0 the task is done, 1 it is not (failed, stopped, refused, interrupted), 2 a usage
or configuration problem (no display, no model, unusable database). Each command lives in its own
module with a `register(subparsers)`; heavy libraries load only inside the command that needs
them, so `deskhand --version` answers at once. Every command's --help ends with an example
(`EXAMPLES`), and the shell's completion requests (argcomplete) are answered from the same parser.

`main()` is the one error boundary: a problem the person can act on (`DeskhandError`), a file or
database the command could not read, and a usage mistake end in a `deskhand: ...` message and
the documented exit code, never a traceback; `run` and `demo` with `--json` still end with a
complete JSON summary. SIGTERM (and SIGHUP) end a command the way Ctrl+C does, so a stopped run
is finished in the log and summarised.

`deskhand --run-script FILE ARGS...` (hidden) runs a Python file as `python FILE ARGS...` would:
a frozen bundle has no Python of its own, so it starts the practice programs this way, and
`deskhand --smoke-test MODEL` is its `python -m app.runtimes.smoke MODEL` (a model's smoke test).
"""

from __future__ import annotations

import argparse
import json
import os
import runpy
import signal
import sqlite3
import sys
import tomllib
from pathlib import Path
from typing import Literal, NoReturn

from app import __version__
from app.cli import ask, completion, config, logs, models, privacy, run, serve, train
from app.cli.common import EXIT_CONFIG, EXIT_DONE, EXIT_NOT_DONE, fail
from app.config import RUN_SCRIPT, SMOKE_TEST, Settings, load_settings
from app.errors import DeskhandError
from app.services.summary import run_summary

COMMANDS = (run, ask, models, logs, privacy, train, serve, config, completion)
#: One example line per command, shown at the end of its --help.
EXAMPLES = {
    "run": 'deskhand run "Click Submit" --json --max-steps 10',
    "demo": "deskhand demo --json",
    "models": "deskhand models use actor qwen3-1.7b",
    "logs": "deskhand logs --last 3",
    "privacy": "deskhand privacy --json --last 20",
    "keys": "deskhand keys set openai",
    "stats": "deskhand stats --json",
    "train": "deskhand train rate 12 good",
    "window": "deskhand window",
}
#: Commands whose `--json` output ends with a run summary, even for a usage mistake.
SUMMARISED = ("run", "demo")


class UsageError(Exception):
    """A flag or argument the parser refused; `main()` says so (and keeps the JSON contract)."""

    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        super().__init__(message)
        self.parser = parser


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake to `main()` instead of exiting on its own."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(self, message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="deskhand",
        description="A private desktop agent: small local language models read the screen, "
        "click and type for you. Nothing leaves this machine.",
    )
    parser.add_argument("--version", action="version", version=f"deskhand {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    sub.add_parser("window", help="open the Deskhand window (the default)").set_defaults(handler=_window)
    for name, command_parser in sub.choices.items():
        if command_parser.epilog is None and name in EXAMPLES:
            command_parser.epilog = f"example: {EXAMPLES[name]}"
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
    if argv[:1] == [SMOKE_TEST]:
        from app.services.models import smoke_test_child

        return smoke_test_child(argv[1:])
    if argv[:1] not in ([], ["window"]):  # Qt's loop runs no Python to raise in; it ends on its own
        # SIGINT too: a parent that ignores it (a script's background job, a test runner) hands
        # the ignoring on, and Python then never raises KeyboardInterrupt: Ctrl+C did nothing.
        _interrupt_on("SIGINT", "SIGTERM", "SIGHUP")
        sys.unraisablehook = _interrupt_in_a_finalizer
    try:  # a signal while the parser is built is an interrupt too, summarised below
        parser = _parser()
        if "_ARGCOMPLETE" in os.environ:  # the shell asks for completions (`deskhand completion`)
            import argcomplete

            argcomplete.autocomplete(parser)  # answers and exits the process
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args(["window"])
        try:
            settings = _settings(args.command).with_db(getattr(args, "db", None))
        except DeskhandError as exc:  # deskhand.toml unusable: `run --json` still ends with a summary
            refused = fail(exc)
            _summarise(argv, str(exc), "failed")
            return refused
        code: int = args.handler(settings, args, parser)
    except UsageError as exc:
        return _usage_error(exc, argv)
    except DeskhandError as exc:  # a problem the person can act on that a command let through
        return fail(exc)
    except sqlite3.Error as exc:
        return fail(f"the run log database: {exc}")
    except tomllib.TOMLDecodeError as exc:
        return fail(f"a settings file is not valid TOML ({exc}); fix it or delete it")
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return fail(f"{where}{exc.strerror or exc}")
    except (UnicodeError, OverflowError) as exc:
        return fail(exc)
    except KeyboardInterrupt:  # before a run had begun (a run ends itself with its summary)
        code = fail("interrupted", EXIT_NOT_DONE)
        _summarise(argv, "interrupted (Ctrl+C or a termination signal) before the run began", "stopped")
        return code
    return code


def _settings(command: str) -> Settings:
    """Settings from deskhand.toml (moving an older cloud.toml into it first, said on stderr).
    `config` gets the file's place only: it reads the file itself, and must work to fix it."""
    if command == "config":
        return Settings()
    settings = load_settings()
    from app.services.settings import migrate_cloud_file

    moved = migrate_cloud_file(settings)
    if moved:
        print(f"deskhand: {moved}", file=sys.stderr)
    return settings


def _interrupt_on(*names: str) -> None:
    """Let these signals (where the platform has them) stop a command as Ctrl+C does
    (KeyboardInterrupt), so it cleans up and says how it ended."""
    for name in names:
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.default_int_handler)


def _interrupt_in_a_finalizer(unraisable: sys.UnraisableHookArgs) -> None:
    """An interrupt that lands while Python runs a finalizer or a weak reference's callback
    (importlib's module lock, as the models load) cannot be raised there: Python would print it
    as "Exception ignored" with a traceback and carry on as if Ctrl+C had not been pressed. Raise
    the signal again, so the command sees it where it can clean up and say how it ended."""
    if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
        return
    sys.__unraisablehook__(unraisable)


def _usage_error(exc: UsageError, argv: list[str]) -> int:
    """argparse's message on stderr; for `run`/`demo --json`, a summary as stdout's last line."""
    exc.parser.print_usage(sys.stderr)
    code = fail(f"{exc.parser.prog.removeprefix('deskhand ')}: {exc}")
    _summarise(argv, f"usage: {exc}", "failed")
    return code


def _summarise(argv: list[str], error: str, status: Literal["failed", "stopped"]) -> None:
    """For `run`/`demo --json` that ends before its run could: the summary as stdout's last line."""
    if argv[:1] and argv[0] in SUMMARISED and "--json" in argv:
        summary = run_summary(run_id=None, task=_task_of(argv), outcome=status, error=error)
        print(json.dumps(summary), flush=True)


def _task_of(argv: list[str]) -> str:
    """The task in a command line the parser refused, as well as it can be told."""
    takes_value = {"--max-steps", "--db", "--escalate", "--task"}
    words = iter(argv[1:])
    for word in words:
        if word == "--task":
            return next(words, "")
        if word in takes_value:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return ""
