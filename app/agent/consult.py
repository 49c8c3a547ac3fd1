"""The consultants past the local specialists, asked in order under one budget per run.

When the router says a local answer is not good enough, the controller puts the same question
to each tier in turn (a bigger local model, then the cloud behind the permission gate) until
one gives a usable answer. Every tier asked counts against `max_escalations_per_run`, whatever
the question (a plan, a pick, a move); a tier that cannot answer, a cloud the gate kept closed
included, adds its reason to the trail that the step's route shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from app.agent.specialists import Actor, Grounder, Planner
from app.agent.steps import DecidedBy, LMCallRecord


@dataclass(frozen=True)
class Tier:
    """A consultant past the local specialists: a bigger local model or the cloud (gated)."""

    who: DecidedBy
    grounder: Grounder
    actor: Actor | None = None
    planner: Planner | None = None


class Consulted(Protocol):
    """What every specialist's answer tells: the calls it took, and why it cannot be used
    ("" when it can)."""

    @property
    def records(self) -> tuple[LMCallRecord, ...]: ...

    @property
    def problem(self) -> str: ...


A = TypeVar("A", bound=Consulted)


@dataclass(frozen=True)
class Consultation(Generic[A]):
    """What asking the tiers gave: the first usable answer and who gave it (None when no one
    could), every call made on the way, and why each tier asked could not help."""

    who: DecidedBy | None
    answer: A | None
    calls: tuple[LMCallRecord, ...]
    trail: tuple[str, ...]


class Consultants:
    """The tiers of one controller and the escalations its current run has used."""

    def __init__(self, tiers: Sequence[Tier], budget: int) -> None:
        self.tiers = tuple(tiers)
        self.budget = budget
        self.used = 0

    def consult(self, ask: Callable[[Tier], A | None]) -> Consultation[A]:
        """`ask` puts the question to a tier, or returns None when the tier has no specialist
        for it; the first usable answer wins."""
        calls: list[LMCallRecord] = []
        trail: list[str] = []
        for tier in self.tiers:
            if self.used >= self.budget:
                trail.append(f"escalation budget of {self.budget} per run used")
                break
            answer = ask(tier)
            if answer is None:
                continue
            self.used += 1
            calls.extend(answer.records)
            if not answer.problem:
                return Consultation(tier.who, answer, tuple(calls), tuple(trail))
            trail.append(f"{tier.who}: {answer.problem}")
        return Consultation(None, None, tuple(calls), tuple(trail))
