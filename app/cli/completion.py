"""`deskhand completion bash|zsh|powershell`: the script that makes the shell complete `deskhand`.

The script (argcomplete's) asks `deskhand` itself for the candidates, so completion always
follows the parser: `main()` answers those requests before anything else loads.
"""

from __future__ import annotations

import argparse

from app.cli.common import EXIT_DONE
from app.config import APP_NAME, Settings

SHELLS = ("bash", "zsh", "powershell")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "completion",
        help="print the shell completion script (bash, zsh or PowerShell)",
        epilog="example: deskhand completion bash > ~/.local/share/bash-completion/completions/deskhand",
    )
    parser.add_argument("shell", choices=SHELLS, help="the shell to complete in")
    parser.set_defaults(handler=cmd_completion)


def cmd_completion(_settings: Settings, args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    from argcomplete.shell_integration import shellcode

    print(shellcode([APP_NAME], shell=args.shell))
    return EXIT_DONE
