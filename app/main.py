"""The composition root: the one place that picks concrete classes and wires a run together.

`open_session()` loads the model, the screen reader and the hands; `execute()` runs a task
through the controller and writes every step to the run log as it happens, yielding the same
Steps and Outcome to whoever watches (the CLI today, the window later).
"""

from __future__ import annotations

import os
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import tomli_w

from app.agent.controller import Confirm, Controller, Tier
from app.agent.specialists import Actor, Grounder, Planner
from app.agent.steps import Outcome, Step, Task
from app.config import Settings
from app.desktop.actions import Hands, require_display
from app.desktop.screen import ScreenReader
from app.privacy.gate import Ask, Gate, Policy
from app.privacy.scrub import Scrubber
from app.privacy.secrets import get_key
from app.runtimes.base import Runtime
from app.runtimes.catalog import RemoteServer
from app.runtimes.cloud import CloudRuntime, Provider, RemoteRole, TrustedServerRuntime
from app.runtimes.pool import ModelPool
from app.store.log import RunLedger, RunLog, StepRecord
from app.store.log import open_log as open_run_log
from app.training.promote import Promotions


def open_log(settings: Settings) -> RunLog:
    return open_run_log(settings.db_path)


#: The specialist roles a run uses; each is bound to a model file in the catalog.
ROLES = ("grounder", "actor")


def load_runtimes(pool: ModelPool) -> dict[str, Runtime]:
    """One runtime per role from the pool: roles bound to one file share one loaded model, and
    each role keeps its own prompt prefix cached. Raises ModelError when no usable model is
    bound (a missing file falls back to the built-in model, with a notice in `pool.notices`).
    A role bound to a server gets the built-in model here, for runs that may not ask it."""
    return {role: pool.runtime_for(role) for role in ROLES}


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
    """What a run needs loaded: kept across runs by the window, built per run by the CLI."""

    runtimes: dict[str, Runtime]
    screen: ScreenReader
    hands: Hands | None
    pool: ModelPool | None = None
    #: Roles answered by a model server on the network instead of `runtimes`.
    servers: dict[str, RemoteServer] = field(default_factory=dict)

    @property
    def models(self) -> str:
        """The model files in use, as the run log names them."""
        return ", ".join(sorted({r.model for r in self.runtimes.values()}))

    @property
    def notices(self) -> list[str]:
        """What the person should know about the models (fallbacks, offload plans, servers)."""
        pooled = list(self.pool.notices) if self.pool is not None else []
        return pooled + [server_notice(role, server) for role, server in self.servers.items()]


def open_session(settings: Settings, *, dry_run: bool) -> Session:
    """Check the display first (cheap, and the commonest problem), then load the models."""
    require_display()
    pool = ModelPool(settings.models_dir, threads=settings.threads)
    runtimes = load_runtimes(pool)
    runtimes.update(promoted_specialists(settings, pool))
    hands = None if dry_run else Hands()
    return Session(runtimes, ScreenReader(), hands, pool, servers=role_servers(pool))


def step_record(step: Step) -> StepRecord:
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


@dataclass
class RunResult:
    run_id: int
    task: str
    outcome: Outcome
    wall_s: float

    def summary(self, error: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "run_id": self.run_id,
            "task": self.task,
            "outcome": self.outcome.status,
            "steps": self.outcome.steps,
            "lm_calls": self.outcome.lm_calls,
            "local_calls": self.outcome.local_calls,
            "cloud_calls": self.outcome.cloud_calls,
            "wall_s": round(self.wall_s, 3),
        }
        if error:
            data["error"] = error
        return data


@dataclass(frozen=True)
class Escalation:
    """Whether and where a run may consult the cloud: the person's choice for this run."""

    policy: Policy = "never"
    provider: Provider | None = None
    images: bool = False


class ProviderError(ValueError):
    """The cloud provider settings are incomplete; the message says what to set."""


def resolve_provider(settings: Settings) -> Provider | None:
    """The cloud provider from DESKHAND_CLOUD_BASE_URL/_MODEL (scripting), else cloud.toml.

    A key given in DESKHAND_CLOUD_API_KEY is used for this process only and never stored;
    otherwise the key comes from the OS keyring under the provider's name.
    """
    base_url = os.environ.get("DESKHAND_CLOUD_BASE_URL")
    model = os.environ.get("DESKHAND_CLOUD_MODEL")
    if base_url or model:
        if not (base_url and model):
            raise ProviderError("set both DESKHAND_CLOUD_BASE_URL and DESKHAND_CLOUD_MODEL")
        name = urlparse(base_url).hostname or "cloud"
        return Provider(name, base_url, model, get_key(name))
    if not settings.cloud_file.is_file():
        return None
    with settings.cloud_file.open("rb") as fh:
        data = tomllib.load(fh).get("provider", {})
    try:
        name, base_url, model = str(data["name"]), str(data["base_url"]), str(data["model"])
    except KeyError as exc:
        raise ProviderError(f"{settings.cloud_file} lacks provider.{exc.args[0]}") from exc
    return Provider(name, base_url, model, get_key(name), bool(data.get("always_allow", False)))


def save_provider(settings: Settings, provider: Provider) -> None:
    """Write the provider to cloud.toml (never its key: that goes to the keyring), so the window's
    settings and "always allow this provider" survive a restart and `deskhand run` sees them."""
    data = {
        "provider": {
            "name": provider.name,
            "base_url": provider.base_url,
            "model": provider.model,
            "always_allow": provider.always_allow,
        }
    }
    settings.cloud_file.parent.mkdir(parents=True, exist_ok=True)
    settings.cloud_file.write_text(tomli_w.dumps(data), encoding="utf-8")


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


def execute(
    settings: Settings,
    log: RunLog,
    session: Session,
    task: Task,
    run_id: int,
    confirm: Confirm,
    escalation: Escalation = Escalation(),
    ask: Ask | None = None,
) -> Iterator[Step | RunResult]:
    """Run `task`, logging each step the moment it happens; ends with the RunResult.

    `confirm` answers the controller's questions about sensitive actions, `ask` the permission
    gate's (may this leave the machine); a terminal asks both the same way, so `ask` defaults
    to `confirm`.
    """
    started = time.perf_counter()
    gate_ask = ask or confirm
    tier = cloud_tier(escalation, log.ledger(run_id), gate_ask)
    runtimes = run_runtimes(session, escalation, log.ledger(run_id), gate_ask)
    controller = Controller(
        screen=session.screen,
        hands=session.hands,
        # A server is a bigger model: one order of the choices is enough (the second order
        # only corrects the small local model's position bias).
        grounder=Grounder(runtimes["grounder"], orders=1 if "grounder" in session.servers else 2),
        actor=Actor(runtimes["actor"]),
        confirm=confirm,
        settle_s=settings.settle_s,
        tiers=(tier,) if tier else (),
        thresholds=settings.routing,
    )
    for item in controller.run(task):
        if isinstance(item, Step):
            log.record_step(run_id, step_record(item), item.lm_calls)
            yield item
            continue
        wall = time.perf_counter() - started
        finish(log, run_id, item, wall)
        yield RunResult(run_id, task.text, item, wall)


def finish(log: RunLog, run_id: int, outcome: Outcome, wall_s: float) -> None:
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


def display_name() -> str:
    return os.environ.get("DISPLAY", "")


def escalation_figures(settings: Settings) -> dict[str, Any]:
    """Local share, escalation rate and cost saved (at the configured cloud prices)."""
    if not settings.db_path.exists():
        rows: list[dict[str, Any]] = []
        runs: list[dict[str, Any]] = []
    else:
        db = open_log(settings).db
        rows = [dict(r) for r in db.query("SELECT runtime, tokens_in, tokens_out FROM lm_calls")]
        runs = [dict(r) for r in db.query("SELECT cloud_calls FROM runs WHERE outcome IS NOT NULL")]
    local = [r for r in rows if r["runtime"] != "cloud"]
    prices = settings.prices
    saved = (
        sum(
            (r["tokens_in"] or 0) * prices.input_per_million
            + (r["tokens_out"] or 0) * prices.output_per_million
            for r in local
        )
        / 1_000_000
    )
    return {
        "runs": len(runs),
        "model_calls": len(rows),
        "local_calls": len(local),
        "cloud_calls": len(rows) - len(local),
        "local_share": round(len(local) / len(rows), 4) if rows else None,
        "runs_with_escalation": sum(1 for r in runs if r["cloud_calls"]),
        "escalation_rate": round(sum(1 for r in runs if r["cloud_calls"]) / len(runs), 4) if runs else None,
        "cost_saved_usd": round(saved, 6),
        "prices_usd_per_million_tokens": {
            "input": prices.input_per_million,
            "output": prices.output_per_million,
        },
    }
