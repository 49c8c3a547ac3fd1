"""The permission gate: the one door through which anything leaves the machine.

Policies: `never` (the default: nothing leaves), `ask` (the person sees exactly what would be
sent, after scrubbing, and says yes or no each time; with nobody to ask, the answer is no),
`run` (allowed for this run), `always` (allowed for a named provider, remembered by the
caller). Images need their own permission. Every request, allowed or not, is written to the
outbound ledger with the scrubbed payload and the decision, so "what left, and why" is always
answerable.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

Policy = Literal["never", "ask", "run", "always"]
POLICIES: tuple[Policy, ...] = ("never", "ask", "run", "always")


class Ledger(Protocol):
    """Where outbound requests are recorded (the run log implements it)."""

    def record_outbound(
        self,
        *,
        provider: str,
        model: str,
        payload: str,
        allowed: bool,
        policy: str,
        reason: str,
    ) -> int: ...

    def outbound_result(self, row_id: int, *, status: str, error: str | None = None) -> None: ...


@dataclass(frozen=True)
class Permission:
    allowed: bool
    policy: Policy
    reason: str
    ledger_id: int


Ask = Callable[[str], bool]


class Gate:
    """Decides, per request, whether a scrubbed payload may leave; records every request."""

    def __init__(
        self, policy: Policy, ledger: Ledger, *, ask: Ask | None = None, images: bool = False
    ) -> None:
        if policy not in POLICIES:
            raise ValueError(f"unknown escalation policy {policy!r}; use one of {', '.join(POLICIES)}")
        self.policy = policy
        self.ledger = ledger
        self.ask = ask
        self.images = images

    def request(self, provider: str, model: str, payload: object, *, has_image: bool = False) -> Permission:
        """May this (already scrubbed) payload go to `provider`? Recorded either way."""
        text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False, indent=1)
        allowed, reason = self._decide(provider, text, has_image)
        row = self.ledger.record_outbound(
            provider=provider, model=model, payload=text, allowed=allowed, policy=self.policy, reason=reason
        )
        return Permission(allowed, self.policy, reason, row)

    def _decide(self, provider: str, text: str, has_image: bool) -> tuple[bool, str]:
        if has_image and not self.images:
            return False, "images were not allowed to leave the machine"
        if self.policy == "never":
            return False, "escalation policy is never"
        if self.policy in ("run", "always"):
            return True, f"allowed by policy {self.policy}"
        if self.ask is None:
            return False, "policy ask, but there is nobody to ask"
        question = f"Send this to {provider}?\n---\n{text}\n---"
        if self.ask(question):
            return True, "the person allowed it"
        return False, "the person said no"
