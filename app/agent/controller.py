"""The code-agency loop: observe -> decide -> check -> act -> verify, one typed Step at a time.

Code decides what it can (a goal whose label is on screen in so many words); the grounder
model picks among the elements of the right kind when the task paraphrases. A task the pattern
grammar leaves unknown is read into goals by the local parser specialist (`app.agent.parser`),
then by a consultant's planner; what neither reads is driven step by step by the actor model.
Goals the parser read are acted on as its choices: the policy asks before pressing a button
the task does not name. Clicks and typings go through the accessibility tree where the
element has one (`app.desktop.actions.Hands.click_on`), and the step says how it acted.
Model mistakes (no usable answer, a click that changed nothing) become feedback for one retry,
then a clear outcome. Programming errors raise.

When the router says the local answer is not good enough, the tiers past the local
specialists are consulted (`app.agent.consult`: a bigger local model, the cloud behind the
gate, under one escalation budget per run); a tier that cannot answer is an unusable answer
like any other, and the step's route keeps the trail of reasons.
A consultant tier is also offered the screen it decides on (its runtime decides whether a
redacted screenshot may leave); the local specialists read the elements' text only.
`run()` is a generator, so the CLI, the window and the run log consume the same stream.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum, auto
from typing import Protocol

from app.agent import grounding, policy, untrusted
from app.agent.consult import Consultants, Tier
from app.agent.parser import Parser
from app.agent.plan import Goal, Intent, parse_task
from app.agent.router import Signals, Thresholds, route
from app.agent.specialists import Actor, ActorAnswer, Grounder
from app.agent.steps import (
    Action,
    ActionKind,
    DecidedBy,
    Element,
    ElementKind,
    LMCallRecord,
    Observation,
    Outcome,
    OutcomeStatus,
    Plan,
    Step,
    StepTimings,
    Task,
    Verdict,
)
from app.desktop import launch, pixels
from app.desktop.actions import Acted, StopRequested
from app.desktop.elements import Role

__all__ = ["Confirm", "Controller", "Hands", "Next", "Screen", "Tier", "TurnResult"]

#: Share of the screen that must change for a click to count as having done something.
_CLICK_EFFECT = 0.0005
#: How many wheel turns a search for an element out of view may take, and how far each goes
#: (3 clicks move a GTK list about 4 rows: less than a page, so no row is skipped unseen).
_MAX_SCROLLS = 15
_SCROLL_CLICKS = 3
#: Rounds of arrow keys that bring a dragged slider to the exact value.
_SLIDE_ROUNDS = 3
#: Pages of a wizard turned looking for one goal's target, at most.
_MAX_PAGES = 2
#: Rows of a list, a table or a tree: what the wheel scrolls and a double-click opens.
_ROWS = frozenset({Role.LIST, Role.LIST_ITEM, Role.TABLE, Role.TABLE_ROW, Role.TABLE_CELL, Role.TREE_ITEM})


class Screen(Protocol):
    def observe(self) -> Observation: ...


class Hands(Protocol):
    """Mouse and keyboard, as `app.desktop.actions.Hands` provides them."""

    def click(self, x: int, y: int) -> None: ...
    def double_click(self, x: int, y: int) -> None: ...
    def type_text(self, x: int, y: int, text: str, *, select_all: bool) -> None: ...
    def key(self, spec: str, *, presses: int = 1, at: tuple[int, int] | None = None) -> None: ...
    def scroll(self, x: int, y: int, clicks: int) -> None: ...
    def drag(self, x0: int, y0: int, x1: int, y1: int) -> None: ...
    def launch(self, program: launch.Program) -> launch.Started: ...
    def click_on(self, element: Element) -> Acted: ...
    def type_into(self, element: Element, text: str, *, select_all: bool) -> Acted: ...


Confirm = Callable[[str], bool]


class Next(Enum):
    """What the loop does after a turn."""

    NEXT_GOAL = auto()
    AGAIN = auto()
    REFUSED = auto()
    FAILED = auto()


@dataclass(frozen=True)
class TurnResult:
    """One turn: its step, the newest observation and what reading it cost, what comes next."""

    step: Step
    observation: Observation
    observe_s: float
    next: Next


@dataclass
class _Decision:
    action: Action
    element: Element | None
    decided_by: DecidedBy
    calls: tuple[LMCallRecord, ...] = ()
    note: str = ""
    route: str = ""


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
    #: Actions of this goal whose postcondition held: an actor's "done" needs at least one.
    verified: int = 0
    #: The search for an element out of view: wheel turns so far, and whether the list stopped.
    scrolls: int = 0
    scrolled_to_end: bool = False
    #: The row an "open" goal selected, which a double-click opens when no button does.
    row: Element | None = None
    #: The program a launch goal starts, and what starting it showed.
    program: launch.Program | None = None
    started: launch.Started | None = None
    #: Whether a goal before this one was done and verified: a later target may then be on the
    #: next page of a wizard, past its forward button.
    follows_work: bool = False
    #: Pages turned looking for this goal's target, and whether the last decision turns one.
    pages: int = 0
    turning: bool = False
    #: Who read this goal from the task when a model did ("local": the parser), None otherwise:
    #: its targets are that model's choices to the policy, though code grounds their names.
    read_by: DecidedBy | None = None


class Controller:
    def __init__(
        self,
        *,
        screen: Screen,
        hands: Hands | None,
        grounder: Grounder | None,
        actor: Actor | None,
        confirm: Confirm,
        parser: Parser | None = None,
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
        self.parser = parser
        self.code_grounding = code_grounding
        self.thresholds = thresholds or Thresholds()
        self.consultants = Consultants(tiers, self.thresholds.max_escalations_per_run)
        self.confirm = confirm
        self.settle_s = settle_s
        self.retries = retries
        self._stop = False

    def stop(self) -> None:
        """Ask the loop to end before its next action (safe from another thread). A stop asked
        before `run()` starts holds too: a controller serves one run."""
        self._stop = True

    def run(self, task: Task) -> Iterator[Step | Outcome]:
        self.consultants.used = 0
        done: list[Step] = []

        def outcome(status: OutcomeStatus, reason: str) -> Outcome:
            return Outcome.of(status, reason, done)

        if not task.dry_run and self.hands is None:
            raise ValueError("a run that acts needs Hands; pass dry_run=True to only decide")
        try:
            started = time.perf_counter()
            observation = self.screen.observe()
            observe_s = time.perf_counter() - started
            goals = parse_task(task.text)
            read_by: DecidedBy | None = None
            if all(g.intent is Intent.UNKNOWN for g in goals):
                for reader in (self._parse, self._plan):
                    read = reader(task, observation, observe_s, len(done))
                    if read is None:
                        continue
                    plan_step, read_goals = read
                    done.append(plan_step)
                    yield plan_step
                    if read_goals is not None:
                        # The small parser's targets stay its choices; a consultant's plan is
                        # the bigger model the person let in, and its commands go as if typed.
                        goals = read_goals
                        read_by = "local" if reader == self._parse else None
                        break
            for goal in goals:
                progress = _Progress(
                    goal, read_by=read_by, follows_work=any(s.acted and s.verified for s in done)
                )
                while True:
                    if self._stop:
                        yield outcome("stopped", "stopped by the person")
                        return
                    if len(done) >= task.max_steps:
                        yield outcome(
                            "failed", f"step limit ({task.max_steps}) reached at: {goal.describe()}"
                        )
                        return
                    turn = self._turn(task, progress, observation, observe_s, len(done))
                    observation, observe_s = turn.observation, turn.observe_s
                    done.append(turn.step)
                    yield turn.step
                    if turn.next is Next.NEXT_GOAL:
                        break
                    if turn.next is Next.AGAIN:
                        continue
                    status: OutcomeStatus = "refused" if turn.next is Next.REFUSED else "failed"
                    yield outcome(status, turn.step.note)
                    return
            yield outcome("done", "every part of the task was done and checked on screen")
        except StopRequested as exc:
            yield outcome("stopped", str(exc) or "stopped by the person")
        except KeyboardInterrupt:
            yield outcome("stopped", "interrupted (Ctrl+C)")

    def _turn(
        self, task: Task, progress: _Progress, before: Observation, observe_s: float, index: int
    ) -> TurnResult:
        """One step: decide, check the policy, act, read the screen again and verify."""
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
            return TurnResult(
                step("none", False, False, decision.note), before, 0.0, self._failed(progress, decision.note)
            )
        if kind is ActionKind.DONE:
            if decision.element is None and progress.verified == 0:
                note = "the actor says this part is done, but nothing was done and checked for it"
                return TurnResult(step("none", False, False, note), before, 0.0, self._failed(progress, note))
            note = decision.action.reason or "the actor says this part is done"
            return TurnResult(step("none", False, None, note), before, 0.0, Next.NEXT_GOAL)

        assessment = policy.assess(
            decision.action,
            decision.element,
            task=task.text,
            decided_by=progress.read_by
            if decision.decided_by == "code" and progress.read_by
            else decision.decided_by,
            observation=before,
        )
        verdict: Verdict = "allowed"
        if assessment.decision == "confirm":
            if not self.confirm(
                f"Deskhand wants to {decision.action.describe()}: {assessment.reason}. Allow?"
            ):
                note = f"refused: {assessment.reason} (needs your confirmation)"
                return TurnResult(step("refused", False, None, note), before, 0.0, Next.REFUSED)
            verdict = "confirmed"

        if task.dry_run:
            return TurnResult(step("dry-run", False, None, "dry run: not acted"), before, 0.0, Next.NEXT_GOAL)

        started = time.perf_counter()
        # Select-all only in a field code matched to the goal, or one the person let us overwrite.
        acted = self._perform(
            progress,
            decision.action,
            decision.element,
            decision.decided_by == "code" or verdict == "confirmed",
            before,
        )
        act_s = time.perf_counter() - started
        time.sleep(self.settle_s)
        started = time.perf_counter()
        after = self.screen.observe()
        new_observe_s = time.perf_counter() - started
        started = time.perf_counter()
        verified, note = self._verify(progress, decision, before, after)
        verify_s = time.perf_counter() - started
        if acted is not None:
            note = f"{note} (acted {acted.describe()})"
        done = step(verdict, True, verified, note, act_s=act_s, verify_s=verify_s)
        progress.history.append(f"{decision.action.describe()} -> {note}")
        if kind is ActionKind.SCROLL and progress.goal.target:
            # A search turn: a list that no longer moves is at its end, not a failed step.
            progress.scrolls += 1
            progress.scrolled_to_end = progress.scrolled_to_end or not verified
            return TurnResult(done, after, new_observe_s, Next.AGAIN)
        if kind is ActionKind.LAUNCH and not verified:
            # Starting it again would start a second copy: no retry.
            progress.failures = self.retries
        if not verified:
            if decision.element is not None and decision.decided_by != "code":
                progress.excluded.add(decision.element.id)
            return TurnResult(done, after, new_observe_s, self._failed(progress, note))
        progress.failures, progress.feedback = 0, ""
        progress.verified += 1
        return TurnResult(done, after, new_observe_s, self._advance(progress, decision, after))

    def _failed(self, progress: _Progress, note: str) -> Next:
        """A failed attempt: feedback for one more try, or the end of the run."""
        progress.failures += 1
        progress.feedback = note
        return Next.AGAIN if progress.failures <= self.retries else Next.FAILED

    def _advance(self, progress: _Progress, decision: _Decision, after: Observation) -> Next:
        goal = progress.goal
        if goal.intent is Intent.UNKNOWN or goal.every:
            return Next.AGAIN
        if progress.turning:
            progress.turning, progress.pages = False, progress.pages + 1
            return Next.AGAIN
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
            return Next.AGAIN
        if (
            progress.phase == 0
            and goal.verb == "open"
            and decision.element is not None
            and decision.element.kind in (ElementKind.LABEL, ElementKind.TEXT)
            and grounding.by_meaning("open", after.elements) is not None
        ):
            # Opening a row is selecting it, then pressing the button that opens it (a tab or a
            # menu opens on the click itself: no such button is there).
            progress.phase = 2
            return Next.AGAIN
        if (
            progress.phase == 0
            and goal.verb == "open"
            and decision.element is not None
            and decision.element.role in _ROWS
            and _element_at(after, decision.element) is not None
        ):
            # A list row the click only selected, and no button opens it: a double-click does.
            progress.phase, progress.row = 3, _element_at(after, decision.element)
            return Next.AGAIN
        return Next.NEXT_GOAL

    # -- deciding -------------------------------------------------------------------------

    def _parse(
        self, task: Task, observation: Observation, observe_s: float, index: int
    ) -> tuple[Step, list[Goal] | None] | None:
        """Ask the local parser to read a task no pattern understood into goals: its step (the
        call, and why its answer cannot be used when it cannot), and the goals when usable.
        None when there is no parser or nothing on screen it could name (no call was made)."""
        if self.parser is None:
            return None
        started = time.perf_counter()
        parsed = self.parser.parse(task.text, observation.elements)
        if parsed.answer is None:
            return None
        goals = parsed.goals
        commands = tuple(g.describe() for g in goals) if goals is not None else ()
        note = (
            "the local parser read: " + "; ".join(commands)
            if goals is not None
            else f"the local parser could not read the task: {parsed.reason}"
        )
        record = parsed.answer.record
        step = Step(
            index=index,
            goal=task.text,
            observation=observation,
            action=Plan(commands),
            decided_by="local",
            verdict="none",
            acted=False,
            verified=None,
            note=note,
            timings=StepTimings(observe_s=observe_s, decide_s=time.perf_counter() - started),
            lm_calls=(record,) if record is not None else (),
            route="no pattern understood the task: the local parser "
            + ("read it" if goals is not None else "could not"),
        )
        return step, list(goals) if goals is not None else None

    def _plan(
        self, task: Task, observation: Observation, observe_s: float, index: int
    ) -> tuple[Step, list[Goal] | None] | None:
        """Ask a consultant to rewrite a task no pattern understood into groundable commands."""
        started = time.perf_counter()
        asked = self.consultants.consult(
            lambda tier: (
                None
                if tier.planner is None
                else tier.planner.plan(task.text, observation.elements, screen=observation)
            )
        )
        if asked.who is None or asked.answer is None:
            return None
        goals = asked.answer.goals
        commands = tuple(g.raw for g in goals)
        step = Step(
            index=index,
            goal=task.text,
            observation=observation,
            action=Plan(commands),
            decided_by=asked.who,
            verdict="none",
            acted=False,
            verified=None,
            note=f"the {asked.who} planned: " + "; ".join(commands),
            timings=StepTimings(observe_s=observe_s, decide_s=time.perf_counter() - started),
            lm_calls=asked.calls,
            route="no pattern understood the task: " + "; ".join([*asked.trail, f"{asked.who} planned"]),
        )
        return step, list(goals)

    def _decide(self, progress: _Progress, observation: Observation) -> _Decision:
        progress.turning = False
        goal = progress.goal
        if goal.intent is Intent.ANSWER and any(untrusted.is_untrusted(e) for e in observation.elements):
            # A dialog whose text gives the agent orders may be built to be answered: code does
            # not answer it by meaning; the actor may, and its presses pass the policy's checks.
            goal = progress.goal = replace(goal, intent=Intent.UNKNOWN)
        if goal.intent is Intent.UNKNOWN:
            return self._ask_actor(progress, observation)
        if goal.every:
            return self._every_box(progress, observation)
        if progress.phase == 1:
            return self._pick_option(progress, observation)
        if goal.intent is Intent.ANSWER or progress.phase == 2:
            return self._answer(goal.target if progress.phase == 0 else "open", observation)
        if progress.phase == 3 and progress.row is not None:
            return self._open_row(progress.row, observation)
        if goal.intent is Intent.KEY:
            why = f"the task says to press {goal.value}"
            return _Decision(
                Action(ActionKind.KEY, text=goal.value, reason=why),
                None,
                "code",
                note=why,
                route=f"code: {why}",
            )
        if goal.intent is Intent.SCROLL and not goal.target:
            return self._scroll(observation, goal.value, f"the task says to scroll {goal.value}")
        if goal.intent is Intent.LAUNCH:
            clickable = grounding.kinds_for(replace(goal, intent=Intent.CLICK))
            if self._ground_by_code(goal.target, observation, clickable)[0] is None:
                return self._launch(progress)
            # "Start the download": a control on screen says it; that is no program.
            goal = progress.goal = replace(goal, intent=Intent.CLICK)
        kinds = grounding.kinds_for(
            replace(goal, intent=Intent.CLICK)
            if goal.intent in (Intent.DOUBLE_CLICK, Intent.SCROLL)
            else goal
        )
        if (
            not any(e.kind is ElementKind.DROPDOWN for e in observation.elements)
            and goal.intent is Intent.SELECT
        ):
            # "Choose Small as the size" with no list box: the choice is a radio button or a row.
            goal = replace(goal, intent=Intent.CLICK, target=goal.value, value="")
            progress.goal = goal
            kinds = grounding.kinds_for(goal)
        rows = goal.intent in (Intent.CHECK, Intent.UNCHECK) and not any(
            e.kind is ElementKind.CHECKBOX for e in observation.elements
        )
        if rows:
            # A check list's rows are text to OCR: tick one by clicking its row.
            kinds = (ElementKind.LABEL, ElementKind.TEXT)
        if not goal.target:
            return self._bare(goal, observation, kinds)
        element, why = self._ground_by_code(goal.target, observation, kinds)
        if goal.intent is Intent.SCROLL:
            if element is not None:
                shown = Action(ActionKind.DONE, element.id, reason=f"{element.name!r} is in view")
                return _Decision(shown, element, "code", note=shown.reason, route=f"code: {why}")
            if not self._can_scroll(progress, observation):
                note = f"{goal.target!r} is not on screen, and no list there scrolls any further"
                return _Decision(Action(ActionKind.FAIL, reason=note), None, "code", note=note)
        if element is None and self._can_scroll(progress, observation):
            return self._scroll(
                observation, "down", f"{goal.target!r} is not in view: looking further down the list"
            )
        if element is None and (turn := self._turn_page(progress, observation, kinds)) is not None:
            return turn
        if (
            element is None
            and goal.verb == "open"
            and goal.intent is Intent.CLICK
            and self.code_grounding
            and launch.find(goal.target).program is not None
        ):
            # "Open the text editor": nothing on screen is called so, a program is.
            progress.goal = replace(goal, intent=Intent.LAUNCH)
            return self._launch(progress)
        if rows and element is None:
            # No model guesses a row to tick: a wrong row is a wrong answer.
            note = f"{goal.target!r} is not on screen: no check box or row says it"
            return _Decision(Action(ActionKind.FAIL, reason=note), None, "code", note=note)
        if element is not None and element.id not in progress.excluded:
            decision = _Decision(Action(ActionKind.CLICK), element, "code", note=why, route=f"code: {why}")
        else:
            pool = grounding.candidates(observation.elements, kinds, progress.excluded)
            if not pool:
                note = f"{goal.target!r} is not on screen: nothing there can be it"
                return _Decision(Action(ActionKind.FAIL, reason=note), None, "code", note=note)
            if self.grounder is None:
                return self._no_model(goal.target)
            decision = self._model_pick(goal.target, pool, progress, observation)
            if decision.element is None:
                return decision
            element = decision.element
            if decision.decided_by == "local" and not self._evidence(goal.target, element):
                note = (
                    f"nothing on screen is {goal.target!r}: the model's choice {element.name!r} shares "
                    "no word or meaning with it, so nothing was done"
                )
                return replace(decision, action=Action(ActionKind.FAIL, reason=note), element=None, note=note)
        lacking = _lacks_option(goal, element)
        if lacking:
            return replace(
                decision, action=Action(ActionKind.FAIL, reason=lacking), element=None, note=lacking
            )
        ticked = bool(element.checked)
        if (goal.intent is Intent.CHECK and ticked) or (goal.intent is Intent.UNCHECK and not ticked):
            state = "ticked" if ticked else "not ticked"
            done = Action(ActionKind.DONE, element.id, reason=f"{element.name!r} is already {state}")
            return replace(decision, action=done)
        return replace(decision, action=self._action_for(goal, element, decision.note))

    @staticmethod
    def _evidence(phrase: str, element: Element) -> bool:
        """The minimum a local model's button or link needs before it is pressed: a word, a
        synonym or a caption's meaning in common with the task's phrase (a press could
        dismiss or destroy; fields and boxes keep the policy's checks)."""
        if element.kind not in (ElementKind.BUTTON, ElementKind.LINK):
            return True
        return grounding.has_evidence(phrase, element) or policy.named_by_task(element.name, phrase)

    def _turn_page(
        self, progress: _Progress, observation: Observation, kinds: tuple[ElementKind, ...]
    ) -> _Decision | None:
        """ "Accept the licence, choose Custom and finish": a target not on this page, after
        work done on it, is on the next one; the wizard's forward button ("Next >") turns the
        page. Never for a task's first part (a task whose target is nowhere acts on nothing)."""
        if not (self.code_grounding and progress.follows_work and progress.pages < _MAX_PAGES):
            return None
        forward = grounding.forward_button(observation.elements)
        if forward is None:
            return None
        goal = progress.goal
        if any(
            grounding.has_evidence(goal.target or goal.value, e)
            for e in grounding.candidates(observation.elements, kinds)
            if e is not forward
        ):
            return None  # something here may be it, in other words: the grounder decides
        progress.turning = True
        why = (
            f"{progress.goal.target!r} is not on this page and the task goes on: "
            f"{forward.name!r} turns to the next page"
        )
        return _Decision(
            Action(ActionKind.CLICK, forward.id, reason=why), forward, "code", note=why, route=f"code: {why}"
        )

    @staticmethod
    def _every_box(progress: _Progress, observation: Observation) -> _Decision:
        """ "Tick all the toppings": the next box of the list not yet as asked, one per turn,
        each verified; done when every one of them reads so."""
        goal = progress.goal
        boxes = grounding.every_box(goal.target, observation.elements)
        if not boxes:
            note = f"the task asks for every {goal.target or 'box'}, and no check box is on screen"
            return _Decision(Action(ActionKind.FAIL, reason=note), None, "code", note=note)
        wanted = goal.intent is Intent.CHECK
        state = "ticked" if wanted else "not ticked"
        left = [b for b in boxes if bool(b.checked) != wanted]
        if not left:
            names = ", ".join(repr(b.name) for b in boxes)
            done = Action(ActionKind.DONE, boxes[-1].id, reason=f"every one of them is {state}: {names}")
            return _Decision(done, boxes[-1], "code", note=done.reason, route="code: every box checked")
        why = f"every {goal.target or 'box'} is to be {state}: {left[0].name!r} is not yet ({len(left)} left)"
        return _Decision(
            Action(ActionKind.CLICK, left[0].id, reason=why), left[0], "code", note=why, route=f"code: {why}"
        )

    def _answer(self, said: str, observation: Observation) -> _Decision:
        """A dialog answered by meaning, by code only: no model picks a dismissive button."""
        element = grounding.by_meaning(said, observation.elements) if self.code_grounding else None
        if element is None:
            note = f"no control on screen gives the answer {said!r}; nothing was pressed"
            return _Decision(Action(ActionKind.FAIL, reason=note), None, "code", note=note)
        why = f"{element.name!r} answers {said!r} by meaning"
        return _Decision(
            Action(ActionKind.CLICK, element.id, reason=why), element, "code", note=why, route=f"code: {why}"
        )

    def _launch(self, progress: _Progress) -> _Decision:
        """Start the program the task names by its desktop entry; never guess between two."""
        found = launch.find(progress.goal.target)
        if found.program is None:
            note = f"{found.reason}; nothing was started"
            return _Decision(Action(ActionKind.FAIL, reason=note), None, "code", note=note)
        progress.program = found.program
        action = Action(ActionKind.LAUNCH, text=found.program.name, reason=found.reason)
        return _Decision(action, None, "code", note=found.reason, route=f"code: {found.reason}")

    @staticmethod
    def _can_scroll(progress: _Progress, observation: Observation) -> bool:
        """A target may be out of view: the screen has a list whose rows run to its edge (a
        list with room left below its last row shows all it has: no wheel turn, no action on a
        task that names what is not there), and it has not stopped moving. Once scrolled, the
        wheel itself says when the end is reached."""
        return (
            progress.scrolls < _MAX_SCROLLS
            and not progress.scrolled_to_end
            and (progress.scrolls > 0 or _list_is_full(observation))
        )

    @staticmethod
    def _scroll(observation: Observation, direction: str, why: str) -> _Decision:
        """The wheel over the screen's list (its middle row: the last row in view may be cut
        off by the list's frame, where the wheel would turn nothing), else over the screen."""
        rows = sorted((e for e in observation.elements if e.role in _ROWS), key=lambda e: e.box.y)
        over = rows[len(rows) // 2] if rows else None
        action = Action(ActionKind.SCROLL, over.id if over else None, text=direction, reason=why)
        return _Decision(action, over, "code", note=why, route=f"code: {why}")

    @staticmethod
    def _open_row(row: Element, observation: Observation) -> _Decision:
        now = _element_at(observation, row)
        if now is None:
            note = f"the row {row.name!r} is no longer on screen"
            return _Decision(Action(ActionKind.FAIL, reason=note), None, "code", note=note)
        why = f"no button opens {row.name!r}: a double-click does"
        return _Decision(
            Action(ActionKind.DOUBLE_CLICK, now.id, reason=why), now, "code", note=why, route=f"code: {why}"
        )

    def _bare(self, goal: Goal, observation: Observation, kinds: tuple[ElementKind, ...]) -> _Decision:
        """A target named only by its kind ("the textbox"): the one element of that kind."""
        element = grounding.only_of_kind(observation.elements, kinds)
        if element is None:
            note = f"the task names no {kinds[0].value} and the screen has no single one"
            return _Decision(Action(ActionKind.FAIL, reason=note), None, "code", note=note)
        lacking = _lacks_option(goal, element)
        if lacking:
            return _Decision(Action(ActionKind.FAIL, reason=lacking), None, "code", note=lacking)
        why = f"the only {element.kind.value} on screen"
        return _Decision(
            self._action_for(goal, element, why), element, "code", note=why, route=f"code: {why}"
        )

    def _model_pick(
        self, phrase: str, pool: Sequence[Element], progress: _Progress, observation: Observation
    ) -> _Decision:
        """The local grounder's pick, checked by the router and escalated when it says so."""
        assert self.grounder is not None
        pick = self.grounder.pick(phrase, pool, progress.feedback)
        signals = Signals(pick.element is not None, pick.agreed, progress.failures, self.consultants.used)
        routed = route(signals, self.thresholds)
        calls, trail = pick.records, [routed.reason]
        if routed.escalate:
            asked = self.consultants.consult(
                lambda tier: tier.grounder.pick(phrase, pool, progress.feedback, screen=observation)
            )
            calls += asked.calls
            trail += asked.trail
            if asked.who is not None and asked.answer is not None:
                why = f"{asked.who} consulted ({routed.reason})"
                return _Decision(
                    Action(ActionKind.CLICK), asked.answer.element, asked.who, calls, why, "; ".join(trail)
                )
            trail.append("kept the local answer" if pick.element else "no one could answer")
        if pick.element is None:
            return self._mistake(pick.problem, calls, "; ".join(trail))
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
        if goal.intent is Intent.FILL and element.role is Role.SLIDER:
            return Action(ActionKind.DRAG, target=element.id, text=goal.value, reason=reason)
        if goal.intent is Intent.DOUBLE_CLICK:
            return Action(ActionKind.DOUBLE_CLICK, target=element.id, reason=reason)
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
        goal, history, feedback = progress.goal.raw, progress.history, progress.feedback
        move = self.actor.next_action(goal, pool, history, feedback)
        signals = Signals(not move.problem, True, progress.failures, self.consultants.used)
        routed = route(signals, self.thresholds)
        calls, trail = move.records, [routed.reason]
        who: DecidedBy = "local"
        if routed.escalate:
            asked = self.consultants.consult(
                lambda tier: (
                    None
                    if tier.actor is None
                    else tier.actor.next_action(goal, pool, history, feedback, screen=observation)
                )
            )
            calls += asked.calls
            trail += asked.trail
            if asked.who is not None and asked.answer is not None:
                move, who = asked.answer, asked.who
                trail.append(f"the {who} answered")
            else:
                trail.append("kept the local answer")
        return self._actor_decision(move, who, calls, "; ".join(trail))

    def _actor_decision(
        self, move: ActorAnswer, who: DecidedBy, calls: tuple[LMCallRecord, ...], why: str
    ) -> _Decision:
        """Turn an actor's move into an action, or into a mistake the loop can react to."""
        if move.verb == "done":
            return _Decision(Action(ActionKind.DONE), None, who, calls, route=why)
        if move.element is None or move.problem:
            mistake = self._mistake(move.problem, calls, why)
            return replace(mistake, element=move.element, decided_by=who)
        if move.verb == "type":
            action = Action(ActionKind.TYPE, move.element.id, text=move.text)
        else:
            action = Action(ActionKind.CLICK, move.element.id)
        return _Decision(action, move.element, who, calls, route=why)

    @staticmethod
    def _mistake(note: str, calls: tuple[LMCallRecord, ...], why: str) -> _Decision:
        """No usable answer: the loop retries with `note` as feedback, or ends on it."""
        return _Decision(Action(ActionKind.FAIL, reason=note), None, "local", calls, note, why)

    # -- acting and checking ---------------------------------------------------------------

    def _perform(
        self,
        progress: _Progress,
        action: Action,
        element: Element | None,
        select_all: bool,
        before: Observation,
    ) -> Acted | None:
        """Do `action` on the screen `before` shows; a wheel turn with no list to turn it over
        goes to the screen's middle, keys to the foremost window. A click or a typing on an
        element says how it reached it (the tree or the mouse)."""
        assert self.hands is not None
        x, y = element.box.center if element is not None else (0, 0)
        if action.kind is ActionKind.CLICK and element is not None and progress.phase == 1:
            # An opened list's option is chosen by a click: selected through the tree, a Qt
            # combo box's popup row reads selected but the box keeps its old value.
            self.hands.click(x, y)
            return Acted(False, fallback="an open list's option is chosen by a click")
        if action.kind is ActionKind.CLICK and element is not None:
            return self.hands.click_on(element)
        if action.kind is ActionKind.TYPE and element is not None:
            return self.hands.type_into(element, action.text, select_all=select_all)
        if action.kind is ActionKind.CLICK:
            self.hands.click(x, y)
        elif action.kind is ActionKind.DOUBLE_CLICK:
            self.hands.double_click(x, y)
        elif action.kind is ActionKind.TYPE:
            self.hands.type_text(x, y, action.text, select_all=select_all)
        elif action.kind is ActionKind.KEY:
            self.hands.key(action.text, at=_window_middle(before))
        elif action.kind is ActionKind.SCROLL:
            if element is None:
                x, y = before.size[0] // 2, before.size[1] // 2
            self.hands.scroll(x, y, _SCROLL_CLICKS if action.text == "up" else -_SCROLL_CLICKS)
        elif action.kind is ActionKind.DRAG and element is not None:
            self._slide(element, action.text)
        elif action.kind is ActionKind.LAUNCH and progress.program is not None:
            progress.started = self.hands.launch(progress.program)
        else:
            raise ValueError(f"cannot perform {action.kind}")
        return None

    def _slide(self, slider: Element, text: str) -> None:
        """Drag the thumb to where `text` sits on a 0-100 scale, then step it with the arrow
        keys until the slider reports the value (its range is not published: the drag gets
        close, the keys get exact)."""
        assert self.hands is not None
        wanted, current = _number(text), _number(slider.value)
        if wanted is None:
            return
        y = slider.box.center[1]

        def at(value: float) -> int:
            share = min(max(value / 100.0, 0.0), 1.0)
            return slider.box.x + 8 + round(share * max(slider.box.w - 16, 1))

        start = at(current) if current is not None else slider.box.center[0]
        self.hands.drag(start, y, at(wanted), y)
        step = 1.0
        for _ in range(_SLIDE_ROUNDS):
            time.sleep(self.settle_s)
            now = _element_at(self.screen.observe(), slider)
            got = _number(now.value) if now is not None else None
            if got is None or abs(got - wanted) < 1e-9:
                return
            presses = max(1, round(abs(wanted - got) / step))
            self.hands.key("right" if wanted > got else "left", presses=min(presses, 200))
            time.sleep(self.settle_s)
            again = _element_at(self.screen.observe(), slider)
            moved = _number(again.value) if again is not None else None
            if moved is not None and moved != got:
                step = abs(moved - got) / presses

    def _verify(
        self, progress: _Progress, decision: _Decision, before: Observation, after: Observation
    ) -> tuple[bool, str]:
        """Did the action visibly do what it was for? Read from the new screen, not assumed."""
        element, action = decision.element, decision.action
        if action.kind is ActionKind.LAUNCH:
            started = progress.started
            if started is None or started.window is None:
                return False, f"started {action.text!r}, but no window of it appeared"
            return True, f"{action.text!r} started: its window {started.window.title!r} appeared"
        if action.kind in (ActionKind.KEY, ActionKind.SCROLL):
            return _moved(before, after, action)
        if element is None:
            return True, "done"
        if action.kind is ActionKind.DRAG:
            return _verify_slider(element, action.text, after)
        if progress.turning:
            if _signature(before) != _signature(after):
                return True, f"{element.name!r} turned to the next page"
            return False, f"pressing {element.name!r} turned no page"
        if action.kind is ActionKind.DOUBLE_CLICK:
            return _verify_opened(element, before, after)
        if action.kind is ActionKind.TYPE:
            return self._verify_typed(element, action.text, before, after)
        if element.kind is ElementKind.CHECKBOX or (
            element.checked is not None and progress.goal.intent in (Intent.CHECK, Intent.UNCHECK)
        ):
            # A box, or a switch (a toggle button with a checked state): its state is the proof.
            now = _element_at(after, element)
            if now is None or now.kind is not element.kind or now.checked is None:
                return False, f"the checkbox {element.name!r} is gone after the click"
            ticked = bool(now.checked)
            wanted = {Intent.CHECK: True, Intent.UNCHECK: False}.get(
                progress.goal.intent, not element.checked
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
        now = _element_at(after, element)
        gone = now is None or grounding.normalize(now.name) != grounding.normalize(element.name)
        if progress.goal.intent is Intent.ANSWER or progress.phase == 2:
            # A dialog answered is a dialog gone: its button is no longer where it was.
            if gone:
                return True, f"{element.name!r} is gone: the dialog was answered"
            return False, f"{element.name!r} is still on screen: the dialog was not answered"
        if element.role in _ROWS - {Role.LIST, Role.TABLE} and element.states is not None:
            # A click on a row the tree reads is for selecting it: selected is its postcondition.
            # A row gone is no proof: a list's row activation closes a dialog with nothing chosen.
            if gone:
                return (
                    False,
                    f"{element.name!r} went away on a click meant to select it, before it read as selected",
                )
            if now is not None and now.states is not None and now.states.selected:
                return True, f"{element.name!r} is selected"
        effect = pixels.changed_outside(before.image, after.image, element.box)
        inside = pixels.changed_fraction(before.image, after.image, element.box)
        if effect >= _CLICK_EFFECT or (
            inside > 0.05 and element.kind in (ElementKind.LABEL, ElementKind.TEXT)
        ):
            # The element was chosen with evidence that it is what the task named (code's
            # label match, or a model's pick that passed `_evidence`); the change is its effect.
            where = "gone" if gone else "still there"
            return True, f"pressed {element.name!r}, which the task named; the screen changed ({where})"
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


def _moved(before: Observation, after: Observation, action: Action) -> tuple[bool, str]:
    """A key or a wheel turn's postcondition: the focus, the elements or the pixels changed."""
    what = f"pressing {action.text}" if action.kind is ActionKind.KEY else f"scrolling {action.text}"
    focused = [
        next((e.name for e in o.elements if e.states and e.states.focused), None) for o in (before, after)
    ]
    if focused[0] != focused[1] and focused[1] is not None:
        return True, f"{what} moved the focus to {focused[1]!r}"
    if _signature(before) != _signature(after):
        return True, f"{what} changed what is on screen"
    if (
        before.image is not None
        and after.image is not None
        and pixels.changed_fraction(before.image, after.image) >= _CLICK_EFFECT
    ):
        return True, f"{what} changed the screen"
    return False, f"{what} changed nothing on screen"


def _window_middle(observation: Observation) -> tuple[int, int] | None:
    """The middle of the foremost window's elements (the reader lists the active or modal
    window first), where the pointer gives that window the keyboard without a click."""
    if not observation.elements:
        return None
    window = observation.elements[0].window
    mine = [e.box for e in observation.elements if e.window == window]
    left, top = min(b.x for b in mine), min(b.y for b in mine)
    right, bottom = max(b.right for b in mine), max(b.bottom for b in mine)
    return (left + right) // 2, (top + bottom) // 2


def _list_is_full(observation: Observation) -> bool:
    """Whether a list's rows reach the next thing below them (or the screen's bottom) with
    less than a row's height to spare: a row may be hidden past the edge."""
    rows = [e for e in observation.elements if e.role in _ROWS]
    if not rows:
        return False
    last = max(rows, key=lambda e: e.box.bottom)
    height = sorted(e.box.h for e in rows)[len(rows) // 2]
    below = [e.box.y for e in observation.elements if e.role not in _ROWS and e.box.y > last.box.center[1]]
    edge = min(below, default=observation.size[1])
    return edge - last.box.bottom < height


def _lacks_option(goal: Goal, element: Element) -> str:
    """Why a list box cannot give the value the goal chooses, read from the choices it
    publishes closed: opening it to look would be an action on a task that cannot be done.
    "" when it has the value or does not say what it has."""
    if element.kind is not ElementKind.DROPDOWN or goal.intent not in (Intent.SELECT, Intent.FILL):
        return ""
    if grounding.offers(element, goal.value) is not False:
        return ""
    shown = ", ".join(repr(o) for o in element.options[:8]) + (", ..." if len(element.options) > 8 else "")
    return f"{element.name!r} offers {shown}, not {goal.value!r}; nothing was opened or chosen"


def _verify_slider(slider: Element, text: str, after: Observation) -> tuple[bool, str]:
    """A slider's postcondition: it reports the value the task set (read from the tree)."""
    now = _element_at(after, slider)
    got = _number(now.value) if now is not None else None
    if now is None or got is None:
        return False, f"{slider.name!r} does not say its value here, so it cannot be checked"
    if got == _number(text):
        return True, f"{slider.name!r} shows {now.value}"
    return False, f"{slider.name!r} shows {now.value}, not {text}"


def _verify_opened(row: Element, before: Observation, after: Observation) -> tuple[bool, str]:
    """A double-click's postcondition: what was opened left its place, or the window changed."""
    now = _element_at(after, row)
    if now is None or grounding.normalize(now.name) != grounding.normalize(row.name):
        return True, f"{row.name!r} opened: it is gone from where it was"
    if after.window_title != before.window_title:
        return True, f"{row.name!r} opened: the window is now {after.window_title!r}"
    return False, f"double-clicking {row.name!r} opened nothing"


def _signature(observation: Observation) -> tuple[tuple[object, ...], ...]:
    return tuple((e.kind, e.name, e.text, e.value, e.box, e.checked, e.states) for e in observation.elements)


def _number(text: str) -> float | None:
    """The number a slider or a spin box shows ("80", "80.0", "80 %")."""
    match = re.search(r"-?\d+(?:[.,]\d+)?", text)
    return float(match.group().replace(",", ".")) if match else None


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
