"""The conversion loop as a person drives it, once for `deskhand train` and the Training tab.

`app.training` holds the stages (export, cluster, pick, fine-tune, evaluate, promote) and the
files they write; this module is the one doorway the two faces use: each operation here runs a
stage and hands back a small typed result, and `status()` reads the training folder and the run
log into one snapshot (data card, tasks and their readiness, recommended base models,
specialists in service with the escalation rate before and since each promotion). Neither face
reads a training file itself.

What a person can act on (no run log, no dataset, a task that does not exist, the train extra
missing, a damaged promotions record) is raised as `TrainingError`, a `DeskhandError`, whose
message says what to do; the stages below raise ValueError, LookupError, OSError or ImportError.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.config import Settings
from app.errors import DeskhandError
from app.services.insights import escalations_between
from app.services.models import hardware
from app.store.log import Escalations, open_log
from app.training import loop
from app.training.clusters import JSON_FILE, Cluster
from app.training.finetune import TRAIN_EXTRA, FineTuneConfig
from app.training.loop import Specialized
from app.training.pick import Recommendation, pick
from app.training.promote import Promotion, Promotions

__all__ = [
    "CardSummary",
    "Cluster",
    "ClusterAttempt",
    "Escalations",
    "Exported",
    "FineTuneConfig",
    "Found",
    "Promotion",
    "Recommendation",
    "RolledBack",
    "Specialist",
    "Specialized",
    "TrainingCancelled",
    "TrainingError",
    "TrainingStatus",
    "check_train_extra",
    "child_environment",
    "export",
    "find_tasks",
    "fine_tune_config",
    "rate_run",
    "rollback",
    "run_all",
    "specialize",
    "status",
]

#: Asked with the time estimate (seconds) and the examples it will train on; False declines.
ConfirmEstimate = Callable[[float, int], bool]
Say = Callable[[str], None]
#: Examples trained, examples in all, recent loss.
StepProgress = Callable[[int, int, float], None]

#: The packages fine-tuning imports.
TRAINING_PACKAGES = ("torch", "transformers", "peft")
#: What the stages raise for a problem the person can act on.
_PROBLEMS = (OSError, ValueError, LookupError, ImportError)


#: OpenMP's policy for a process that trains: idle torch threads sleep at once. A run's default
#: spin made a LoRA pass 1.2-1.7x slower on a busy 2-core CPU (figures in app/__init__.py).
TRAINING_OPENMP = {"OMP_WAIT_POLICY": "PASSIVE"}


@contextmanager
def child_environment() -> Iterator[None]:
    """Start a training child inside this: it inherits `TRAINING_OPENMP` (a spawned process
    copies the environment when it starts), while this process keeps its own afterwards.
    Variables the person set are left as they are."""
    added = {k: v for k, v in TRAINING_OPENMP.items() if k not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for key in added:
            os.environ.pop(key, None)


class TrainingError(DeskhandError):
    """A training stage cannot go on; the message says why and what to do."""


class TrainingCancelled(Exception):
    """The person cancelled: training stopped after the example it was on, nothing written."""


@contextmanager
def _as_training_error() -> Iterator[None]:
    try:
        yield
    except _PROBLEMS as exc:
        raise TrainingError(str(exc)) from exc


@dataclass(frozen=True)
class CardSummary:
    """The figures of a dataset's data card, both splits together where a person reads one."""

    considered: int
    train: int
    test: int
    train_runs: int
    test_runs: int
    #: Examples per source (a local success, a teacher's answer), train and test together.
    by_source: dict[str, int]
    #: Logged calls left out, per reason.
    removed: dict[str, int]
    #: Distinct personal values replaced by a placeholder, per kind.
    replaced: dict[str, int]
    created_at: str

    @classmethod
    def from_json(cls, card: dict[str, Any]) -> CardSummary:
        """From `DataCard.to_json()`, as data_card.json holds it."""
        by_source: dict[str, int] = {}
        for split in ("train", "test"):
            for source, count in card["by_source"].get(split, {}).items():
                by_source[source] = by_source.get(source, 0) + count
        return cls(
            considered=card["considered"],
            train=card["examples"]["train"],
            test=card["examples"]["test"],
            train_runs=len(card["runs"]["train"]),
            test_runs=len(card["runs"]["test"]),
            by_source=by_source,
            removed=dict(card["removed"]),
            replaced=dict(card["replaced"]),
            created_at=card["created_at"],
        )


@dataclass(frozen=True)
class Specialist:
    """A promotion in service, and the escalation rate of finished runs on either side of it
    (None for both when there is no run log)."""

    promotion: Promotion
    escalation_before: Escalations | None
    escalation_after: Escalations | None


@dataclass(frozen=True)
class TrainingStatus:
    """Where the conversion loop stands, as the training folder and the run log say."""

    dataset_dir: Path
    #: None: no dataset built yet.
    card: CardSummary | None
    #: None: the dataset is not clustered yet.
    clusters: tuple[Cluster, ...] | None
    #: Ranked base models per ready cluster; empty unless asked for (it probes the hardware).
    recommendations: dict[int, list[Recommendation]]
    specialists: tuple[Specialist, ...]
    #: Why the promotions record cannot be read (then `specialists` is empty), or None.
    specialists_problem: str | None

    @property
    def ready(self) -> list[Cluster]:
        return [c for c in self.clusters or () if c.ready]


@dataclass(frozen=True)
class Exported:
    """A dataset built from the run log."""

    card: CardSummary
    #: The data card as text, without the curation rules.
    overview: str
    folder: Path


@dataclass(frozen=True)
class Found:
    """The tasks found in the dataset, and the ranked base models of the ready ones."""

    clusters: tuple[Cluster, ...]
    recommendations: dict[int, list[Recommendation]]

    @property
    def ready(self) -> list[Cluster]:
        return [c for c in self.clusters if c.ready]


@dataclass(frozen=True)
class RolledBack:
    """A specialist taken out of service, and the one it had replaced (None: the role's usual
    model answers again)."""

    rolled: Promotion
    restored: Promotion | None


@dataclass(frozen=True)
class ClusterAttempt:
    """One ready cluster specialized by `run_all`: the result (None: declined at the
    estimate), or the problem that stopped it."""

    cluster: Cluster
    done: Specialized | None
    problem: TrainingError | None


def status(settings: Settings, *, recommend: bool = False) -> TrainingStatus:
    """The snapshot both faces show. Cheap (JSON files and one query per specialist) unless
    `recommend` ranks base models for the ready clusters, which probes the hardware."""
    folder = loop.dataset_dir(settings)
    card_file = folder / "data_card.json"
    card = CardSummary.from_json(_read_json(card_file)) if card_file.is_file() else None
    listing = loop.clusters_dir(settings) / JSON_FILE
    clusters = tuple(Cluster(**c) for c in _read_json(listing)["clusters"]) if listing.is_file() else None
    problem = None
    try:
        promotions = Promotions(settings.training_dir).active()
    except ValueError as exc:
        problem, promotions = str(exc), []
    return TrainingStatus(
        dataset_dir=folder,
        card=card,
        clusters=clusters,
        recommendations=_recommend(settings, clusters) if recommend and clusters else {},
        specialists=_specialists(settings, promotions),
        specialists_problem=problem,
    )


def rate_run(settings: Settings, run_id: int, rating: str | None) -> None:
    """Mark a run "good" or "bad" for training (a bad run's calls are never learned); None
    clears the mark."""
    log = open_log(settings.db_path)
    try:
        with _as_training_error():
            log.rate_run(run_id, rating)
    finally:
        log.db.close()


def export(settings: Settings) -> Exported:
    """S2: the run log curated into a scrubbed dataset and its data card."""
    with _as_training_error():
        card = loop.export(settings)
    return Exported(
        card=CardSummary.from_json(card.to_json()),
        overview=card.markdown().split("\n## Rules")[0].rstrip(),
        folder=loop.dataset_dir(settings),
    )


def find_tasks(settings: Settings) -> Found:
    """S3+S4: the dataset's examples grouped into tasks; base models ranked for ready ones."""
    with _as_training_error():
        clusters = loop.cluster(settings).clusters
        return Found(clusters, _recommend(settings, clusters))


def fine_tune_config(*, epochs: int | None = None, max_examples: int | None = None) -> FineTuneConfig:
    """The default fine-tuning setup, with the person's choices where given."""
    config = FineTuneConfig()
    if epochs is not None:
        config = replace(config, epochs=epochs)
    if max_examples is not None:
        config = replace(config, max_examples=max_examples)
    return config


def check_train_extra() -> None:
    """TrainingError naming the missing packages when fine-tuning could not start; found
    without importing them (torch alone takes seconds)."""
    missing = [name for name in TRAINING_PACKAGES if importlib.util.find_spec(name) is None]
    if missing:
        raise TrainingError(f"fine-tuning needs {', '.join(missing)}: {TRAIN_EXTRA}")


def specialize(
    settings: Settings,
    cluster_id: int,
    *,
    config: FineTuneConfig | None = None,
    confirm: ConfirmEstimate = lambda _seconds, _examples: True,
    say: Say = lambda _line: None,
    on_step: StepProgress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Specialized | None:
    """S5+S6: fine-tune a specialist for one cluster, score it against the current model,
    promote it if better. None when the person declined at the estimate. `cancelled` is asked
    after each training example; once true, TrainingCancelled is raised and nothing written."""

    def step(done: int, total: int, loss: float) -> None:
        if cancelled():
            raise TrainingCancelled(f"cancelled after {done} of {total} examples")
        if on_step is not None:
            on_step(done, total, loss)

    with _as_training_error():
        return loop.specialize(settings, cluster_id, config=config, confirm=confirm, say=say, on_step=step)


def run_all(
    settings: Settings,
    *,
    config: FineTuneConfig | None = None,
    confirm: ConfirmEstimate = lambda _seconds, _examples: True,
    say: Say = lambda _line: None,
) -> Iterator[Exported | Found | ClusterAttempt]:
    """S2..S6: export, find tasks, then specialize every ready cluster, each result as it comes.
    A problem in export or find_tasks raises TrainingError; one cluster's problem is its
    attempt's and the next cluster is tried."""
    yield export(settings)
    found = find_tasks(settings)
    yield found
    for target in found.ready:
        try:
            done = specialize(settings, target.id, config=config, confirm=confirm, say=say)
        except DeskhandError as exc:  # TrainingError, a model that cannot load, the store
            problem = exc if isinstance(exc, TrainingError) else TrainingError(str(exc))
            yield ClusterAttempt(target, None, problem)
        else:
            yield ClusterAttempt(target, done, None)


def rollback(settings: Settings, promotion_id: int | None = None) -> RolledBack:
    """Take the given (default: the newest) specialist out of service."""
    with _as_training_error():
        rolled, restored = Promotions(settings.training_dir).rollback(promotion_id)
    return RolledBack(rolled, restored)


def _read_json(path: Path) -> dict[str, Any]:
    with _as_training_error():
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _recommend(settings: Settings, clusters: Sequence[Cluster]) -> dict[int, list[Recommendation]]:
    """S4 for the ready clusters, on this machine's hardware."""
    ready = [c for c in clusters if c.ready]
    if not ready:
        return {}
    machine = hardware()
    return {c.id: pick(c.role, hardware=machine, models_dir=settings.models_dir) for c in ready}


def _specialists(settings: Settings, promotions: Sequence[Promotion]) -> tuple[Specialist, ...]:
    if not promotions or not settings.db_path.exists():
        return tuple(Specialist(p, None, None) for p in promotions)
    return tuple(
        Specialist(p, escalations_between(settings, None, p.at), escalations_between(settings, p.at, None))
        for p in promotions
    )
