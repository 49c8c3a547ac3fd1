"""The code-agency loop: observe -> decide -> check -> act -> verify, one typed Step at a time.

Code decides what it can (a goal whose label is on screen in so many words); the grounder
model picks among the elements of the right kind when the task paraphrases; the actor model
drives goals no pattern understood. Model mistakes (no usable answer, a click that changed
nothing) become feedback for one retry, then a clear outcome. Programming errors raise.
`run()` is a generator, so the CLI, the window and the run log consume the same stream.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from app.agent import grounding, policy
from app.agent.plan import Goal, Intent, parse_task
from app.agent.specialists import Actor, Answer, Grounder
from app.agent.steps import (
    Action,
    ActionKind,
    DecidedBy,
    Element,
    ElementKind,
    Observation,
    Outcome,
    OutcomeStatus,
    Step,
    StepTimings,
    Task,
    Verdict,
)
from app.desktop import pixels
from app.desktop.actions import StopRequested
from app.store.log import LMCallRecord

#: Share of the screen that must change for a click to count as having done something.
_CLICK_EFFECT = 0.0005
#: The `text` perception gives a checkbox with a mark in it.
CHECKED = "checked"


class Screen(Protocol):
    def observe(self) -> Observation: ...


class Hands(Protocol):
    """Mouse and keyboard, as `app.desktop.actions.Hands` provides them."""

    def click(self, x: int, y: int) -> None: ...
    def double_click(self, x: int, y: int) -> None: ...
    def replace_text(self, x: int, y: int, text: str) -> None: ...
    def hotkey(self, *keys: str) -> None: ...
    def scroll(self, amount: int, x: int, y: int) -> None: ...


Confirm = Callable[[str], bool]


@dataclass
class _Decision:
    action: Action
    element: Element | None
    decided_by: DecidedBy
    calls: tuple[LMCallRecord, ...] = ()
    note: str = ""


@dataclass
class _Progress:
    """Where one goal stands: its phase (a dropdown is opened, then picked), retries, feedback."""

    goal: Goal
    phase: int = 0
    failures: int = 0
    feedback: str = ""
    excluded: set[int] = field(default_factory=set)
    opened: Element | None = None
    history: list[str] = field(default_factory=list)


class Controller:
    def __init__(
        self,
        *,
        screen: Screen,
        hands: Hands | None,
        grounder: Grounder | None,
        actor: Actor | None,
        confirm: Confirm,
        settle_s: float = 0.35,
        retries: int = 1,
        code_grounding: bool = True,
    ) -> None:
        """`grounder`/`actor` None runs without a model (code only); `code_grounding=False`
        sends every choice to the model. Both exist to measure what each part is worth."""
        self.screen = screen
        self.hands = hands
        self.grounder = grounder
        self.actor = actor
        self.code_grounding = code_grounding
        self.confirm = confirm
        self.settle_s = settle_s
        self.retries = retries
        self._stop = False

    def stop(self) -> None:
        """Ask the loop to end before its next action (safe from another thread)."""
        self._stop = True

    def run(self, task: Task) -> Iterator[Step | Outcome]:
        self._stop = False
        calls: list[LMCallRecord] = []
        steps = 0

        def outcome(status: OutcomeStatus, reason: str) -> Outcome:
            local = sum(1 for c in calls if c.is_local)
            return Outcome(status, reason, steps, len(calls), local, len(calls) - local)

        if not task.dry_run and self.hands is None:
            raise ValueError("a run that acts needs Hands; pass dry_run=True to only decide")
        try:
            started = time.perf_counter()
            observation = self.screen.observe()
            observe_s = time.perf_counter() - started
            for goal in parse_task(task.text):
                progress = _Progress(goal)
                while True:
                    if self._stop:
                        yield outcome("stopped", "stopped by the person")
                        return
                    if steps >= task.max_steps:
                        yield outcome(
                            "failed", f"step limit ({task.max_steps}) reached at: {goal.describe()}"
                        )
                        return
                    step, observation, observe_s, status = self._turn(
                        task, progress, observation, observe_s, steps
                    )
                    calls.extend(step.lm_calls)
                    steps += 1
                    yield step
                    if status == "next":
                        break
                    if status == "again":
                        continue
                    if status == "refused":
                        yield outcome("refused", step.note)
                        return
                    yield outcome("failed", step.note)
                    return
            yield outcome("done", "every part of the task was done and checked on screen")
        except StopRequested as exc:
            yield outcome("stopped", str(exc) or "stopped by the person")
        except KeyboardInterrupt:
            yield outcome("stopped", "interrupted (Ctrl+C)")

    def _turn(
        self, task: Task, progress: _Progress, before: Observation, observe_s: float, index: int
    ) -> tuple[Step, Observation, float, str]:
        """One step. Returns the step, the newest observation, its cost, and what comes next:
        "next" goal, "again" (same goal), "refused" or "failed"."""
        started = time.perf_counter()
        decision = self._decide(progress, before)
        decide_s = time.perf_counter() - started

        def step(verdict: Verdict, acted: bool, verified: bool | None, note: str, **t: float) -> Step:
            return Step(
                index=index,
                goal=progress.goal.describe(),
                observation=before,
                action=decision.action,
                decided_by=decision.decided_by,
                verdict=verdict,
                acted=acted,
                verified=verified,
                note=note,
                timings=StepTimings(observe_s=observe_s, decide_s=decide_s, **t),
                lm_calls=decision.calls,
                target=decision.element,
            )

        kind = decision.action.kind
        if kind is ActionKind.FAIL:
            return self._failed(progress, decision.note, step("none", False, False, decision.note), before)
        if kind is ActionKind.DONE:
            return (
                step("none", False, None, decision.action.reason or "the actor says this part is done"),
                before,
                0.0,
                "next",
            )

        assessment = policy.assess(decision.action, decision.element)
        verdict: Verdict = "allowed"
        if assessment.decision == "confirm":
            if not self.confirm(
                f"Deskhand wants to {decision.action.describe()}: {assessment.reason}. Allow?"
            ):
                note = f"refused: {assessment.reason} (needs your confirmation)"
                return step("refused", False, None, note), before, 0.0, "refused"
            verdict = "confirmed"

        if task.dry_run:
            return step("dry-run", False, None, "dry run: not acted"), before, 0.0, "next"

        started = time.perf_counter()
        self._perform(decision.action, decision.element)
        act_s = time.perf_counter() - started
        time.sleep(self.settle_s)
        started = time.perf_counter()
        after = self.screen.observe()
        new_observe_s = time.perf_counter() - started
        started = time.perf_counter()
        verified, note = self._verify(progress, decision, before, after)
        verify_s = time.perf_counter() - started
        done = step(verdict, True, verified, note, act_s=act_s, verify_s=verify_s)
        progress.history.append(f"{decision.action.describe()} -> {note}")
        if not verified:
            if decision.element is not None and decision.decided_by != "code":
                progress.excluded.add(decision.element.id)
            status = self._failed(progress, note, done, after)[3]
            return done, after, new_observe_s, status
        progress.failures, progress.feedback = 0, ""
        return done, after, new_observe_s, self._advance(progress, decision)

    def _failed(
        self, progress: _Progress, note: str, step: Step, observation: Observation
    ) -> tuple[Step, Observation, float, str]:
        progress.failures += 1
        progress.feedback = note
        status = "again" if progress.failures <= self.retries else "failed"
        return step, observation, 0.0, status

    def _advance(self, progress: _Progress, decision: _Decision) -> str:
        goal = progress.goal
        if goal.intent is Intent.UNKNOWN:
            return "again"
        if (
            progress.opened is None
            and decision.element is not None
            and (
                goal.intent is Intent.SELECT
                or (goal.intent is Intent.FILL and decision.element.kind is ElementKind.DROPDOWN)
            )
        ):
            progress.opened = decision.element
            progress.phase = 1
            return "again"
        return "next"

    # -- deciding -------------------------------------------------------------------------

    def _decide(self, progress: _Progress, observation: Observation) -> _Decision:
        goal = progress.goal
        if goal.intent is Intent.UNKNOWN:
            return self._ask_actor(progress, observation)
        if progress.phase == 1:
            return self._pick_option(progress, observation)
        kinds = grounding.kinds_for(goal)
        element, why = self._ground_by_code(goal.target, observation, kinds)
        decided_by: DecidedBy = "code"
        calls: tuple[LMCallRecord, ...] = ()
        if element is None or element.id in progress.excluded:
            pool = grounding.candidates(observation.elements, kinds, progress.excluded)
            if not pool:
                note = f"nothing on screen can be {goal.target!r}"
                return _Decision(Action(ActionKind.FAIL, reason=note), None, "code", note=note)
            if self.grounder is None:
                return self._no_model(goal.target)
            pick = self.grounder.pick(goal.target, pool, progress.feedback)
            if pick.element is None:
                return self._model_mistake(pick.answers[-1], "grounder")
            element, decided_by, calls = pick.element, "local", pick.records
            why = pick.note
        ticked = element.text == CHECKED
        if (goal.intent is Intent.CHECK and ticked) or (goal.intent is Intent.UNCHECK and not ticked):
            state = "ticked" if ticked else "not ticked"
            return _Decision(
                Action(ActionKind.DONE, element.id, reason=f"{element.name!r} is already {state}"),
                element,
                decided_by,
                calls,
            )
        return _Decision(self._action_for(goal, element, why), element, decided_by, calls)

    def _ground_by_code(
        self, phrase: str, observation: Observation, kinds: tuple[ElementKind, ...]
    ) -> tuple[Element | None, str]:
        if not self.code_grounding:
            return None, ""
        element = grounding.exact(phrase, observation.elements, kinds)
        if element is not None:
            return element, f"the label {element.name!r} is on screen"
        element = grounding.by_words(phrase, observation.elements, kinds)
        if element is not None:
            return element, f"every word of {phrase!r} is in {element.name!r}"
        return None, ""

    @staticmethod
    def _no_model(phrase: str) -> _Decision:
        note = f"no label on screen matches {phrase!r} and no model is available to decide"
        return _Decision(Action(ActionKind.FAIL, reason=note), None, "code", note=note)

    @staticmethod
    def _action_for(goal: Goal, element: Element, reason: str) -> Action:
        if goal.intent is Intent.TYPE or (goal.intent is Intent.FILL and element.kind is ElementKind.FIELD):
            return Action(ActionKind.TYPE, target=element.id, text=goal.value, reason=reason)
        return Action(ActionKind.CLICK, target=element.id, reason=reason)

    def _pick_option(self, progress: _Progress, observation: Observation) -> _Decision:
        value = progress.goal.value
        element = (
            grounding.option(value, observation.elements, progress.opened) if self.code_grounding else None
        )
        if element is not None:
            return _Decision(
                Action(ActionKind.CLICK, element.id, reason=f"the option {value!r}"), element, "code"
            )
        pool = [
            e
            for e in observation.elements
            if e.name
            and e.id not in progress.excluded
            and (progress.opened is None or e.box.iou(progress.opened.box) < 0.5)
        ]
        if self.grounder is None:
            return self._no_model(value)
        pick = self.grounder.pick(value, pool, progress.feedback)
        if pick.element is None:
            return self._model_mistake(pick.answers[-1], "grounder")
        action = Action(ActionKind.CLICK, pick.element.id, reason=f"the option for {value!r}: {pick.note}")
        return _Decision(action, pick.element, "local", pick.records)

    def _ask_actor(self, progress: _Progress, observation: Observation) -> _Decision:
        if self.actor is None:
            return self._no_model(progress.goal.raw)
        pool = [e for e in observation.elements if e.name and e.id not in progress.excluded]
        answer, element = self.actor.next_action(progress.goal.raw, pool, progress.history, progress.feedback)
        if not isinstance(answer.json, dict):
            return self._model_mistake(answer, "actor")
        verb = answer.json.get("action")
        if verb == "done":
            return _Decision(Action(ActionKind.DONE), None, "local", (answer.record,))
        if element is None:
            return self._model_mistake(answer, "actor")
        if verb == "type":
            text = str(answer.json.get("text", ""))
            if element.kind is not ElementKind.FIELD or not text:
                note = f"typing {text!r} into {element.kind.value} {element.name!r} makes no sense"
                return _Decision(
                    Action(ActionKind.FAIL, reason=note), element, "local", (answer.record,), note
                )
            return _Decision(
                Action(ActionKind.TYPE, element.id, text=text), element, "local", (answer.record,)
            )
        return _Decision(Action(ActionKind.CLICK, element.id), element, "local", (answer.record,))

    @staticmethod
    def _model_mistake(answer: Answer, role: str) -> _Decision:
        note = f"the {role} gave no usable answer ({answer.completion.error or answer.completion.text!r})"
        return _Decision(Action(ActionKind.FAIL, reason=note), None, "local", (answer.record,), note)

    # -- acting and checking ---------------------------------------------------------------

    def _perform(self, action: Action, element: Element | None) -> None:
        assert self.hands is not None
        x, y = element.box.center if element is not None else (0, 0)
        if action.kind is ActionKind.CLICK:
            self.hands.click(x, y)
        elif action.kind is ActionKind.DOUBLE_CLICK:
            self.hands.double_click(x, y)
        elif action.kind is ActionKind.TYPE:
            self.hands.replace_text(x, y, action.text)
        elif action.kind is ActionKind.HOTKEY:
            self.hands.hotkey(*action.keys)
        elif action.kind is ActionKind.SCROLL:
            self.hands.scroll(action.amount, x, y)
        elif action.kind is ActionKind.WAIT:
            time.sleep(max(0.0, action.amount / 1000))
        else:
            raise ValueError(f"cannot perform {action.kind}")

    def _verify(
        self, progress: _Progress, decision: _Decision, before: Observation, after: Observation
    ) -> tuple[bool, str]:
        """Did the action visibly do what it was for? Read from the new screen, not assumed."""
        element, action = decision.element, decision.action
        if element is None:
            return True, "done"
        if action.kind is ActionKind.TYPE:
            return self._verify_typed(element, action.text, before, after)
        if element.kind is ElementKind.CHECKBOX:
            now = _element_at(after, element)
            if now is None or now.kind is not ElementKind.CHECKBOX:
                return False, f"the checkbox {element.name!r} is gone after the click"
            ticked = now.text == CHECKED
            wanted = {Intent.CHECK: True, Intent.UNCHECK: False}.get(
                progress.goal.intent, element.text != CHECKED
            )
            state = "ticked" if ticked else "not ticked"
            return ticked == wanted, f"{element.name!r} is {state}"
        if progress.phase == 1 and progress.opened is not None:
            shown = _element_at(after, progress.opened)
            if shown is not None and grounding.normalize(progress.goal.value) in grounding.normalize(
                shown.text
            ):
                return True, f"{progress.opened.name!r} now shows {shown.text!r}"
            return False, f"{progress.opened.name!r} does not show {progress.goal.value!r}"
        effect = pixels.changed_outside(before.image, after.image, element.box)
        if effect >= _CLICK_EFFECT:
            return True, f"the screen changed ({effect:.1%})"
        return False, f"clicking {element.name!r} changed nothing on screen"

    @staticmethod
    def _verify_typed(
        element: Element, text: str, before: Observation, after: Observation
    ) -> tuple[bool, str]:
        shown = _element_at(after, element)
        wanted = grounding.normalize(text)
        if shown is not None and (
            wanted in grounding.normalize(shown.text) or _close(wanted, grounding.normalize(shown.text))
        ):
            return True, f"{element.name!r} shows {shown.text!r}"
        if policy.assess(Action(ActionKind.TYPE), element).decision == "confirm":
            changed = pixels.changed_fraction(before.image, after.image, element.box)
            if changed > 0.01:
                return True, f"{element.name!r} changed (masked)"
        seen = shown.text if shown is not None else "nothing"
        return False, f"{element.name!r} shows {seen!r}, not {text!r}"


def _element_at(observation: Observation, old: Element) -> Element | None:
    """The element in a new frame that sits where `old` was (same id or best overlap)."""
    same = observation.element(old.id)
    if same is not None and same.box.iou(old.box) > 0.3:
        return same
    best = max(observation.elements, key=lambda e: e.box.iou(old.box), default=None)
    return best if best is not None and best.box.iou(old.box) > 0.3 else None


def _close(a: str, b: str) -> bool:
    """OCR misreads a character or two ("alice@examp1e.com"); accept near-identical text."""
    from difflib import SequenceMatcher

    return bool(a) and bool(b) and SequenceMatcher(None, a, b).ratio() >= 0.85
