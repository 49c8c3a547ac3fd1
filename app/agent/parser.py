"""The parser specialist: a task sentence the pattern grammar did not understand, read into goals.

`app.agent.plan.parse_task` is the fast path; what it leaves UNKNOWN ("Register as Grace Hopper,
grace@navy.mil", "the link Pricing, please", "my email is kim@mail.com") is asked of a small
local model, before the gated cloud planner. The model answers under a schema built per step:
each step's target is an enum of the names on screen now, its action one of five, its value a
free string. The built-in model with the shipped LoRA adapter
(`resources/adapters/parser-smollm2-135m.gguf`, trained by `scripts/train_parser.py` on
`app.training.parser_corpus`) is the intended runtime; any `Runtime` works.

The answer becomes typed `Goal`s only when it holds up: every value must be written in the task
(a model never invents what to type), every action must suit its target's kind (nothing is
typed into a button), and every target needs the task's word for it: a button or box the task
names (in its words, a synonym, or by meaning for a dialog's answer), a field the task names
whenever it names any field on screen. A small model likes to finish a form it was not asked
to finish ("Create account" after typing a name); one step without evidence refuses the whole
answer, since doing only part of what the model read would be reported as done. Anything else
comes back as no goals and the reason, like every other model mistake; a screen with nothing
to name never reaches the model at all.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.agent import meaning
from app.agent.plan import Goal, Intent, KindHint
from app.agent.policy import named_by_task
from app.agent.specialists import Answer, Specialist, choices, most_relevant
from app.agent.steps import Element, ElementKind
from app.agent.untrusted import is_untrusted
from app.runtimes.base import Message, Runtime

#: The adapter shipped for the built-in model (load it with `LlamaRuntime(base, lora_path=...)`).
ADAPTER_PATH = Path(__file__).resolve().parents[2] / "resources" / "adapters" / "parser-smollm2-135m.gguf"
#: Steps one answer may hold; tasks with more go to the planner.
MAX_STEPS = 5
#: Longest value one step may carry (bounds decoding: ~9 ms a token on a small CPU).
MAX_VALUE = 48
#: Elements named in the prompt and the schema, the most relevant to the task first kept.
MAX_ELEMENTS = 24

_INTENTS: dict[str, Intent] = {
    "click": Intent.CLICK,
    "type": Intent.TYPE,
    "check": Intent.CHECK,
    "uncheck": Intent.UNCHECK,
    "select": Intent.SELECT,
}
#: The kinds each action may land on (a click lands anywhere).
_SUITS: dict[str, frozenset[ElementKind]] = {
    "type": frozenset({ElementKind.FIELD, ElementKind.DROPDOWN}),
    "select": frozenset({ElementKind.DROPDOWN, ElementKind.FIELD}),
    "check": frozenset({ElementKind.CHECKBOX}),
    "uncheck": frozenset({ElementKind.CHECKBOX}),
}
_HINTS: dict[ElementKind, KindHint] = {
    ElementKind.BUTTON: KindHint.BUTTON,
    ElementKind.FIELD: KindHint.FIELD,
    ElementKind.CHECKBOX: KindHint.CHECKBOX,
    ElementKind.DROPDOWN: KindHint.DROPDOWN,
    ElementKind.LINK: KindHint.LINK,
}


@dataclass(frozen=True)
class Parsed:
    """The parser's reading of a task: `goals` in the task's order, or None with `reason`.
    `answer` is the model call (None when no model was asked), for the run log."""

    goals: tuple[Goal, ...] | None
    reason: str
    answer: Answer | None


class Parser(Specialist):
    """Task sentence + the screen now -> goals, by a local model under a per-step schema."""

    def __init__(self, runtime: Runtime, *, max_tokens: int = 96) -> None:
        super().__init__("parser", runtime, max_tokens=max_tokens)

    @staticmethod
    def nameable(elements: Sequence[Element], task: str) -> dict[str, Element]:
        """The elements a step may name, by unique name: no label and no screen text that gives
        orders; on a long screen, those sharing most words with the task."""
        usable = [e for e in elements if e.kind is not ElementKind.LABEL and not is_untrusted(e)]
        return choices(most_relevant(usable, task, MAX_ELEMENTS))

    @staticmethod
    def schema(named: dict[str, Element]) -> dict[str, Any]:
        step = {
            "type": "object",
            "properties": {
                "do": {"type": "string", "enum": list(_INTENTS)},
                "on": {"type": "string", "enum": list(named)},
                "text": {"type": "string", "maxLength": MAX_VALUE},
            },
            "required": ["do", "on"],
            "additionalProperties": False,
        }
        return {
            "type": "object",
            "properties": {"steps": {"type": "array", "items": step, "minItems": 1, "maxItems": MAX_STEPS}},
            "required": ["steps"],
            "additionalProperties": False,
        }

    @staticmethod
    def user_text(task: str, named: dict[str, Element]) -> str:
        """The question as the model reads it (training renders its examples with this too)."""
        lines = "\n".join(f'- {e.kind.value} "{name}"' for name, e in named.items())
        return f"Screen:\n{lines}\n\nTask: {task}"

    def messages(self, task: str, named: dict[str, Element]) -> tuple[Message, Message]:
        return Message("system", self.system), Message("user", self.user_text(task, named))

    @staticmethod
    def label(steps: Sequence[tuple[str, str, str]]) -> str:
        """The answer the model should give for (action, target name, value) steps, compact as
        the schema's grammar writes it: what training teaches."""
        rows = [{"do": a, "on": t, **({"text": v} if v else {})} for a, t, v in steps]
        return json.dumps({"steps": rows}, ensure_ascii=False, separators=(",", ":"))

    def parse(self, task: str, elements: Sequence[Element]) -> Parsed:
        """The goals of `task` on a screen showing `elements`, or None and why not."""
        named = self.nameable(elements, task)
        if not named:
            return Parsed(None, "nothing on screen can be named in a step", None)
        answer = self.ask(self.user_text(task, named), self.schema(named))
        goals, reason = self.read(answer.json, named, task)
        if goals is None and answer.completion.error:
            reason = f"the parser gave no usable answer ({answer.fault})"
        return Parsed(goals, reason, answer)

    @staticmethod
    def read(data: Any, named: dict[str, Element], task: str) -> tuple[tuple[Goal, ...] | None, str]:
        """A model's JSON as goals, or None and the first reason it cannot be used."""
        steps = data.get("steps") if isinstance(data, dict) else None
        if not isinstance(steps, list) or not steps:
            return None, "the parser's answer holds no steps"
        said = task.casefold()
        goals = []
        for step in steps:
            if not isinstance(step, dict):
                return None, f"a step is not an object: {step!r}"
            action, target, value = step.get("do"), step.get("on"), step.get("text", "")
            if action not in _INTENTS or not isinstance(target, str) or target not in named:
                return None, f"the step {step!r} names no action or no element on screen"
            if not isinstance(value, str):
                return None, f"the step {step!r} has a value that is not text"
            value = value.strip()
            if value and value.casefold() not in said:
                return None, f"the value {value!r} is not in the task (a model never invents values)"
            if action in ("type", "select") and not value:
                return None, f"the step {step!r} has nothing to {action}"
            element = named[target]
            if action in _SUITS and element.kind not in _SUITS[action]:
                return None, f"cannot {action} the {element.kind.value} {target!r}"
            if not _evidenced(action, target, named, task):
                return None, f"the task does not name {target!r} (the parser added it)"
            hint = _HINTS.get(element.kind, KindHint.ANY)
            goals.append(Goal(_INTENTS[action], target, value, hint, raw=task, verb=action))
        return tuple(goals), ""


def _evidenced(action: str, target: str, named: dict[str, Element], task: str) -> bool:
    """Whether the task itself points at `target` for this action (see the module docstring)."""
    if action in ("type", "select"):
        fields = [n for n, e in named.items() if e.kind in _SUITS["type"] and _names(n, task)]
        return not fields or target in fields
    return _names(target, task) or meaning.answers(task, target)


def _names(caption: str, task: str) -> bool:
    """The task uses the caption's words or a common synonym (a caption of no words counts not)."""
    return bool(meaning.fold(caption).strip(" :")) and named_by_task(caption, task)
