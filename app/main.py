"""The composition root: the one place that picks concrete classes and wires a run together.

`open_session()` loads the model, the screen reader and the hands; `execute()` runs a task
through the controller and writes every step to the run log as it happens, yielding the same
Steps and Outcome to whoever watches (the CLI today, the window later).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.agent.controller import Confirm, Controller
from app.agent.specialists import Actor, Grounder
from app.agent.steps import Outcome, Step, Task
from app.config import Settings
from app.desktop.actions import Hands, require_display
from app.desktop.screen import ScreenReader
from app.runtimes.catalog import resolve_role
from app.runtimes.llama import LlamaRuntime
from app.store.db import open_db
from app.store.log import RunLog, StepRecord


def open_log(settings: Settings) -> RunLog:
    return RunLog(open_db(settings.db_path), settings.db_path)


#: The specialist roles a run uses; each is bound to a model file in the catalog.
ROLES = ("grounder", "actor")


def load_runtimes(settings: Settings) -> dict[str, LlamaRuntime]:
    """One runtime per role; roles bound to the same file share one loaded model."""
    loaded: dict[Path, LlamaRuntime] = {}
    runtimes: dict[str, LlamaRuntime] = {}
    for role in ROLES:
        path = resolve_role(role, settings.models_dir).resolve()
        if path not in loaded:
            loaded[path] = LlamaRuntime(path, threads=settings.threads)
        runtimes[role] = loaded[path]
    return runtimes


@dataclass
class Session:
    """What a run needs loaded: kept across runs by the window, built per run by the CLI."""

    runtimes: dict[str, LlamaRuntime]
    screen: ScreenReader
    hands: Hands | None

    @property
    def models(self) -> str:
        """The model files in use, as the run log names them."""
        return ", ".join(sorted({r.model for r in self.runtimes.values()}))


def open_session(settings: Settings, *, dry_run: bool) -> Session:
    """Check the display first (cheap, and the commonest problem), then load the models."""
    require_display()
    runtimes = load_runtimes(settings)
    return Session(runtimes=runtimes, screen=ScreenReader(), hands=None if dry_run else Hands())


def step_record(step: Step) -> StepRecord:
    return StepRecord(
        idx=step.index,
        goal=step.goal,
        action=step.action.describe(),
        target_id=step.target.id if step.target else None,
        target_text=step.target.name if step.target else "",
        decided_by=step.decided_by,
        verdict=step.verdict,
        acted=step.acted,
        verified=step.verified,
        note=step.note,
        elements=len(step.observation.elements),
        window_title=step.observation.window_title,
        observe_s=round(step.timings.observe_s, 4),
        decide_s=round(step.timings.decide_s, 4),
        act_s=round(step.timings.act_s, 4),
        verify_s=round(step.timings.verify_s, 4),
    )


@dataclass
class RunResult:
    run_id: int
    task: str
    outcome: Outcome
    wall_s: float

    def summary(self, error: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "run_id": self.run_id,
            "task": self.task,
            "outcome": self.outcome.status,
            "steps": self.outcome.steps,
            "lm_calls": self.outcome.lm_calls,
            "local_calls": self.outcome.local_calls,
            "cloud_calls": self.outcome.cloud_calls,
            "wall_s": round(self.wall_s, 3),
        }
        if error:
            data["error"] = error
        return data


def execute(
    settings: Settings, log: RunLog, session: Session, task: Task, run_id: int, confirm: Confirm
) -> Iterator[Step | RunResult]:
    """Run `task`, logging each step the moment it happens; ends with the RunResult."""
    started = time.perf_counter()
    controller = Controller(
        screen=session.screen,
        hands=session.hands,
        grounder=Grounder(session.runtimes["grounder"]),
        actor=Actor(session.runtimes["actor"]),
        confirm=confirm,
        settle_s=settings.settle_s,
    )
    for item in controller.run(task):
        if isinstance(item, Step):
            log.record_step(run_id, step_record(item), item.lm_calls)
            yield item
            continue
        wall = time.perf_counter() - started
        finish(log, run_id, item, wall)
        yield RunResult(run_id, task.text, item, wall)


def finish(log: RunLog, run_id: int, outcome: Outcome, wall_s: float) -> None:
    log.finish_run(
        run_id,
        outcome=outcome.status,
        reason=outcome.reason,
        steps=outcome.steps,
        lm_calls=outcome.lm_calls,
        local_calls=outcome.local_calls,
        cloud_calls=outcome.cloud_calls,
        wall_s=wall_s,
    )


def display_name() -> str:
    return os.environ.get("DISPLAY", "")
