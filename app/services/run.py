"""Running a task: the one flow behind `deskhand run`, `deskhand demo` and the window's Run.

A `TaskRun` opens the run log, checks the person's cloud choice, enters the display the run acts
on, gets the loaded models (`Sessions`: once per window, once per run for the command; the
parser specialist with its shipped adapter when its role is the built-in model), starts
the run row, drives the controller and records each step the moment it happens, then finishes
the row with the controller's own Outcome. `events()` yields a `RunStarted`, each `Step`, and the
`RunResult` last; the command prints them, the window turns them into signals. `stop()` asks the
controller to end before its next action, so a stopped run ends with the controller's
"stopped" Outcome, and the questions of a run being stopped are all answered no.

A `DeskhandError` before the run begins (no display, no model, an unusable database or cloud
provider) still ends in a `RunResult`: a finished "failed" run row where the log could be
opened, and a summary that says why. `demo()` is the same run on the practice form in a
private display, with a screenshot and the form's own record at the end.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PIL import Image

from app.agent.controller import Confirm, Controller, Tier
from app.agent.parser import ADAPTER_PATH, Parser
from app.agent.specialists import Actor, Grounder, Planner
from app.agent.steps import Outcome, OutcomeStatus, Step, Task
from app.config import Settings
from app.desktop.actions import Hands
from app.desktop.display import DisplayError, require_display
from app.desktop.practice import PracticeApp
from app.desktop.sandbox import VirtualDisplay
from app.desktop.screen import ScreenReader, grab
from app.errors import DeskhandError
from app.privacy.gate import Ask, Gate
from app.privacy.scrub import Scrubber
from app.privacy.secrets import get_key
from app.runtimes.base import ModelError, Runtime
from app.runtimes.catalog import RemoteServer, catalog_entries, entry_path, load_catalog
from app.runtimes.cloud import CloudRuntime, Provider, RemoteRole, TrustedServerRuntime
from app.runtimes.pool import ModelPool
from app.services.cloud import CloudChoice, Escalation, escalation_for
from app.services.desktop import own_desktop
from app.services.summary import run_summary
from app.store.db import StoreError
from app.store.log import RunLedger, RunLog, StepRecord, open_log
from app.training.promote import Promotions

#: The specialist roles a run uses; each is bound to a model file in the catalog.
ROLES = ("grounder", "actor")
#: The role that reads a task no pattern understood into goals (`app.agent.parser`).
PARSER = "parser"

#: The task `deskhand demo` does on the practice form unless told another.
DEMO_TASK = (
    "Type Ada Lovelace into the Name field, type ada@example.com into the e-mail address box, "
    "choose France from the Country dropdown, tick the newsletter box and click Submit"
)


# -- the loaded models -----------------------------------------------------------------------


def load_runtimes(pool: ModelPool) -> dict[str, Runtime]:
    """One runtime per role from the pool: roles bound to one file share one loaded model, and
    each role keeps its own prompt prefix cached. Raises ModelError when no usable model is
    bound (a missing file falls back to the built-in model, with a notice in `pool.notices`).
    A role bound to a server gets the built-in model here, for runs that may not ask it."""
    return {role: pool.runtime_for(role) for role in ROLES}


def builtin_model(pool: ModelPool) -> Path | None:
    """The built-in model's file (the catalog's fallback), or None when it is not installed."""
    catalog = load_catalog()
    entry = catalog_entries(catalog).get(str(catalog.get("fallback", "")))
    if entry is None:
        return None
    try:
        return entry_path(entry, pool.models_dir).resolve()
    except ModelError:
        return None


def load_parser(pool: ModelPool) -> Runtime | None:
    """The parser specialist's runtime: the built-in model with the adapter shipped for it when
    the parser role is bound to the built-in model, the bound model as it is otherwise (the
    adapter was trained for the built-in model alone). An adapter that cannot serve leaves the
    plain model; a role that cannot be loaded leaves no parser (the cloud planner and the actor
    still read such tasks). Each of these is said in `pool.notices`."""
    try:
        binding = pool.binding(PARSER)
        if binding.server is None and binding.path.resolve() == builtin_model(pool):
            try:
                return pool.runtime_for(PARSER, adapter=ADAPTER_PATH)
            except ModelError as exc:
                pool.notices.append(f"the parser specialist runs without its adapter: {exc}")
        return pool.runtime_for(PARSER)
    except ModelError as exc:
        pool.notices.append(
            f"no parser specialist: {exc}; tasks no pattern understands go to the planner and the actor"
        )
        return None


def promoted_specialists(settings: Settings, pool: ModelPool) -> dict[str, Runtime]:
    """Roles with fine-tuned specialists in service (`deskhand train`): each becomes a router
    that sends a promoted task cluster to its specialist and everything else to the role's
    model. A specialist that can no longer be used is reported in `pool.notices`, not fatal."""
    try:
        active = [p for p in Promotions(settings.training_dir).active() if p.role in ROLES]
    except ValueError as exc:  # a damaged record: the usual models answer, and the person is told
        pool.notices.append(f"fine-tuned specialists are not used: {exc}")
        return {}
    if not active:
        return {}
    from app.training.loop import promoted_runtimes  # scikit-learn and friends, only when needed

    routers, notices = promoted_runtimes(settings, pool, active)
    pool.notices.extend(notices)
    return dict(routers)


def role_servers(pool: ModelPool) -> dict[str, RemoteServer]:
    """The roles bound to a model server on the network (`server:NAME` in roles.toml)."""
    bound = {role: pool.binding(role).server for role in ROLES}
    return {role: server for role, server in bound.items() if server is not None}


def server_notice(role: str, server: RemoteServer) -> str:
    if server.trusted:
        return f"role {role!r}: answered by server {server.name!r} ({server.host}), marked trusted"
    return (
        f"role {role!r}: server {server.name!r} ({server.host}) is not marked trusted, so it is "
        "treated as the cloud: with cloud use off the built-in model answers, otherwise the "
        f"permission gate decides. Trust it with `deskhand models server {server.name} --trusted`"
    )


@dataclass
class Session:
    """What a run needs loaded: kept across runs by the window, built per run by the command."""

    runtimes: dict[str, Runtime]
    screen: ScreenReader
    hands: Hands | None
    pool: ModelPool | None = None
    #: Roles answered by a model server on the network instead of `runtimes`.
    servers: dict[str, RemoteServer] = field(default_factory=dict)
    #: The parser specialist's runtime (`load_parser`); None runs without one.
    parser: Runtime | None = None

    @property
    def models(self) -> str:
        """The model files in use, as the run log names them."""
        used = [*self.runtimes.values(), *([self.parser] if self.parser is not None else [])]
        return ", ".join(sorted({r.model for r in used}))

    @property
    def notices(self) -> list[str]:
        """What the person should know about the models (fallbacks, offload plans, servers)."""
        pooled = list(self.pool.notices) if self.pool is not None else []
        return pooled + [server_notice(role, server) for role, server in self.servers.items()]


def open_session(settings: Settings, *, dry_run: bool = False) -> Session:
    """Check the display first (cheap, and the commonest problem), then load the models."""
    require_display()
    pool = ModelPool(settings.models_dir, threads=settings.threads, smoke_test=True)
    runtimes = load_runtimes(pool)
    runtimes.update(promoted_specialists(settings, pool))
    parser = load_parser(pool)
    hands = None if dry_run else Hands()
    return Session(runtimes, ScreenReader(), hands, pool, servers=role_servers(pool), parser=parser)


OpenSession = Callable[[Settings], Session]


class Sessions:
    """Models load once and serve every run; the hands stay bound to the display they were made on.

    pyautogui connects to an X display when it is first imported and never reconnects, so a
    session that acted on one display cannot act on another in the same process.
    """

    def __init__(self, open_session: OpenSession = open_session) -> None:
        self._open = open_session
        self._session: Session | None = None
        self._display: str | None = None
        self._stale = False

    def get(self, settings: Settings, display: str) -> Session:
        if self._display is not None and display != self._display:
            raise DisplayError(
                f"this window already acted on display {self._display}; the mouse and keyboard "
                f"cannot move to display {display} in the same process. Restart Deskhand to switch"
            )
        if self._session is not None and self._stale:
            if self._session.pool is not None:
                self._session.pool.close()
            self._session = None
        if self._session is None:
            self._session = self._open(settings)
            self._display = display
            self._stale = False
        return self._session

    def reload_models(self) -> None:
        """A role's model was swapped: the next run loads the models again (a run going on
        now keeps the ones it started with)."""
        self._stale = True


# -- one run ---------------------------------------------------------------------------------


def run_runtimes(session: Session, escalation: Escalation, ledger: RunLedger, ask: Ask) -> dict[str, Runtime]:
    """The runtime per role for one run: a trusted server directly, an untrusted one through
    this run's permission gate (like the cloud), or the built-in model when the gate would
    never let anything out."""
    runtimes = dict(session.runtimes)
    for role, server in session.servers.items():
        provider = Provider(
            server.name, server.base_url, server.model, get_key(server.name, env_override=False)
        )
        if server.trusted:
            runtimes[role] = RemoteRole(TrustedServerRuntime(provider))
        elif escalation.policy != "never":
            gate = Gate(escalation.policy, ledger, ask=ask, images=escalation.images)
            runtimes[role] = RemoteRole(CloudRuntime(provider, gate=gate, scrubber=Scrubber()))
    return runtimes


def cloud_tier(escalation: Escalation, ledger: RunLedger, ask: Ask) -> Tier | None:
    """The cloud consultant behind the gate, or None when the policy keeps everything local."""
    if escalation.policy == "never" or escalation.provider is None:
        return None
    gate = Gate(escalation.policy, ledger, ask=ask, images=escalation.images)
    cloud = CloudRuntime(escalation.provider, gate=gate, scrubber=Scrubber())
    return Tier("cloud", Grounder(cloud, orders=1), Actor(cloud), Planner(cloud))


def step_record(step: Step) -> StepRecord:
    """A Step as the run log stores it."""
    return StepRecord(
        idx=step.index,
        goal=step.goal,
        action=step.action.describe(),
        target_id=step.target.id if step.target else None,
        target_text=step.target.name if step.target else "",
        decided_by=step.decided_by,
        verdict=step.verdict,
        acted=step.acted,
        verified=step.verified,
        note=step.note,
        elements=len(step.observation.elements),
        window_title=step.observation.window_title,
        observe_s=round(step.timings.observe_s, 4),
        decide_s=round(step.timings.decide_s, 4),
        act_s=round(step.timings.act_s, 4),
        verify_s=round(step.timings.verify_s, 4),
        route=step.route,
    )


def finish(log: RunLog, run_id: int, outcome: Outcome, wall_s: float) -> None:
    """Finish the run row with its outcome and counts."""
    log.finish_run(
        run_id,
        outcome=outcome.status,
        reason=outcome.reason,
        steps=outcome.steps,
        lm_calls=outcome.lm_calls,
        local_calls=outcome.local_calls,
        cloud_calls=outcome.cloud_calls,
        wall_s=wall_s,
    )


@dataclass(frozen=True)
class RunRequest:
    """What the person asked for: the task, how the cloud may help, and where to act."""

    task: Task
    cloud: CloudChoice = field(default_factory=CloudChoice)
    #: Entering it makes the run's display current and yields its name.
    place: Callable[[], AbstractContextManager[str]] = own_desktop
    #: Every sensitive action is confirmed without asking (`deskhand run --yes`, for scripts):
    #: destructive, sending and paying presses and model-picked buttons run. The cloud gate
    #: keeps its own choice (`cloud`).
    yes: bool = False


@dataclass(frozen=True)
class Progress:
    """What the run is doing before its first step (loading the models, say)."""

    message: str


@dataclass(frozen=True)
class RunStarted:
    run_id: int
    task: Task
    #: The model files in use, as the run log names them.
    models: str
    #: What the person should know about the models (fallbacks, offload plans, servers).
    notices: tuple[str, ...]


@dataclass(frozen=True)
class RunResult:
    """How a run ended; also for a run that could not start (then `started` is False)."""

    run_id: int | None
    task: str
    outcome: Outcome
    wall_s: float
    started: bool = True
    #: The problem that kept the run from starting or ended it early; None when the
    #: controller decided the outcome.
    error: str | None = None

    @classmethod
    def not_started(
        cls, task: str, error: str, started: float | None = None, status: OutcomeStatus = "failed"
    ) -> RunResult:
        """The result of a run that never began (`started`: when it was asked for)."""
        wall = time.perf_counter() - started if started is not None else 0.0
        return cls(None, task, Outcome(status, error, 0, 0, 0, 0), wall, started=False, error=error)

    @property
    def done(self) -> bool:
        return self.outcome.status == "done"

    def summary(self) -> dict[str, Any]:
        """The JSON summary `deskhand run --json` ends with (`app.services.summary`)."""
        o = self.outcome
        return run_summary(
            run_id=self.run_id,
            task=self.task,
            outcome=o.status,
            steps=o.steps,
            lm_calls=o.lm_calls,
            local_calls=o.local_calls,
            cloud_calls=o.cloud_calls,
            wall_s=self.wall_s,
            error=None if self.done else self.error or o.reason,
        )


RunEvent = Progress | RunStarted | Step | RunResult


#: Why a run ended when the process was told to stop (Ctrl+C, SIGTERM).
INTERRUPTED = "interrupted (Ctrl+C or a termination signal)"


def task_problem(text: str) -> str | None:
    """Why a task cannot be run at all (empty, or not text), or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return (
            "the task is not valid UTF-8 text (the terminal or script passed other bytes); "
            "type it again or set a UTF-8 locale (e.g. LANG=C.UTF-8)"
        )
    if not text.strip():
        return 'the task is empty: say what to do, e.g. deskhand run "Click Submit"'
    return None


def printable(text: str) -> str:
    """`text` with anything that is not text (undecodable bytes) shown as U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class TaskRun:
    """One run of one task, from opening the log to the finished run row.

    `confirm` answers the controller's questions about sensitive actions, `ask` the permission
    gate's (may this leave the machine); a terminal asks both the same way, so `ask` defaults to
    `confirm`. Without `sessions` the models are loaded for this run alone.
    """

    def __init__(
        self,
        settings: Settings,
        request: RunRequest,
        *,
        confirm: Confirm,
        ask: Ask | None = None,
        sessions: Sessions | None = None,
    ) -> None:
        self.settings = settings
        self.request = request
        self._confirm = confirm
        self._ask = ask or confirm
        dry_run = request.task.dry_run
        self.sessions = sessions or Sessions(lambda s: open_session(s, dry_run=dry_run))
        self._stopping = threading.Event()
        self._controller: Controller | None = None

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def stop(self) -> None:
        """End the run before its next action (safe from another thread)."""
        self._stopping.set()
        controller = self._controller
        if controller is not None:
            controller.stop()

    # The questions of a run that is being stopped are all answered no.

    def confirm(self, question: str) -> bool:
        return not self.stopping and (self.request.yes or self._confirm(question))

    def ask(self, question: str) -> bool:
        return not self.stopping and self._ask(question)

    def events(self) -> Iterator[RunEvent]:
        started = time.perf_counter()
        task = self.request.task
        problem = task_problem(task.text)
        if problem is not None:
            yield RunResult.not_started(printable(task.text), problem, started)
            return
        try:
            log = open_log(self.settings.db_path)
        except DeskhandError as exc:
            yield RunResult.not_started(task.text, str(exc), started)
            return
        with contextlib.suppress(StoreError):  # runs whose process died are closed, not left open
            log.close_abandoned()
        try:
            with ExitStack() as stack:
                try:
                    escalation = escalation_for(self.settings, self.request.cloud)
                    display = stack.enter_context(self.request.place())
                    yield Progress("loading the models…")
                    session = self.sessions.get(self.settings, display)
                    run_id = log.start_run(
                        task.text, model=session.models, dry_run=task.dry_run, display=display
                    )
                except DeskhandError as exc:
                    yield self._cannot_start(log, str(exc), started)
                    return
                except KeyboardInterrupt:  # Ctrl+C or SIGTERM while the models load
                    yield self._cannot_start(log, INTERRUPTED, started, status="stopped")
                    return
                yield RunStarted(run_id, task, session.models, tuple(session.notices))
                yield from self._drive(log, session, escalation, run_id, started)
        finally:
            log.db.close()

    def _cannot_start(
        self, log: RunLog, error: str, started: float, status: OutcomeStatus = "failed"
    ) -> RunResult:
        """A finished run row for a run that could not start, and its result."""
        task = self.request.task
        result = RunResult.not_started(task.text, error, started, status)
        try:
            run_id = log.start_run(
                task.text, model="", dry_run=task.dry_run, display=os.environ.get("DISPLAY", "")
            )
        except StoreError:
            return result  # a log that cannot be written: the result alone says why
        result = replace(result, run_id=run_id)
        with contextlib.suppress(StoreError):
            finish(log, run_id, result.outcome, result.wall_s)
        return result

    def _drive(
        self, log: RunLog, session: Session, escalation: Escalation, run_id: int, started: float
    ) -> Iterator[Step | RunResult]:
        task = self.request.task
        ledger = log.ledger(run_id)
        runtimes = run_runtimes(session, escalation, ledger, self.ask)
        tier = cloud_tier(escalation, ledger, self.ask)
        self._controller = controller = Controller(
            screen=session.screen,
            hands=session.hands,
            # A server is a bigger model: one order of the choices is enough (the second order
            # only corrects the small local model's position bias).
            grounder=Grounder(runtimes["grounder"], orders=1 if "grounder" in session.servers else 2),
            actor=Actor(runtimes["actor"]),
            confirm=self.confirm,
            parser=Parser(session.parser) if session.parser is not None else None,
            settle_s=self.settings.settle_s,
            tiers=(tier,) if tier else (),
            thresholds=self.settings.routing,
        )
        if self.stopping:  # asked while the models loaded, before there was a controller
            controller.stop()
        steps: list[Step] = []

        def broken(status: OutcomeStatus, error: str) -> RunResult:
            """The result of a run a problem ended, its row finished where the log allows (a
            row left open is closed by the next run once this process is gone)."""
            outcome = Outcome.of(status, error, steps)
            wall = time.perf_counter() - started
            with contextlib.suppress(StoreError):
                finish(log, run_id, outcome, wall)
            return RunResult(run_id, task.text, outcome, wall, error=error)

        try:
            for item in controller.run(task):
                if isinstance(item, Step):
                    steps.append(item)
                    try:
                        log.record_step(run_id, step_record(item), item.lm_calls)
                    finally:
                        yield item  # done on screen: the person sees it even when the log failed
                    continue
                wall = time.perf_counter() - started
                finish(log, run_id, item, wall)
                yield RunResult(run_id, task.text, item, wall)
                return
        except DeskhandError as exc:  # a full disk, say: the run ends cleanly and says why
            yield broken("failed", str(exc))
            return
        except KeyboardInterrupt:  # Ctrl+C or SIGTERM outside the controller's own checks
            yield broken("stopped", INTERRUPTED)
            return
        except Exception as exc:  # a programming error: finish the row, keep the traceback
            finish(log, run_id, Outcome.of("failed", f"{type(exc).__name__}: {exc}", steps), 0.0)
            raise
        finally:
            if session.hands is not None:
                session.hands.close()  # the accessibility bus, until the next run needs it
        raise RuntimeError("the controller ended without an outcome")


# -- the demo --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoShown:
    """What the demo leaves to look at once the run is over."""

    screenshot: Path
    run_log: Path
    #: The practice form's own record of what was filled in and submitted.
    form: dict[str, Any]


def demo(settings: Settings, task_text: str, *, confirm: Confirm) -> Iterator[RunEvent | DemoShown]:
    """The main job for a newcomer: a private display, the practice form, a task, a screenshot.

    The run's events come as from `TaskRun.events()`; a `DemoShown` follows a run that started.
    """
    started = time.perf_counter()
    result: RunResult | None = None
    try:
        with VirtualDisplay() as display:
            yield Progress(
                f"started a private virtual display {display.display} (your own desktop is not touched)"
            )
            with PracticeApp(settings.data_dir / "demo" / "practice-state.json") as form:
                yield Progress("opened the practice form")
                run = TaskRun(settings, RunRequest(Task(task_text, settings.max_steps)), confirm=confirm)
                for event in run.events():
                    if isinstance(event, RunResult):
                        result = event
                    yield event
                if result is None or not result.started:
                    return
                shot = settings.screenshots_dir / f"demo-run-{result.run_id}.png"
                shot.parent.mkdir(parents=True, exist_ok=True)
                Image.fromarray(grab()).save(shot)
                state = form.state()
    except DeskhandError as exc:
        if result is not None:
            raise  # the run has its result; what failed after it is the entry point's to show
        yield RunResult.not_started(task_text, str(exc), started)
        return
    shown = {k: state.get(k) for k in ("name", "email", "country", "newsletter", "terms", "submitted")}
    yield DemoShown(shot, settings.db_path, shown)
