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
from typing import Any

from app.cli.common import EXIT_CONFIG, EXIT_DONE, fail
from app.config import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    privacy = sub.add_parser("privacy", help="list what was sent off this machine, or stopped")
    privacy.add_argument("--json", action="store_true", help="print the ledger as JSON")
    privacy.add_argument("--last", type=int, default=50, metavar="N", help="how many rows (default 50)")
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


def _rows(settings: Settings, query: str) -> list[dict[str, Any]] | None:
    from app.main import open_log

    if not settings.db_path.exists():
        return None
    return [dict(r) for r in open_log(settings).db.query(query)]


def cmd_privacy(settings: Settings, last: int, as_json: bool) -> int:
    rows = _rows(settings, f"SELECT * FROM outbound ORDER BY id DESC LIMIT {int(last)}") or []
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_DONE
    if not rows:
        print("nothing has left this machine (the outbound ledger is empty)")
    for row in reversed(rows):
        verdict = "SENT" if row["allowed"] else "STOPPED"
        status = f"{row['status']}: {row['error']}" if row["error"] else row["status"]
        print(
            f"{row['at']} {verdict} to {row['provider']} ({row['model']}), {row['bytes']} bytes, "
            f"policy {row['policy']}: {row['reason']} [{status}]"
        )
    return EXIT_DONE


def cmd_keys(action: str, provider: str) -> int:
    from app.privacy.secrets import SecretsUnavailable, delete_key, set_key

    try:
        if action == "set":
            key = getpass.getpass(f"API key for {provider} (not shown): ").strip()
            if not key:
                print("no key given; nothing stored", file=sys.stderr)
                return EXIT_CONFIG
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
    from app.main import escalation_figures

    figures = escalation_figures(settings)
    if as_json:
        print(json.dumps(figures))
        return EXIT_DONE
    print(
        f"{figures['runs']} runs, {figures['model_calls']} model calls: {figures['local_calls']} local, "
        f"{figures['cloud_calls']} cloud (local share {figures['local_share']}); "
        f"runs that consulted the cloud: {figures['runs_with_escalation']} "
        f"(rate {figures['escalation_rate']}); estimated cost saved against all-cloud: "
        f"${figures['cost_saved_usd']:.4f}"
    )
    return EXIT_DONE
