"""The code-agency loop: observe -> decide -> check -> act -> verify, one typed Step at a time.

Code decides what it can (a goal whose label is on screen in so many words); the grounder
model picks among the elements of the right kind when the task paraphrases; the actor model
drives goals no pattern understood. Model mistakes (no usable answer, a click that changed
nothing) become feedback for one retry, then a clear outcome. Programming errors raise.
A consultant tier is also offered the screen it decides on (its runtime decides whether a
redacted screenshot may leave); the local specialists read the elements' text only.
`run()` is a generator, so the CLI, the window and the run log consume the same stream.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from app.agent import grounding, policy
from app.agent.plan import Goal, Intent, parse_clause, parse_task
from app.agent.router import Signals, Thresholds, route
from app.agent.specialists import Actor, Answer, Grounder, Planner
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
from app.runtimes.cloud import CloudUnavailable
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
    route: str = ""


@dataclass(frozen=True)
class Tier:
    """A consultant past the local specialists: a bigger local model or the cloud (gated)."""

    who: DecidedBy
    grounder: Grounder
    actor: Actor | None = None
    planner: Planner | None = None


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
        tiers: Sequence[Tier] = (),
        thresholds: Thresholds | None = None,
    ) -> None:
        """`grounder`/`actor` None runs without a model (code only); `code_grounding=False`
        sends every choice to the model. Both exist to measure what each part is worth."""
        self.screen = screen
        self.hands = hands
        self.grounder = grounder
        self.actor = actor
        self.code_grounding = code_grounding
        self.tiers = tuple(tiers)
        self.thresholds = thresholds or Thresholds()
        self._escalations = 0
        self.confirm = confirm
        self.settle_s = settle_s
        self.retries = retries
        self._stop = False

    def stop(self) -> None:
        """Ask the loop to end before its next action (safe from another thread)."""
        self._stop = True

    def run(self, task: Task) -> Iterator[Step | Outcome]:
        self._stop = False
        self._escalations = 0
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
            goals = parse_task(task.text)
            if all(g.intent is Intent.UNKNOWN for g in goals):
                planned = self._plan(task, observation, observe_s)
                if planned is not None:
                    plan_step, goals = planned
                    calls.extend(plan_step.lm_calls)
                    steps += 1
                    yield plan_step
            for goal in goals:
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
                route=decision.route,
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

    def _plan(self, task: Task, observation: Observation, observe_s: float) -> tuple[Step, list[Goal]] | None:
        """Ask a consultant to rewrite a task no pattern understood into groundable commands."""
        reasons = []
        for tier in self.tiers:
            if tier.planner is None or self._escalations >= self.thresholds.max_escalations_per_run:
                continue
            self._escalations += 1
            started = time.perf_counter()
            try:
                answer = tier.planner.plan(task.text, observation.elements, screen=observation)
            except CloudUnavailable as exc:
                reasons.append(str(exc))
                continue
            commands = answer.json.get("steps", []) if isinstance(answer.json, dict) else []
            goals = [g for g in (parse_clause(str(c)) for c in commands) if g.intent is not Intent.UNKNOWN]
            if not goals:
                reasons.append(f"the {tier.who} plan had no command code can follow")
                continue
            step = Step(
                index=0,
                goal=task.text,
                observation=observation,
                action=Action(ActionKind.PLAN, reason="; ".join(g.raw for g in goals)),
                decided_by=tier.who,
                verdict="none",
                acted=False,
                verified=None,
                note=f"the {tier.who} planned: " + "; ".join(g.raw for g in goals),
                timings=StepTimings(observe_s=observe_s, decide_s=time.perf_counter() - started),
                lm_calls=(answer.record,),
                route="no pattern understood the task: " + "; ".join([*reasons, f"{tier.who} planned"]),
            )
            return step, goals
        return None

    def _decide(self, progress: _Progress, observation: Observation) -> _Decision:
        goal = progress.goal
        if goal.intent is Intent.UNKNOWN:
            return self._ask_actor(progress, observation)
        if progress.phase == 1:
            return self._pick_option(progress, observation)
        kinds = grounding.kinds_for(goal)
        element, why = self._ground_by_code(goal.target, observation, kinds)
        if element is not None and element.id not in progress.excluded:
            decision = _Decision(Action(ActionKind.CLICK), element, "code", note=why, route=f"code: {why}")
        else:
            pool = grounding.candidates(observation.elements, kinds, progress.excluded)
            if not pool:
                note = f"nothing on screen can be {goal.target!r}"
                return _Decision(Action(ActionKind.FAIL, reason=note), None, "code", note=note)
            if self.grounder is None:
                return self._no_model(goal.target)
            decision = self._model_pick(goal.target, pool, progress, observation)
            if decision.element is None:
                return decision
            element = decision.element
        ticked = element.text == CHECKED
        if (goal.intent is Intent.CHECK and ticked) or (goal.intent is Intent.UNCHECK and not ticked):
            state = "ticked" if ticked else "not ticked"
            done = Action(ActionKind.DONE, element.id, reason=f"{element.name!r} is already {state}")
            return replace(decision, action=done)
        return replace(decision, action=self._action_for(goal, element, decision.note))

    def _model_pick(
        self, phrase: str, pool: Sequence[Element], progress: _Progress, observation: Observation
    ) -> _Decision:
        """The local grounder's pick, checked by the router and escalated when it says so."""
        assert self.grounder is not None
        pick = self.grounder.pick(phrase, pool, progress.feedback)
        calls = pick.records
        signals = Signals(pick.element is not None, pick.agreed, progress.failures, self._escalations)
        routed = route(signals, self.thresholds)
        trail = [routed.reason]
        if routed.escalate:
            for tier in self.tiers:
                self._escalations += 1
                try:
                    better = tier.grounder.pick(phrase, pool, progress.feedback, screen=observation)
                except CloudUnavailable as exc:
                    trail.append(str(exc))
                    continue
                calls += better.records
                if better.element is not None:
                    why = f"{tier.who} consulted ({routed.reason})"
                    return _Decision(
                        Action(ActionKind.CLICK), better.element, tier.who, calls, why, "; ".join(trail)
                    )
                trail.append(f"the {tier.who} consultant gave no usable answer")
            # Every tier either answered (returned above) or said why not.
            trail.append("kept the local answer" if pick.element else "no one could answer")
        if pick.element is None:
            mistake = self._model_mistake(pick.answers[-1], "grounder")
            return replace(mistake, calls=calls, route="; ".join(trail))
        return _Decision(Action(ActionKind.CLICK), pick.element, "local", calls, pick.note, "; ".join(trail))

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
            return element, f"{phrase!r} and {element.name!r} share all of the label's or the phrase's words"
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
        chosen = self._model_pick(value, pool, progress, observation)
        if chosen.element is None:
            return chosen
        action = Action(
            ActionKind.CLICK, chosen.element.id, reason=f"the option for {value!r}: {chosen.note}"
        )
        return replace(chosen, action=action)

    def _ask_actor(self, progress: _Progress, observation: Observation) -> _Decision:
        if self.actor is None:
            return self._no_model(progress.goal.raw)
        pool = [e for e in observation.elements if e.name and e.id not in progress.excluded]
        answer, element = self.actor.next_action(progress.goal.raw, pool, progress.history, progress.feedback)
        usable = isinstance(answer.json, dict) and (
            element is not None or answer.json.get("action") == "done"
        )
        routed = route(Signals(usable, True, progress.failures, self._escalations), self.thresholds)
        if routed.escalate:
            for tier in self.tiers:
                if tier.actor is None:
                    continue
                self._escalations += 1
                try:
                    better, better_element = tier.actor.next_action(
                        progress.goal.raw, pool, progress.history, progress.feedback, screen=observation
                    )
                except CloudUnavailable:
                    continue
                if isinstance(better.json, dict):
                    decision = self._actor_decision(better, better_element, tier.who)
                    return replace(
                        decision, calls=(answer.record, *decision.calls), route=f"{tier.who}: {routed.reason}"
                    )
        decision = self._actor_decision(answer, element, "local")
        return replace(decision, route=routed.reason)

    def _actor_decision(self, answer: Answer, element: Element | None, who: DecidedBy) -> _Decision:
        """Turn an actor's answer into an action, or into a mistake the loop can react to."""
        if not isinstance(answer.json, dict):
            return self._model_mistake(answer, "actor")
        verb = answer.json.get("action")
        if verb == "done":
            return _Decision(Action(ActionKind.DONE), None, who, (answer.record,))
        if element is None:
            return self._model_mistake(answer, "actor")
        if verb == "type":
            text = str(answer.json.get("text", ""))
            if element.kind is not ElementKind.FIELD or not text:
                note = f"typing {text!r} into {element.kind.value} {element.name!r} makes no sense"
                return _Decision(Action(ActionKind.FAIL, reason=note), element, who, (answer.record,), note)
            return _Decision(Action(ActionKind.TYPE, element.id, text=text), element, who, (answer.record,))
        return _Decision(Action(ActionKind.CLICK, element.id), element, who, (answer.record,))

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
