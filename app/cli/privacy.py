"""`deskhand privacy`, `deskhand keys` and `deskhand stats`: what left, the keys, the savings.

`privacy` lists the outbound ledger (every request that left or was stopped, with the scrubbed
payload and the decision); `keys` stores provider keys in the OS keyring; `stats` shows the
local share, the escalation rate and the estimated cost saved against an all-cloud baseline.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from app.cli.common import EXIT_DONE, count, fail
from app.config import Settings
from app.errors import DeskhandError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    privacy = sub.add_parser("privacy", help="list what was sent off this machine, or stopped")
    privacy.add_argument("--json", action="store_true", help="print the ledger as JSON")
    privacy.add_argument("--last", type=count, default=50, metavar="N", help="how many rows (default 50)")
    privacy.add_argument("--db", type=Path, default=None, metavar="PATH", help="run log database to read")
    privacy.set_defaults(handler=lambda settings, args, _p: cmd_privacy(settings, args.last, args.json))

    keys = sub.add_parser("keys", help="store or delete a cloud provider's API key in the OS keyring")
    keys.add_argument("action", choices=("set", "delete"))
    keys.add_argument("provider", help="the provider's name, as in cloud.toml (or the URL's host)")
    keys.set_defaults(handler=lambda _s, args, _p: cmd_keys(args.action, args.provider))

    stats = sub.add_parser("stats", help="local share, escalation rate and estimated cost saved")
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    stats.add_argument("--db", type=Path, default=None, metavar="PATH", help="run log database to read")
    stats.set_defaults(handler=lambda settings, args, _p: cmd_stats(settings, args.json))


def cmd_privacy(settings: Settings, last: int, as_json: bool) -> int:
    from app.services.insights import outbound

    try:
        rows = outbound(settings, last)
    except DeskhandError as exc:
        return fail(exc)
    if as_json:
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False))
        return EXIT_DONE
    if not rows:
        print("nothing has left this machine (the outbound ledger is empty)")
    for row in reversed(rows):
        verdict = "SENT" if row.allowed else "STOPPED"
        status = f"{row.status}: {row.error}" if row.error else row.status
        print(
            f"{row.at} {verdict} to {row.provider} ({row.model}), {row.bytes} bytes, "
            f"policy {row.policy}: {row.reason} [{status}]"
        )
    return EXIT_DONE


def _read_key(provider: str) -> str:
    """The key typed at a hidden prompt, or the first line piped in when there is no terminal."""
    if sys.stdin is None:
        return ""
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    try:
        return getpass.getpass(f"API key for {provider} (not shown): ").strip()
    except EOFError:
        return ""


def cmd_keys(action: str, provider: str) -> int:
    from app.services.cloud import SecretsUnavailable, delete_key, set_key

    try:
        if action == "set":
            key = _read_key(provider)
            if not key:
                return fail(
                    "no key given; nothing stored. Type it at the prompt in a terminal, or pipe it "
                    f'in: `printf %s "$KEY" | deskhand keys set {provider}`'
                )
            set_key(provider, key)
            print(f"stored the key for {provider} in the OS keyring")
        elif delete_key(provider):
            print(f"deleted the key for {provider}")
        else:
            print(f"no key was stored for {provider}")
    except SecretsUnavailable as exc:
        return fail(exc)
    return EXIT_DONE


def cmd_stats(settings: Settings, as_json: bool) -> int:
    from app.services.insights import escalation_figures

    try:
        f = escalation_figures(settings)
    except DeskhandError as exc:
        return fail(exc)
    if as_json:
        print(json.dumps(f.as_json()))
        return EXIT_DONE
    print(
        f"{f.runs} runs, {f.model_calls} model calls: {f.local_calls} local, "
        f"{f.cloud_calls} cloud (local share {f.local_share}); "
        f"runs that consulted the cloud: {f.runs_with_escalation} "
        f"(rate {f.escalation_rate}); estimated cost saved against all-cloud: "
        f"${f.cost_saved_usd:.4f}"
    )
    return EXIT_DONE
