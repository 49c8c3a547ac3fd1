"""The JSON summary `deskhand run --json` and `deskhand demo --json` end with, whatever happened.

One shape for every ending: a run's own result (`app.services.run.RunResult.summary`) and a
command stopped before its run began (a usage mistake, an interrupt while it loaded). This
module imports nothing, so the command can still print the summary when an interrupt landed in
the middle of loading the run's heavy modules.
"""

from __future__ import annotations

from typing import Any


def run_summary(
    *,
    run_id: int | None,
    task: str,
    outcome: str,
    steps: int = 0,
    lm_calls: int = 0,
    local_calls: int = 0,
    cloud_calls: int = 0,
    wall_s: float = 0.0,
    error: str | None = None,
) -> dict[str, Any]:
    """Every key always present, plus "error" when the task is not done."""
    data: dict[str, Any] = {
        "run_id": run_id,
        "task": task,
        "outcome": outcome,
        "steps": steps,
        "lm_calls": lm_calls,
        "local_calls": local_calls,
        "cloud_calls": cloud_calls,
        "wall_s": round(wall_s, 3),
    }
    if outcome != "done":
        data["error"] = error
    return data
