"""`deskhand config`: the one configuration file the command and the window share.

deskhand config [show]           every setting and its value (from deskhand.toml, or the default;
                                 values as JSON: true, 0.15, "text", null for "not set")
deskhand config path             the file (it need not exist yet)
deskhand config set KEY VALUE    change one setting, e.g. `max_steps 30`, `prices.input_per_million 2.5`
deskhand config unset KEY        back to the default
"""

from __future__ import annotations

import argparse
import json

from app.cli.common import EXIT_DONE, fail
from app.config import Settings
from app.errors import DeskhandError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "config",
        help="show or change deskhand.toml (data folder, prices, thresholds, provider)",
        epilog="example: deskhand config set prices.input_per_million 2.5",
    )
    actions = parser.add_subparsers(dest="config_command", metavar="ACTION")
    actions.add_parser("show", help="every setting and where its value comes from")
    actions.add_parser("path", help="print the configuration file's path")
    change = actions.add_parser("set", help="change one setting (dotted keys, as `show` lists them)")
    change.add_argument("key")
    change.add_argument("value")
    unset = actions.add_parser("unset", help="remove a setting from the file (its default applies)")
    unset.add_argument("key")
    parser.set_defaults(handler=cmd_config)


def cmd_config(settings: Settings, args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    from app.services.settings import save, set_value, show

    action = args.config_command or "show"
    if action == "path":
        print(settings.config_path)
        return EXIT_DONE
    try:
        if action == "set":
            written = set_value(settings, args.key, args.value)
            print(f"{written.key} = {json.dumps(written.value)} (in {settings.config_path})")
        elif action == "unset":
            save(settings, {args.key: None})
            print(f"{args.key}: back to its default (in {settings.config_path})")
        else:
            print(f"# {settings.config_path}{'' if settings.config_path.exists() else ' (not written yet)'}")
            for row in show(settings):
                print(f"{row.key} = {json.dumps(row.value)}{'' if row.from_file else '  # default'}")
    except DeskhandError as exc:
        return fail(exc)
    return EXIT_DONE
