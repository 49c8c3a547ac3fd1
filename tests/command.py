"""The `deskhand` command run for real, in a child process, as other tools script it.

Shared by the command-line tests and the reliability probe: a child process is the only honest
way to see exit codes, what reaches stdout and stderr, and whether a fault ends in a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: The keys every `deskhand run --json` summary carries, whatever happened.
SUMMARY_KEYS = {"run_id", "task", "outcome", "steps", "lm_calls", "local_calls", "cloud_calls", "wall_s"}


def deskhand(
    *args: str | bytes,
    env: dict[str, str] | None = None,
    timeout: float = 240,
    stdin: int | None = subprocess.DEVNULL,
) -> subprocess.CompletedProcess[str]:
    """`python -m app ARGS` in the repository, with no terminal unless `stdin` gives one."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        errors="replace",
        env=env if env is not None else dict(os.environ),
        timeout=timeout,
        stdin=stdin,
        check=False,
        cwd=ROOT,
    )


def last_json(out: str) -> dict[str, object]:
    """The last line of stdout, which must be one JSON object."""
    data = json.loads(out.strip().splitlines()[-1])
    assert isinstance(data, dict)
    return data


def without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "DISPLAY"}
