"""Who answers a question the code could not: the local specialist, or someone bigger.

Pure and table-driven: the signals of one local answer (was it usable, did the grounder agree
with itself across two option orders, how often has this goal failed already) are held against
thresholds from the settings, and the decision comes with its reason for the run log. The
controller then asks the next tier (a bigger local generalist if configured, then the cloud,
which sits behind the permission gate) and falls back to the local answer if they cannot help.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.config import RoutingThresholds as Thresholds

__all__ = ["Route", "Signals", "Thresholds", "route"]


@dataclass(frozen=True)
class Signals:
    valid: bool
    agreed: bool
    failures: int
    escalations_so_far: int


@dataclass(frozen=True)
class Route:
    escalate: bool
    reason: str


def route(signals: Signals, thresholds: Thresholds) -> Route:
    """Keep the local answer, or ask the next tier; always with the reason."""
    if signals.escalations_so_far >= thresholds.max_escalations_per_run:
        return Route(False, f"escalation budget of {thresholds.max_escalations_per_run} per run used")
    # Wavering first: two picks that disagree and both lack evidence are unusable too, but the
    # wavering is what happened (an answer that failed outright counts as agreed).
    if not signals.agreed and thresholds.escalate_when_wavering:
        return Route(True, "the local grounder wavered between two answers")
    if not signals.valid and thresholds.escalate_on_invalid:
        return Route(True, "the local answer was unusable")
    if signals.failures >= thresholds.escalate_after_failures > 0:
        return Route(True, f"this part failed {signals.failures} time(s) with local answers")
    return Route(False, "the local answer was consistent")
