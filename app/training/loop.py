"""The conversion loop end to end, as `deskhand train` and the window run it.

Each stage reads what the one before wrote into the training folder, so a person can stop
after any stage, look (the data card, the clusters), and go on later:

    export      run log -> dataset/ (train.jsonl, test.jsonl, data card)          S2
    cluster     dataset -> clusters/ (clusters.json + the fitted model)            S3
    recommend   ready clusters -> ranked base models (shown, with reasons)         S4
    specialize  one cluster -> LoRA adapter -> scored against the current one      S5, S6
                -> promoted only if better by the margin; rollback undoes it

The base model of a specialist is the role's current model: the adapter is applied on top of
what already answers that role, so promoting it changes nothing else. S4's ranking tells the
person when a bigger base would suit the task better (pull it, bind the role, specialize again).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from app.config import Settings
from app.runtimes.base import ModelError, Runtime
from app.runtimes.hardware import probe
from app.runtimes.pool import ModelPool
from app.store.db import open_db
from app.training.clusters import Cluster, TaskClusters, fit_clusters
from app.training.dataset import DataCard, build_dataset
from app.training.evaluate import Scores, Verdict, evaluate, judge
from app.training.examples import ChatExample, read_jsonl
from app.training.finetune import FineTuneConfig, FineTuneResult, StepProgress, prepare
from app.training.pick import Recommendation, pick_for_clusters
from app.training.promote import ClusterRouter, Promotion, Promotions

#: Asked with the time estimate and the number of examples it will train on (after sampling)
#: before fine-tuning starts; False cancels.
ConfirmEstimate = Callable[[float, int], bool]
Say = Callable[[str], None]


def dataset_dir(settings: Settings) -> Path:
    return settings.training_dir / "dataset"


def clusters_dir(settings: Settings) -> Path:
    return settings.training_dir / "clusters"


def adapters_dir(settings: Settings) -> Path:
    return settings.training_dir / "adapters"


def export(settings: Settings) -> DataCard:
    """S2: the run log curated into the dataset folder."""
    if not settings.db_path.exists():
        raise FileNotFoundError(f"no run log at {settings.db_path}: run some tasks first")
    return build_dataset(open_db(settings.db_path), dataset_dir(settings))


def examples(settings: Settings, split: str) -> list[ChatExample]:
    path = dataset_dir(settings) / f"{split}.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"no dataset at {dataset_dir(settings)}: run `deskhand train export` first")
    return list(read_jsonl(path))


def cluster(settings: Settings) -> TaskClusters:
    """S3: the dataset's examples grouped into tasks, measured on the run log, saved."""
    db = open_db(settings.db_path) if settings.db_path.exists() else None
    clusters = fit_clusters(
        examples(settings, "train"),
        examples(settings, "test"),
        min_examples=settings.min_cluster_examples,
        db=db,
    )
    clusters.save(clusters_dir(settings))
    return clusters


def recommend(settings: Settings, clusters: TaskClusters) -> dict[int, list[Recommendation]]:
    """S4: base models ranked for each ready cluster on this machine."""
    return pick_for_clusters(clusters, hardware=probe(), models_dir=settings.models_dir)


@dataclass(frozen=True)
class Specialized:
    """What specializing one cluster did: the adapter, both scores, the verdict."""

    cluster: Cluster
    base: Path
    train_examples: int
    test_examples: int
    result: FineTuneResult
    current: Scores
    candidate: Scores
    verdict: Verdict
    promotion: Promotion | None


def _of_cluster(clusters: TaskClusters, cluster: Cluster, items: list[ChatExample]) -> list[ChatExample]:
    return [
        e for e in clusters.label([e for e in items if e.role == cluster.role]) if e.cluster == cluster.id
    ]


def specialize(
    settings: Settings,
    cluster_id: int,
    *,
    config: FineTuneConfig | None = None,
    confirm: ConfirmEstimate = lambda _seconds, _examples: True,
    say: Say = lambda _line: None,
    pool: ModelPool | None = None,
    on_step: StepProgress | None = None,
) -> Specialized | None:
    """S5 and S6 for one cluster. Returns None when the person declined at the estimate.

    `on_step` follows the training example by example (`FineTune.run`)."""
    clusters = TaskClusters.load(clusters_dir(settings))
    by_id = {c.id: c for c in clusters.clusters}
    if cluster_id not in by_id:
        raise LookupError(f"there is no cluster {cluster_id} (clusters: {', '.join(map(str, by_id))})")
    target = by_id[cluster_id]
    train = _of_cluster(clusters, target, examples(settings, "train"))
    test = _of_cluster(clusters, target, examples(settings, "test"))
    if not train:
        raise ValueError(f"cluster {cluster_id} has no training examples: export and cluster again")
    pool = pool or ModelPool(settings.models_dir, threads=settings.threads, smoke_test=True)
    base = pool.binding(target.role).path.resolve()
    promotions = Promotions(settings.training_dir)
    in_service = next((p for p in promotions.active(target.role) if p.cluster == cluster_id), None)
    current = pool.runtime_for(target.role, adapter=Path(in_service.adapter) if in_service else None)
    say(f"scoring the current {target.role} ({current.model}) on {len(test)} held-out examples")
    current_scores = evaluate(current, test, specialist=current.model)

    tune = prepare(base, train, config)
    if not confirm(tune.estimate_s, tune.examples):
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    out = adapters_dir(settings) / f"{target.role}-cluster{cluster_id}-{stamp}.gguf"
    result = tune.run(out, on_step=on_step)
    candidate = pool.runtime_for(target.role, adapter=result.adapter)
    say(f"scoring the new specialist ({candidate.model}) on the same examples")
    candidate_scores = evaluate(candidate, test, specialist=candidate.model)
    verdict = judge(current_scores, candidate_scores, margin=settings.promotion_margin)
    promotion = None
    if verdict.promote:
        promotion = promotions.promote(
            role=target.role,
            cluster=cluster_id,
            cluster_name=target.name,
            base=str(base),
            adapter=result.adapter,
            accuracy_before=current_scores.accuracy,
            accuracy_after=candidate_scores.accuracy,
            examples=result.examples,
        )
    return Specialized(
        target, base, len(train), len(test), result, current_scores, candidate_scores, verdict, promotion
    )


def promoted_runtimes(
    settings: Settings, pool: ModelPool, promotions: Sequence[Promotion]
) -> tuple[dict[str, ClusterRouter], list[str]]:
    """A router per role with specialists in `promotions` (those in service), and notices for any
    that can no longer be used (their adapter or the clusters are gone, or the role's model
    changed). The clusters are loaded once for all roles."""
    if not promotions:
        return {}, []
    try:
        clusters = TaskClusters.load(clusters_dir(settings))
    except (FileNotFoundError, ImportError) as exc:
        return {}, [f"promoted specialists are not used: {exc}"]
    notices: list[str] = []
    by_role: dict[str, dict[int, Runtime]] = {}
    for promotion in promotions:
        try:
            adapter = pool.runtime_for(promotion.role, adapter=Path(promotion.adapter))
        except (ModelError, OSError) as exc:  # an unusable adapter is reported, never fatal
            notices.append(
                f"promoted specialist {promotion.id} ({promotion.cluster_name}) is not used: {exc}"
            )
            continue
        by_role.setdefault(promotion.role, {})[promotion.cluster] = adapter
    routers = {
        role: ClusterRouter(pool.runtime_for(role), specialists, partial(clusters.assign, role=role))
        for role, specialists in by_role.items()
    }
    return routers, notices
