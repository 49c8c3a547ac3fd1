"""The typed vocabulary every part of Deskhand speaks: what was seen, decided, done.

These dataclasses cross every boundary (perception -> controller -> CLI, window and log), so
they hold plain data only: no live handles except the observation's pixels, which are kept out
of equality and repr.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from app.desktop.elements import Box, Element, ElementKind, Observation
from app.store.log import LMCallRecord, Origin

__all__ = [
    "Action",
    "ActionKind",
    "Box",
    "Element",
    "ElementKind",
    "LMCallRecord",
    "Observation",
    "Origin",
    "Outcome",
    "Plan",
    "Step",
    "StepTimings",
    "Task",
]


@dataclass(frozen=True)
class Task:
    text: str
    max_steps: int = 20
    dry_run: bool = False


class ActionKind(StrEnum):
    CLICK = "click"
    #: Opens a row no button opens (`target`).
    DOUBLE_CLICK = "double-click"
    TYPE = "type"
    #: A key or a shortcut, `text` as the task wrote it ("Enter", "Ctrl+S"); `target` None.
    KEY = "key"
    #: The wheel over `target` (a list) to bring what the task names into view; `text` "down"/"up".
    SCROLL = "scroll"
    #: A slider's thumb moved until `target` shows the value `text`.
    DRAG = "drag"
    #: A program started by its desktop entry; `text` is the entry's name, `target` None.
    LAUNCH = "launch"
    #: The part is done already (a box already ticked, the actor says so): nothing to do.
    DONE = "done"
    #: No one could decide; `reason` says why, and the loop retries or ends on it.
    FAIL = "fail"


@dataclass(frozen=True)
class Action:
    """What the agent does next. `target` is an element id of the observation it was chosen on."""

    kind: ActionKind
    target: int | None = None
    text: str = ""
    reason: str = ""

    def describe(self) -> str:
        parts = [self.kind.value]
        if self.target is not None:
            parts.append(f"#{self.target}")
        if self.text:
            parts.append(repr(self.text))
        return " ".join(parts)


@dataclass(frozen=True)
class Plan:
    """A consultant rewrote a task no pattern understood into commands code can ground.

    It is a step of its own (who planned, at what cost) but changes nothing on screen.
    """

    commands: tuple[str, ...]

    def describe(self) -> str:
        """As the CLI, the window and the log name it; the step's note lists the commands."""
        return "plan"


DecidedBy = Literal["code", "local", "cloud"]
Verdict = Literal["allowed", "confirmed", "refused", "dry-run", "none"]


@dataclass(frozen=True)
class StepTimings:
    observe_s: float = 0.0
    decide_s: float = 0.0
    act_s: float = 0.0
    verify_s: float = 0.0


@dataclass(frozen=True)
class Step:
    """One turn of the loop, as the CLI prints it, the window shows it and the log stores it."""

    index: int
    goal: str
    observation: Observation
    action: Action | Plan
    decided_by: DecidedBy
    verdict: Verdict
    acted: bool
    verified: bool | None
    note: str = ""
    timings: StepTimings = StepTimings()
    lm_calls: tuple[LMCallRecord, ...] = ()
    target: Element | None = None
    #: Who was asked and why (code match, local answer kept, escalated and to whom).
    route: str = ""


OutcomeStatus = Literal["done", "failed", "stopped", "refused"]


@dataclass(frozen=True)
class Outcome:
    status: OutcomeStatus
    reason: str
    steps: int
    lm_calls: int
    local_calls: int
    cloud_calls: int = 0

    @classmethod
    def of(cls, status: OutcomeStatus, reason: str, steps: Sequence[Step]) -> Outcome:
        """How a run ended after `steps`, with their model calls counted by where they ran."""
        calls = [c for step in steps for c in step.lm_calls]
        local = sum(1 for c in calls if c.is_local)
        return cls(status, reason, len(steps), len(calls), local, len(calls) - local)
