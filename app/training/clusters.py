"""S3 of the conversion loop: group the curated examples into tasks, without labels.

A task is one role's kind of question on a kind of screen ("which field of the sign-up form is
meant", "what next in the mail program"). Each role is clustered on its own (a specialist
serves one role), reading the user message: TF-IDF over its words once the parts that change
from one step to the next are normalised away (a field's current content, element ids,
numbers, which e-mail a placeholder stands for), then k-means with k chosen by the silhouette
over a small range, never more clusters than could each hold the examples a specialist needs.
Each cluster is named by its most distinctive terms and shown by its most typical prompt (the
one nearest its centroid), and measured on the whole run log: how often its local answers
passed their check, and how often its steps went to the cloud. A cluster with enough examples
is ready for a specialist (S4 picks the base model).

The fitted vectorizer and centroids are saved with joblib beside a readable clusters.json, so
a later process can `assign()` a new prompt to its cluster (the router of a promoted
specialist does, for every call). A prompt unlike every cluster is assigned none.
scikit-learn and joblib come with the train extra. Embeddings from the built-in model were
measured as an alternative and grouped no better, at a thousand times the cost.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import sqlite_utils

from app.privacy.scrub import Scrubber
from app.training.examples import ChatExample

TRAIN_EXTRA = "pip install 'deskhand[train]'"
#: k is tried from 2 up to this, and never so high that a cluster could not reach the examples
#: a specialist needs (see `fit_clusters`).
MAX_K = 8
#: Each k-means is started from this many seeded k-means++ initialisations; the best is kept.
N_INIT = 4
#: A new prompt belongs to its nearest cluster when it is at least this share as similar to the
#: centroid as the cluster's least typical training example was; another task family scores
#: near zero, a new variant of a known one well above (see tests/training/test_clusters.py).
ASSIGN_SLACK = 0.5
#: silhouette_score is quadratic in the examples; above this many it uses a seeded sample.
SILHOUETTE_SAMPLE = 2000
JSON_FILE = "clusters.json"
MODEL_FILE = "clusters.joblib"

_SHOWN = re.compile(r' \(shows "[^"]*"\)')
_PLACEHOLDER = re.compile(r"<([A-Z_]+)_\d+>")
_UNIQUE_SUFFIX = re.compile(r" \(\d+\)")
_NUMBER = re.compile(r"\d+")


def normalise(text: str) -> str:
    """The user message with what varies per step removed, for TF-IDF (also at `assign` time,
    on prompts the scrubber has not seen: it runs here too, so both read the same words)."""
    text = Scrubber().scrub(text)
    text = _SHOWN.sub("", text)  # a field's current content is the person's data, not the task
    text = _PLACEHOLDER.sub(lambda m: f" {m[1].lower()} ", text)
    text = _UNIQUE_SUFFIX.sub("", text)
    return _NUMBER.sub(" ", text).lower()


def user_message(prompt: Sequence[dict[str, str]]) -> str:
    return next((m["content"] for m in reversed(prompt) if m["role"] == "user"), "")


@dataclass(frozen=True)
class Cluster:
    """One task: its examples, how the local model does on it today, and whether it is ready."""

    id: int
    name: str
    typical: str
    role: str
    train_examples: int
    test_examples: int
    #: Cosine similarity of the least typical training example to the centroid.
    min_similarity: float
    #: From the run log (None when clustered without one): the cluster's logged local calls,
    #: the share whose step passed its check, its steps and the share that consulted the cloud.
    local_calls: int | None
    local_success_rate: float | None
    steps: int | None
    escalation_share: float | None
    ready: bool
    why: str


@dataclass(frozen=True)
class TaskClusters:
    clusters: tuple[Cluster, ...]
    #: Per role, the silhouette of the chosen k (None where the role is one task).
    silhouette: dict[str, float | None]
    seed: int
    #: {"vectorizer": the fitted TfidfVectorizer, "centroids": one row per cluster,
    #: "roles": the role of each row}.
    model: dict[str, Any]

    @property
    def k(self) -> int:
        return len(self.clusters)

    def ready(self) -> list[Cluster]:
        return [c for c in self.clusters if c.ready]

    def nearest(self, prompt: str, role: str | None = None) -> tuple[int, float]:
        """The nearest cluster (of `role`, when given) to a user message, and the cosine
        similarity to its centroid."""
        ids, sims = _nearest(self.model, [prompt], [role])
        return int(ids[0]), float(sims[0])

    def assign(self, prompt: str, role: str | None = None) -> int | None:
        """The cluster of a user message (among `role`'s, when given), or None when it is
        unlike every cluster."""
        cluster, similarity = self.nearest(prompt, role)
        floor = self.clusters[cluster].min_similarity * ASSIGN_SLACK
        return cluster if similarity > 0.0 and similarity >= floor else None

    def label(self, examples: Sequence[ChatExample]) -> list[ChatExample]:
        """The examples with `cluster` set to the nearest cluster of their role."""
        if not examples:
            return []
        ids, _ = _nearest(self.model, [user_message(e.prompt) for e in examples], [e.role for e in examples])
        return [replace(e, cluster=int(c)) for e, c in zip(examples, ids, strict=True)]

    def to_json(self) -> dict[str, Any]:
        return {
            "silhouette": self.silhouette,
            "seed": self.seed,
            "clusters": [asdict(c) for c in self.clusters],
        }

    def save(self, folder: Path) -> None:
        """clusters.json (to read) and clusters.joblib (the fitted model, for `assign`)."""
        import joblib  # type: ignore[import-untyped]  # (no stubs)

        folder.mkdir(parents=True, exist_ok=True)
        (folder / JSON_FILE).write_text(json.dumps(self.to_json(), indent=2) + "\n", encoding="utf-8")
        joblib.dump(self.model, folder / MODEL_FILE)

    @classmethod
    def load(cls, folder: Path) -> TaskClusters:
        """Read what `save` wrote. joblib unpickles, so only load a folder Deskhand wrote."""
        paths = [folder / JSON_FILE, folder / MODEL_FILE]
        missing = [p.name for p in paths if not p.is_file()]
        if missing:
            raise FileNotFoundError(
                f"{folder} has no {' or '.join(missing)}: cluster the dataset first (`deskhand train`)"
            )
        _require_sklearn()
        import joblib

        data = json.loads(paths[0].read_text(encoding="utf-8"))
        clusters = tuple(Cluster(**c) for c in data["clusters"])
        return cls(clusters, data["silhouette"], data["seed"], joblib.load(paths[1]))


def _require_sklearn() -> None:
    try:
        import sklearn  # type: ignore[import-untyped]  # noqa: F401  (no stubs)
    except ImportError as exc:
        raise ImportError(f"clustering needs scikit-learn: {TRAIN_EXTRA}") from exc


def _nearest(
    model: dict[str, Any], prompts: Sequence[str], roles: Sequence[str | None]
) -> tuple[np.ndarray, np.ndarray]:
    """For each prompt, the nearest centroid of its role (any role for None) and the cosine
    similarity to it."""
    vectors = model["vectorizer"].transform(prompts)
    similarities = np.asarray(vectors @ _unit(model["centroids"]).T)
    centroid_roles = np.asarray(model["roles"])
    for row, role in enumerate(roles):
        if role is not None and role in model["roles"]:
            similarities[row, centroid_roles != role] = -np.inf
    ids = similarities.argmax(axis=1)
    return ids, similarities[np.arange(len(prompts)), ids]


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def fit_clusters(
    train: Sequence[ChatExample],
    test: Sequence[ChatExample] = (),
    *,
    min_examples: int,
    db: sqlite_utils.Database | None = None,
    seed: int = 0,
    max_k: int = MAX_K,
) -> TaskClusters:
    """Cluster each role's training examples into tasks; count the test examples of each by
    nearest centroid; measure each on the run log in `db` when given. `min_examples` is the
    training examples a cluster needs to be ready (`Settings.min_cluster_examples`)."""
    if not train:
        raise ValueError("no training examples to cluster: build the dataset from a run log with runs first")
    if min_examples < 1:
        raise ValueError(f"min_examples is a count of training examples, at least 1: {min_examples}")
    _require_sklearn()
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]  # (no stubs)

    prompts = [user_message(e.prompt) for e in train]
    vectorizer = TfidfVectorizer(preprocessor=normalise, ngram_range=(1, 2), sublinear_tf=True)
    vectors = vectorizer.fit_transform(prompts)
    # Roles are clustered apart: a specialist serves one role, and a role's prompt template is
    # a few words against a screen's many, which would otherwise group by screen across roles.
    groups: list[tuple[str, np.ndarray]] = []
    centroids: list[np.ndarray] = []
    silhouettes: dict[str, float | None] = {}
    for role in sorted({e.role for e in train}):
        members = np.array([i for i, e in enumerate(train) if e.role == role])
        labels, role_centroids, silhouettes[role] = _kmeans(
            vectors[members], [prompts[i] for i in members], min_examples, seed, max_k
        )
        for c, centroid in enumerate(role_centroids):
            groups.append((role, members[labels == c]))
            centroids.append(centroid)
    model = {"vectorizer": vectorizer, "centroids": np.vstack(centroids), "roles": [r for r, _ in groups]}
    similarities = np.asarray(vectors @ _unit(model["centroids"]).T)
    test_ids: list[int] = []
    if test:
        test_ids = [
            int(i) for i in _nearest(model, [user_message(e.prompt) for e in test], [e.role for e in test])[0]
        ]
    stats = _log_stats(model, db) if db is not None else {}
    names = _names(vectorizer, model["centroids"])
    clusters = []
    for c, (role, members) in enumerate(groups):
        n_train, n_test = len(members), test_ids.count(c)
        clusters.append(
            Cluster(
                id=c,
                name=f"{role}: {names[c]}",
                typical=prompts[members[similarities[members, c].argmax()]],
                role=role,
                train_examples=n_train,
                test_examples=n_test,
                min_similarity=round(float(similarities[members, c].min()), 4),
                **stats.get(c, _no_stats(db)),
                ready=n_train >= min_examples and n_test > 0,
                why=_why(n_train, n_test, min_examples),
            )
        )
    return TaskClusters(tuple(clusters), silhouettes, seed, model)


def _kmeans(
    vectors: Any, prompts: Sequence[str], min_examples: int, seed: int, max_k: int
) -> tuple[np.ndarray, np.ndarray, float | None]:
    """Labels, centroids and silhouette of the best k for one role's prompts."""
    from sklearn.cluster import KMeans  # type: ignore[import-untyped]  # (no stubs)
    from sklearn.metrics import silhouette_score  # type: ignore[import-untyped]

    # Silhouette alone favours many small clusters (identical prompts sit at distance zero), but
    # a task is only worth finding if it could get a specialist: at most one cluster per
    # `min_examples` examples. Nor can k-means find more clusters than distinct prompts.
    distinct = len({normalise(p) for p in prompts})
    highest = min(max_k, distinct, len(prompts) - 1, len(prompts) // min_examples)
    best: tuple[float, np.ndarray, np.ndarray] | None = None
    for k in range(2, highest + 1):
        kmeans = KMeans(n_clusters=k, n_init=N_INIT, random_state=seed).fit(vectors)
        score = float(
            silhouette_score(
                vectors,
                kmeans.labels_,
                metric="cosine",
                sample_size=min(len(prompts), SILHOUETTE_SAMPLE),
                random_state=seed,
            )
        )
        if best is None or score > best[0]:
            best = (score, kmeans.labels_, kmeans.cluster_centers_)
    if best is None:  # too few examples (or kinds of prompt) for two tasks
        return np.zeros(len(prompts), dtype=int), np.asarray(vectors.mean(axis=0)), None
    score, labels, centroids = best
    return labels, centroids, score


def _names(vectorizer: Any, centroids: np.ndarray, terms: int = 4) -> list[str]:
    """Each cluster's most distinctive terms: its centroid weight above the other clusters'."""
    vocabulary = vectorizer.get_feature_names_out()
    names = []
    for c, centroid in enumerate(centroids):
        others = np.delete(centroids, c, axis=0)
        distinct = centroid - (others.mean(axis=0) if len(others) else 0.0)
        chosen: list[str] = []
        for index in np.argsort(-distinct):
            term = str(vocabulary[index])
            if distinct[index] <= 0 or len(chosen) == terms:
                break
            # "email address" says nothing "email" and "address" did not.
            if not set(term.split()) & {w for t in chosen for w in t.split()}:
                chosen.append(term)
        names.append(", ".join(chosen) or "general")
    return names


def _why(n_train: int, n_test: int, min_examples: int) -> str:
    if n_train < min_examples:
        return f"{n_train} training examples; a specialist needs {min_examples}"
    if n_test == 0:
        return f"{n_train} training examples but none held out to test a specialist on"
    return f"ready: {n_train} training and {n_test} test examples"


def _no_stats(db: sqlite_utils.Database | None) -> dict[str, Any]:
    zero = 0 if db is not None else None
    return {"local_calls": zero, "local_success_rate": None, "steps": zero, "escalation_share": None}


_LOCAL_CALLS = """
SELECT c.step_id, c.role, c.messages, s.verified,
       EXISTS (SELECT 1 FROM lm_calls k WHERE k.step_id = c.step_id AND k.runtime = 'cloud') AS escalated
FROM lm_calls c JOIN steps s ON s.id = c.step_id
WHERE c.runtime != 'cloud'
ORDER BY c.id
"""


def _log_stats(model: dict[str, Any], db: sqlite_utils.Database) -> dict[int, dict[str, Any]]:
    """Per cluster, over every logged local call of its role (not only the curated ones): the
    share whose step passed its check, and the share of its steps that consulted the cloud."""
    rows = [dict(r) for r in db.query(_LOCAL_CALLS) if r["role"] in model["roles"]]
    if not rows:
        return {}
    ids, _ = _nearest(
        model, [user_message(json.loads(r["messages"])) for r in rows], [r["role"] for r in rows]
    )
    calls: dict[int, list[bool]] = defaultdict(list)
    steps: dict[int, dict[int, bool]] = defaultdict(dict)
    counted: set[int] = set()
    for row, cluster in zip(rows, ids, strict=True):
        calls[int(cluster)].append(row["verified"] == 1)
        # A step counts once, in the cluster of its first local call.
        if row["step_id"] not in counted:
            counted.add(row["step_id"])
            steps[int(cluster)][row["step_id"]] = bool(row["escalated"])
    return {
        c: {
            "local_calls": len(calls[c]),
            "local_success_rate": round(sum(calls[c]) / len(calls[c]), 4),
            "steps": len(steps[c]),
            "escalation_share": round(sum(steps[c].values()) / len(steps[c]), 4) if steps[c] else None,
        }
        for c in calls
    }
