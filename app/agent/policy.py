"""The safety policy: which actions run, which need a person's yes, which never run.

Checked by the controller before every action, whoever decided it (code, a local model or the
cloud). Sensitive means hard to undo or leaking: typing into a password field, or pressing a
button that deletes, sends, pays or discards. A sensitive
action runs only after the person confirms; the controller refuses it when nobody can be
asked (no terminal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from app.agent.steps import Action, ActionKind, Element, ElementKind
from app.privacy.redact import is_secret_field

Decision = Literal["allow", "confirm"]

_DESTRUCTIVE_WORDS = re.compile(
    r"\b(delete|remove|erase|destroy|wipe|format|uninstall|discard|empty trash|"
    r"send|post|publish|pay|purchase|buy|order|checkout|transfer|confirm payment|"
    r"don'?t save|close without saving|sign out|log ?out|reset|revoke|deactivate)\b",
    re.I,
)


@dataclass(frozen=True)
class Assessment:
    decision: Decision
    reason: str


def assess(action: Action, element: Element | None) -> Assessment:
    """Judge one action on the element it targets (None when it targets nothing)."""
    if element is None:
        return Assessment("allow", "")
    if action.kind is ActionKind.TYPE and is_secret_field(element.name, element.text):
        return Assessment("confirm", f"typing into the password field {element.name!r}")
    if action.kind is ActionKind.CLICK and element.kind in (
        ElementKind.BUTTON,
        ElementKind.LINK,
        ElementKind.TEXT,
        ElementKind.LABEL,
    ):
        match = _DESTRUCTIVE_WORDS.search(element.name)
        if match:
            return Assessment("confirm", f"pressing {element.name!r} may {match.group(1).lower()}")
    return Assessment("allow", "")
