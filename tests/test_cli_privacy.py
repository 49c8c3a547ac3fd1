"""`deskhand privacy`, `keys`, `stats` and `run --escalate` as a person or a script uses them."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.test_cli import deskhand, last_json


def test_escalation_without_a_provider_is_a_configuration_error(deskhand_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKHAND_CLOUD")}
    result = deskhand("run", "Click Submit", "--json", "--escalate", "always", env=env)
    assert result.returncode == 2
    assert "DESKHAND_CLOUD_BASE_URL" in str(last_json(result.stdout)["error"])


def test_half_a_provider_is_reported(deskhand_home: Path) -> None:
    env = dict(os.environ, DESKHAND_CLOUD_BASE_URL="http://127.0.0.1:9/v1")
    env.pop("DESKHAND_CLOUD_MODEL", None)
    result = deskhand("run", "Click Submit", "--json", "--escalate", "ask", env=env)
    assert result.returncode == 2 and "DESKHAND_CLOUD_MODEL" in str(last_json(result.stdout)["error"])


def test_privacy_ledger_and_stats_on_a_fresh_install(deskhand_home: Path) -> None:
    result = deskhand("privacy", "--json")
    assert result.returncode == 0 and json.loads(result.stdout) == []
    assert "nothing has left this machine" in deskhand("privacy").stdout
    stats = deskhand("stats", "--json")
    assert stats.returncode == 0 and json.loads(stats.stdout)["model_calls"] == 0


def test_keys_without_a_keyring_say_how_to_fix_it(deskhand_home: Path) -> None:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = deskhand("keys", "delete", "openai", env=env)
    assert result.returncode == 2
    assert "no OS keyring" in result.stderr and "DESKHAND_CLOUD_API_KEY" in result.stderr
