"""The permission gate: the one door through which anything leaves the machine.

Policies: `never` (the default: nothing leaves), `ask` (the person sees exactly what would be
sent, after scrubbing, and says yes or no each time; with nobody to ask, the answer is no),
`run` (allowed for this run), `always` (allowed for a named provider, remembered by the
caller). Images need their own permission: a request with one is refused without it. Every
request, allowed or not, is written to the outbound ledger with the scrubbed payload and the
decision, so "what left, and why" is always answerable; a screenshot is not stored there, its
size and SHA-256 are, in the payload the caller describes it with.

The question asked is a `Question`: a plain `str` to any yes/no asker (a terminal prints it, and
its last line says a screenshot goes along), which also carries the provider, the payload and
the image bytes apart, so a dialog can show the image itself. Askers typed `Callable[[str],
bool]` keep working unchanged.
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


class Question(str):
    """ "Send this to PROVIDER?", the payload between --- lines, and a line about the screenshot
    when one would go along; `provider`, `payload` and `image` (PNG bytes) are kept apart."""

    provider: str
    payload: str
    image: bytes | None

    def __new__(cls, provider: str, payload: str, image: bytes | None = None) -> Question:
        text = f"Send this to {provider}?\n---\n{payload}\n---"
        if image is not None:
            text += f"\n{image_note(image)}"
        question = super().__new__(cls, text)
        question.provider, question.payload, question.image = provider, payload, image
        return question


def image_note(image: bytes) -> str:
    """How a question mentions the screenshot that would be sent with the text."""
    return (
        f"A screenshot ({max(1, round(len(image) / 1024))} KB, personal text blacked out) would be sent too."
    )


#: Receives a `Question` (a str), answers yes or no.
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

    def request(
        self,
        provider: str,
        model: str,
        payload: object,
        *,
        image: bytes | None = None,
        note: str = "",
    ) -> Permission:
        """May this (already scrubbed) payload, and `image` (a redacted PNG) if given, go to
        `provider`? Recorded either way; `note` (what the caller kept back, and why) is
        recorded with the reason."""
        text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False, indent=1)
        allowed, reason = self._decide(provider, text, image)
        if note:
            reason = f"{reason}; {note}"
        row = self.ledger.record_outbound(
            provider=provider, model=model, payload=text, allowed=allowed, policy=self.policy, reason=reason
        )
        return Permission(allowed, self.policy, reason, row)

    def _decide(self, provider: str, text: str, image: bytes | None) -> tuple[bool, str]:
        if image is not None and not self.images:
            return False, "images were not allowed to leave the machine"
        if self.policy == "never":
            return False, "escalation policy is never"
        if self.policy in ("run", "always"):
            return True, f"allowed by policy {self.policy}"
        if self.ask is None:
            return False, "policy ask, but there is nobody to ask"
        if self.ask(Question(provider, text, image)):
            return True, "the person allowed it"
        return False, "the person said no"
