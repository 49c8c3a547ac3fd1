"""Specialists: a role, a prompt kept as a data file, a schema built per step, a runtime.

Each specialist asks its model one narrow question. The schema is built from what is on the
screen now, so a model can only name an element that exists: the grammar makes any other id
impossible to produce. Each specialist reads its model's JSON into a typed answer (`Pick`,
`ActorAnswer`, `PlannerAnswer`) whose `problem` says why it cannot be used, or is empty, so
the controller reads fields and never the JSON. Every call comes back with its `LMCallRecord`
for the run log; a question the cloud never answered (the gate said no, the endpoint failed)
comes back as an unusable answer with its reason and no call record (the ledger holds it).

A question about the screen can also offer the screen itself (`screen=`, given by the
controller to the cloud tier): it rides on the user message for a runtime that can see, which
decides whether and how redacted it leaves; local runtimes read the text only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, Literal

import jsonschema

from app.agent.grounding import browser_chrome, contradicts, shares_meaning, supports, words
from app.agent.plan import Goal, Intent, parse_clause
from app.agent.steps import Element, ElementKind, Observation
from app.agent.untrusted import is_untrusted
from app.desktop.elements import Role
from app.privacy.redact import Screenshot, ScreenText
from app.runtimes.base import Completion, Message, Runtime
from app.runtimes.cloud import CloudUnavailable
from app.store.log import LMCallRecord

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "prompts"
#: Longest text the actor may type in one action; bounds decoding time as well.
MAX_TYPED = 48


@cache
def prompt(name: str) -> str:
    return (PROMPTS_DIR / f"{name}.md").read_text(encoding="utf-8").strip()


@dataclass(frozen=True)
class Answer:
    """One question put to a runtime: what came back and the call as logged. `record` is None
    when no model was reached (the gate said no, the endpoint failed); `completion.error` says
    why, and the outbound ledger holds the request."""

    completion: Completion
    record: LMCallRecord | None

    @property
    def json(self) -> Any:
        return self.completion.json

    @property
    def fault(self) -> str:
        """Why this answer is unusable, for the step's note and the model's retry prompt."""
        return self.completion.error or repr(self.completion.text)


def _records(answers: Sequence[Answer]) -> tuple[LMCallRecord, ...]:
    return tuple(a.record for a in answers if a.record is not None)


def screenshot(observation: Observation | None) -> Screenshot | None:
    """The screen as the privacy layer takes it: the pixels and every text read on them, with
    its box, its caption, whether it is an input field and whether the toolkit says it holds a
    secret (a password field is blacked out whatever it shows); None when there are no pixels."""
    if observation is None or observation.image is None:
        return None
    texts = tuple(
        ScreenText(
            e.text,
            (e.box.x, e.box.y, e.box.w, e.box.h),
            e.label,
            e.kind is ElementKind.FIELD,
            secret=e.role is Role.PASSWORD_FIELD,
        )
        for e in observation.elements
    )
    return Screenshot(observation.image, texts)


class Specialist:
    """One role bound to a runtime, asking with its own system prompt.

    `constrained=False` asks for the same JSON in words and parses the free text afterwards:
    the baseline that measures what the per-step schema is worth.
    """

    def __init__(
        self, role: str, runtime: Runtime, *, max_tokens: int = 64, constrained: bool = True
    ) -> None:
        self.role = role
        self.runtime = runtime
        self.max_tokens = max_tokens
        self.constrained = constrained
        self.system = prompt(role)

    def ask(self, user: str, schema: dict[str, Any], screen: Observation | None = None) -> Answer:
        """One question under `schema`; `screen` offers the screen it is about to the runtime."""
        shot = screenshot(screen)
        if not self.constrained:
            user += f"\nAnswer with one JSON object that follows this JSON schema: {json.dumps(schema)}"
        messages = (Message("system", self.system), Message("user", user, shot))
        try:
            if self.constrained:
                completion = self.runtime.complete(messages, schema=schema, max_tokens=self.max_tokens)
            else:
                completion = parse_free_text(
                    self.runtime.complete(messages, max_tokens=self.max_tokens * 2), schema
                )
        except CloudUnavailable as exc:
            return Answer(Completion.failed(str(exc)), None)
        record = call_record(self.role, self.runtime, messages, completion, schema)
        return Answer(completion, record)


def call_record(
    role: str,
    runtime: Runtime,
    messages: Sequence[Message],
    completion: Completion,
    schema: dict[str, Any] | None = None,
) -> LMCallRecord:
    """One model call as the run log keeps it (specialists, `deskhand ask` and `deskhand serve`
    all log through this). Valid means usable: no error, and JSON when a schema was asked for."""
    return LMCallRecord(
        role=role,
        runtime=runtime.name,
        model=runtime.model,
        messages=tuple(m.as_dict() for m in messages),
        output=completion.text,
        schema=schema,
        valid=completion.error is None and (schema is None or completion.json is not None),
        latency_ms=round(completion.latency_s * 1000, 2),
        ttft_ms=None if completion.ttft_s is None else round(completion.ttft_s * 1000, 2),
        tokens_in=completion.tokens_in,
        tokens_out=completion.tokens_out,
        error=completion.error,
    )


def parse_free_text(completion: Completion, schema: dict[str, Any]) -> Completion:
    """The first JSON object in an unconstrained answer, if it follows `schema`."""
    start, end = completion.text.find("{"), completion.text.rfind("}")
    error = None
    parsed: Any = None
    if start < 0 or end < start:
        error = "the answer holds no JSON object"
    else:
        try:
            parsed = json.loads(completion.text[start : end + 1])
            jsonschema.validate(parsed, schema)
        except json.JSONDecodeError as exc:
            parsed, error = None, f"output is not valid JSON: {exc}"
        except jsonschema.ValidationError as exc:
            parsed, error = None, f"output does not follow the schema: {exc.message}"
    return replace(completion, json=parsed, error=error)


#: The most elements one question lists, and the longest name it quotes: the built-in model's
#: 2048-token context holds the prompt, the element lines and the answer. A line is about 8
#: tokens plus its name (an 80-character name is about 20), so 40 lines stay under 1200 tokens.
MAX_CHOICES = 40
MAX_NAME_CHARS = 80
PLANNER_CHOICES = 200
#: Screen text that gives orders, quoted as untrusted: a few lines show the model it is there.
MAX_UNTRUSTED = 4


def choices(elements: Sequence[Element]) -> dict[str, Element]:
    """Name -> element, names made unique with " (2)", " (3)"... in screen order.

    Small models answer far better with the element's own words than with an arbitrary id
    (measured with the built-in 135M model: 11 of 16 paraphrased targets by name, 3 of 12 by id),
    so the schema lists names and code maps the answer back to the id. A name is cut at
    `MAX_NAME_CHARS`: the cut name still maps back to its element.
    """
    named: dict[str, Element] = {}
    for element in elements:
        text = element.name.replace('"', "'").strip()[:MAX_NAME_CHARS].strip()
        base = text or f"{element.kind.value} {element.id}"
        name, n = base, 1
        while name in named:
            n += 1
            name = f"{base} ({n})"
        named[name] = element
    return named


def most_relevant(elements: Sequence[Element], about: str, limit: int = MAX_CHOICES) -> list[Element]:
    """At most `limit` elements, in screen order: when there are more, those sharing most words
    with `about` (the phrase or task) are kept, ties going to the earlier on screen, so a long
    screen is cut by relevance, never at random or at its end."""
    if len(elements) <= limit:
        return list(elements)
    wanted = words(about)
    ranked = sorted(range(len(elements)), key=lambda i: (-len(words(elements[i].name) & wanted), i))
    return [elements[i] for i in sorted(ranked[:limit])]


def _split(
    elements: Sequence[Element], about: str, limit: int = MAX_CHOICES
) -> tuple[dict[str, Element], list[Element]]:
    """The elements a model may name (the most relevant to `about`, when the screen is long;
    never a browser's own tabs and bars), and the screen text that gives orders (never
    nameable)."""
    chrome = browser_chrome(elements)
    named = choices(
        most_relevant([e for e in elements if not is_untrusted(e) and e.id not in chrome], about, limit)
    )
    return named, [e for e in elements if is_untrusted(e)][:MAX_UNTRUSTED]


#: How much of an order on screen a prompt quotes: enough to see it is one, few tokens.
_UNTRUSTED_CHARS = 60


def _screen_lines(named: dict[str, Element], untrusted: Sequence[Element] = ()) -> str:
    """The screen as the model reads it: one quoted line per element, marked as data; screen
    text that gives orders comes last, marked untrusted, and is not in the schema."""
    lines = []
    for name, element in named.items():
        line = f'- {element.kind.value} "{name}"'
        shown = _shown(element)
        if element.label and shown and shown != element.label:
            line += f' (shows "{shown}")'
        lines.append(line)
    for element in untrusted:
        quoted = element.name.replace('"', "'")[:_UNTRUSTED_CHARS]
        lines.append(f'- UNTRUSTED text "{quoted}"')
    return "\n".join(lines)


def _shown(element: Element) -> str:
    """What the model reads in an element: its text, or "checked" for a ticked box (the words
    the logged prompts, and so the specialists tuned on them, have always had)."""
    return "checked" if element.checked else element.text


@dataclass(frozen=True)
class Pick:
    """The grounder's choice, every call it took, how sure it was, and why (or why none)."""

    element: Element | None
    answers: tuple[Answer, ...]
    agreed: bool
    note: str

    @property
    def records(self) -> tuple[LMCallRecord, ...]:
        return _records(self.answers)

    @property
    def problem(self) -> str:
        return "" if self.element is not None else self.note


def word_overlap(description: str, name: str) -> float:
    """Share of the element's words that the description also uses: the tie-breaker."""
    named = words(name)
    return len(named & words(description)) / len(named) if named else 0.0


class Grounder(Specialist):
    """Which on-screen element does a phrase from the task mean? (when no label matches exactly)

    The built-in 135M model has a strong position bias (with two options it mostly names the
    last), so it is asked twice, with the options in screen order and reversed. When both
    answers agree the pick is trusted (7 of 8 agreeing picks were right in our measurement);
    when they differ, the candidate sharing most words with the phrase among the two answers
    wins, and the step says so.
    """

    def __init__(
        self, runtime: Runtime, *, max_tokens: int = 32, constrained: bool = True, orders: int = 2
    ) -> None:
        super().__init__("grounder", runtime, max_tokens=max_tokens, constrained=constrained)
        #: 2 asks in screen order and reversed (for a small model's position bias); 1 asks once.
        self.orders = orders

    @staticmethod
    def schema(named: dict[str, Element]) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {"element": {"type": "string", "enum": list(named)}},
            "required": ["element"],
            "additionalProperties": False,
        }

    def _ask_once(
        self,
        description: str,
        named: dict[str, Element],
        feedback: str,
        screen: Observation | None,
        untrusted: Sequence[Element],
    ) -> tuple[Answer, str | None]:
        lines = _screen_lines(named, untrusted)
        user = f'Screen elements:\n{lines}\n\nDescription: "{description}"\n'
        if feedback:
            user += f"Note: {feedback}\n"
        user += "Which element does the description mean?"
        answer = self.ask(user, self.schema(named), screen)
        picked = answer.json.get("element") if isinstance(answer.json, dict) else None
        return answer, picked if isinstance(picked, str) and picked in named else None

    def pick(
        self,
        description: str,
        candidates: Sequence[Element],
        feedback: str = "",
        screen: Observation | None = None,
    ) -> Pick:
        """`screen`: the observation the candidates come from, offered to a runtime that sees."""
        named, untrusted = _split(candidates, description)
        if not named:
            return Pick(None, (), False, "nothing on screen may be chosen (only text that gives orders)")
        first, a = self._ask_once(description, named, feedback, screen, untrusted)
        if a is None:
            return Pick(None, (first,), True, f"the grounder gave no usable answer ({first.fault})")
        if len(named) == 1 or self.orders == 1:
            note = f"the grounder chose {a!r}"
            return self._evident(description, named[a], (first,), True, note, feedback)
        reverse = dict(reversed(list(named.items())))
        second, b = self._ask_once(description, reverse, feedback, screen, untrusted)
        answers = (first, second)
        if b is None or a == b:
            note = f"the grounder chose {a!r} in both orders"
            return self._evident(description, named[a], answers, b is not None, note, feedback)
        # A pick with evidence beats one without; then the one sharing more words.
        best = max(
            (a, b),
            key=lambda n: (
                supports(description, named[n], again=bool(feedback)),
                word_overlap(description, n),
            ),
        )
        return self._evident(
            description,
            named[best],
            answers,
            False,
            f"the grounder wavered between {a!r} and {b!r}; {best!r} shares more words with the task",
            feedback,
        )

    @staticmethod
    def _evident(
        description: str,
        element: Element,
        answers: tuple[Answer, ...],
        agreed: bool,
        note: str,
        feedback: str,
    ) -> Pick:
        """The pick, kept only with the minimum evidence (`grounding.supports`): a small model
        always names something, and "none of these" is the honest answer when what it named
        shares nothing with the task ("File name" for "the Password field") or is only part
        of it ("Large" for "Extra large"). An ask with `feedback` is a second guess: it needs
        words in common whatever it names."""
        if supports(description, element, again=bool(feedback)):
            return Pick(element, answers, agreed, note)
        why = contradicts(description, element) or f"{element.name!r} shares no word or meaning with it"
        return Pick(
            None,
            answers,
            agreed,
            f"nothing on screen is {description!r}: the closest, {element.name!r}, fails ({why})",
        )


@dataclass(frozen=True)
class ActorAnswer:
    """The actor's next move, read and checked: click `element`, type `text` into it, or done."""

    verb: Literal["click", "type", "done"] | None
    element: Element | None
    text: str
    answer: Answer
    #: Why the move cannot be made ("" when it can); `element` stays when it is the reason.
    problem: str = ""

    @property
    def records(self) -> tuple[LMCallRecord, ...]:
        return _records((self.answer,))


#: Runtimes whose grammar takes a schema's alternatives at its root. OpenAI-compatible servers
#: in strict mode want a root object with every property required, so they get one shape.
GRAMMAR_RUNTIMES = frozenset({"llama.cpp", "onnx"})


class Actor(Specialist):
    """The next action for a task (or a part of one) that no pattern in code understood."""

    def __init__(self, runtime: Runtime, *, max_tokens: int = 80, constrained: bool = True) -> None:
        super().__init__("actor", runtime, max_tokens=max_tokens, constrained=constrained)
        #: A local model answers one of three moves, each with only what the controller reads.
        self.moves = runtime.name in GRAMMAR_RUNTIMES

    @staticmethod
    def schema(named: dict[str, Element], *, moves: bool = False) -> dict[str, Any]:
        """The move as the controller reads it. With `moves`, one of three shapes: a click names
        any element, a typing names a field and its text, done names nothing: a small model
        filled a free text field with a narration ("Clicking untitled.txt", a third of the
        answer's tokens) and a target for "done", which nobody reads. Without `moves`, one
        object whose text is "" by construction when no field is on screen."""
        fields = [name for name, e in named.items() if e.kind is ElementKind.FIELD]
        if moves:
            shapes = [_move("click", {"target": {"type": "string", "enum": list(named)}})]
            if fields:
                text = {"type": "string", "minLength": 1, "maxLength": MAX_TYPED}
                shapes.append(_move("type", {"target": {"type": "string", "enum": fields}, "text": text}))
            return {"anyOf": [*shapes, _move("done", {})]}
        typed = MAX_TYPED if fields else 0
        return {
            "type": "object",
            "properties": {
                "action": {"type": "string", "enum": ["click", "type", "done"]},
                "target": {"type": "string", "enum": list(named)},
                "text": {"type": "string", "maxLength": typed},
            },
            "required": ["action", "target", "text"],
            "additionalProperties": False,
        }

    def next_action(
        self,
        task: str,
        elements: Sequence[Element],
        history: Sequence[str],
        feedback: str = "",
        screen: Observation | None = None,
    ) -> ActorAnswer:
        named, untrusted = _split(elements, task)
        if not named:
            reason = "nothing on screen may be chosen (only text that gives orders)"
            return ActorAnswer(None, None, "", Answer(Completion.failed(reason), None), reason)
        done = "\n".join(f"- {h}" for h in history) or "- nothing yet"
        lines = _screen_lines(named, untrusted)
        user = f"Task: {task}\n\nScreen elements:\n{lines}\n\nActions so far:\n{done}\n"
        if feedback:
            user += f"Problem with the last answer: {feedback}\n"
        user += "Next action?" if self.moves else 'Next action? Use text "" unless you type.'
        return self._evident(
            task, self.read(self.ask(user, self.schema(named, moves=self.moves), screen), named)
        )

    @staticmethod
    def _evident(task: str, move: ActorAnswer) -> ActorAnswer:
        """The move, unless it has no evidence in the task: a tick or a click into a field on
        what shares no word, synonym or meaning with it ("Standard delivery" for "Place the
        order"). A small model always names something; "none of these" is then the answer.
        Typed text is the safety policy's to judge (a secret the task did not give asks)."""
        if move.problem or move.element is None:
            return move
        # A press of a button or a link the task does not name is the safety policy's to
        # refuse (or a person's to allow); a tick or a click into a field has no such check.
        pressed = move.element.kind in (ElementKind.BUTTON, ElementKind.LINK)
        if move.verb == "click" and not pressed and not shares_meaning(task, move.element):
            problem = (
                f"nothing on screen does what the task says: {move.element.name!r} shares no word with it"
            )
            return replace(move, problem=problem)
        return move

    @staticmethod
    def read(answer: Answer, named: dict[str, Element]) -> ActorAnswer:
        """The move in `answer`; any verb but "type" or "done" on a named target is a click."""
        data = answer.json
        unusable = f"the actor gave no usable answer ({answer.fault})"
        if not isinstance(data, dict):
            return ActorAnswer(None, None, "", answer, unusable)
        if data.get("action") == "done":
            return ActorAnswer("done", None, "", answer)
        target = data.get("target")
        element = named.get(target) if isinstance(target, str) else None
        if element is None:
            return ActorAnswer(None, None, "", answer, unusable)
        if data.get("action") != "type":
            return ActorAnswer("click", element, "", answer)
        text = str(data.get("text", ""))
        if element.kind is not ElementKind.FIELD or not text:
            problem = f"typing {text!r} into {element.kind.value} {element.name!r} makes no sense"
            return ActorAnswer("type", element, text, answer, problem)
        return ActorAnswer("type", element, text, answer)


def _move(action: str, fields: dict[str, Any]) -> dict[str, Any]:
    """One shape of the actor's answer: the action's name, then `fields`, nothing else."""
    return {
        "type": "object",
        "properties": {"action": {"const": action}, **fields},
        "required": ["action", *fields],
        "additionalProperties": False,
    }


@dataclass(frozen=True)
class PlannerAnswer:
    """A plan read into goals code can ground; the commands no pattern understood are dropped."""

    goals: tuple[Goal, ...]
    answer: Answer
    problem: str = ""

    @property
    def records(self) -> tuple[LMCallRecord, ...]:
        return _records((self.answer,))


class Planner(Specialist):
    """A consultant's plan: a task no pattern understood, rewritten as commands code can ground.

    "LLM plans, SLMs execute": the big model only writes the plan; each command is then grounded
    by code or the local grounder like any task a person types.
    """

    MAX_STEPS = 8

    def __init__(self, runtime: Runtime, *, max_tokens: int = 400) -> None:
        super().__init__("planner", runtime, max_tokens=max_tokens)

    @classmethod
    def schema(cls) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {
                "steps": {
                    "type": "array",
                    "items": {"type": "string", "maxLength": 160},
                    "minItems": 1,
                    "maxItems": cls.MAX_STEPS,
                }
            },
            "required": ["steps"],
            "additionalProperties": False,
        }

    def plan(
        self, task: str, elements: Sequence[Element], screen: Observation | None = None
    ) -> PlannerAnswer:
        # The planner is a consultant with a large context: it may read a longer screen.
        lines = _screen_lines(*_split(elements, task, limit=PLANNER_CHOICES))
        user = f"Task: {task}\n\nScreen elements:\n{lines}\n\nWrite the plan."
        answer = self.ask(user, self.schema(), screen)
        if not isinstance(answer.json, dict):
            return PlannerAnswer((), answer, f"the planner gave no usable answer ({answer.fault})")
        commands = answer.json.get("steps", [])
        parsed = (parse_clause(str(c)) for c in commands) if isinstance(commands, list) else ()
        goals = tuple(g for g in parsed if g.intent is not Intent.UNKNOWN)
        return PlannerAnswer(goals, answer, "" if goals else "the plan had no command code can follow")
