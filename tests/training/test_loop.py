"""The conversion loop end to end on this CPU, with the built-in model: logged calls -> export
-> clusters -> LoRA on a small sample -> GGUF adapter -> loaded by llama-cpp-python -> scored ->
promoted -> routed -> rolled back.

Sized to run in a couple of minutes: it checks that every stage produces its artifact and that
the adapter changes what the model says; it does not (cannot, on a dozen examples) assert that
the specialist got better. bench/training.py measures that on a few hundred.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.config import Settings
from app.runtimes.base import Message
from app.runtimes.pool import ModelPool
from app.services.run import promoted_specialists
from app.training.finetune import FineTuneConfig
from app.training.loop import (
    adapters_dir,
    cluster,
    clusters_dir,
    dataset_dir,
    examples,
    export,
    promoted_runtimes,
    specialize,
)
from app.training.promote import ClusterRouter, Promotions
from tests.training.conftest import RunRecorder
from tests.training.test_clusters import record_families

pytestmark = [pytest.mark.model]


def test_logged_calls_become_a_routed_specialist_and_back(
    recorder: RunRecorder, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKHAND_HOME", str(tmp_path))  # the CLI's data folder is the test's
    record_families(recorder, rounds=3)
    # Every candidate is promoted (margin below any difference), so promotion and rollback run.
    settings = Settings(data_dir=tmp_path, min_cluster_examples=6, promotion_margin=-1.0)
    assert settings.db_path == tmp_path / "deskhand.db"

    card = export(settings)
    assert card.train > 0 and card.test > 0
    assert {p.name for p in dataset_dir(settings).iterdir()} >= {"train.jsonl", "test.jsonl", "data_card.md"}

    clusters = cluster(settings)
    assert (clusters_dir(settings) / "clusters.json").is_file() and clusters.ready()
    target = max(clusters.ready(), key=lambda c: c.train_examples)

    pool = ModelPool(settings.models_dir, threads=2)
    estimates: list[tuple[float, int]] = []
    done = specialize(
        settings,
        target.id,
        config=FineTuneConfig(epochs=1, max_examples=12, learning_rate=5e-3),
        confirm=lambda seconds, n: estimates.append((seconds, n)) is None,
        pool=pool,
    )
    assert done is not None
    (estimate,) = estimates
    assert estimate[0] > 0 and estimate[1] == done.result.examples <= 12  # the sample it trains on
    assert done.result.adapter.parent == adapters_dir(settings) and done.result.adapter.stat().st_size > 0
    assert done.current.examples == done.candidate.examples == done.test_examples > 0
    assert done.promotion is not None and done.verdict.promote

    # The adapter changes the model: the same unconstrained prompt gets another answer.
    prompt = [Message("system", "You are a helpful assistant."), Message("user", "Name one colour.")]
    base = pool.runtime_for(target.role).complete(prompt, max_tokens=24).text
    tuned = pool.runtime_for(target.role, adapter=done.result.adapter).complete(prompt, max_tokens=24).text
    assert tuned != base

    # The promoted specialist answers its cluster's prompts; the role's usual model the rest.
    routers, notices = promoted_runtimes(settings, pool, Promotions(settings.training_dir).active())
    router = routers[target.role]
    assert isinstance(router, ClusterRouter) and notices == []
    assert isinstance(promoted_specialists(settings, pool)[target.role], ClusterRouter)  # open_session's view
    example = next(e for e in clusters.label(examples(settings, "test")) if e.cluster == target.id)
    router.complete([Message.from_dict(m) for m in example.prompt], schema=example.schema)
    assert done.result.adapter.name in router.model
    router.complete(prompt, max_tokens=4)
    assert router.model == pool.runtime_for(target.role).model

    # `deskhand train` shows it in service; rollback takes it out in one command.
    assert main(["train"]) == 0
    assert f"#{done.promotion.id} {target.role}" in capsys.readouterr().out
    assert main(["train", "rollback"]) == 0
    assert Promotions(settings.training_dir).active() == []
    assert promoted_runtimes(settings, pool, Promotions(settings.training_dir).active()) == ({}, [])


def test_a_cluster_that_does_not_exist_is_named(recorder: RunRecorder, tmp_path: Path) -> None:
    record_families(recorder, rounds=1)
    settings = Settings(data_dir=tmp_path, min_cluster_examples=1)
    export(settings)
    cluster(settings)
    with pytest.raises(LookupError, match="there is no cluster 99"):
        specialize(settings, 99)
    assert json.loads((clusters_dir(settings) / "clusters.json").read_text())["clusters"]


def test_a_damaged_promotions_record_leaves_the_usual_models_answering(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    settings.training_dir.mkdir(parents=True)
    (settings.training_dir / "promotions.json").write_text("{damaged")
    pool = ModelPool(settings.models_dir, threads=2)
    assert promoted_specialists(settings, pool) == {}
    assert any("move it aside" in notice for notice in pool.notices)
