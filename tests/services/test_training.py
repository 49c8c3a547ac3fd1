"""The training service over a real run log: what `deskhand train` and the Training tab both read.

The run log is written by the real controller (tests/training/conftest.py's RunRecorder); each
expected figure comes from the training package itself or from the rows, never from the service.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.config import Settings
from app.services import training
from app.services.training import TrainingError
from app.store.db import open_db
from app.store.log import RunLog
from app.training.dataset import build_dataset
from app.training.loop import cluster, recommend
from app.training.promote import Promotions
from tests.cloud_server import cloud_stand_in
from tests.training.conftest import RunRecorder
from tests.training.test_clusters import record_families


@pytest.fixture
def recorder(tmp_path: Path) -> Iterator[RunRecorder]:
    with cloud_stand_in() as server:
        yield RunRecorder(RunLog(open_db(Settings(data_dir=tmp_path).db_path)), server)


def promote(settings: Settings, adapter: str, accuracy_after: float, cluster: int = 0) -> int:
    return (
        Promotions(settings.training_dir)
        .promote(
            role="grounder",
            cluster=cluster,
            cluster_name="grounder: mail, subject",
            base="/models/base.gguf",
            adapter=settings.data_dir / adapter,
            accuracy_before=0.5,
            accuracy_after=accuracy_after,
            examples=40,
        )
        .id
    )


def test_a_fresh_folder_has_nothing_yet(tmp_path: Path) -> None:
    now = training.status(Settings(data_dir=tmp_path), recommend=True)
    assert (now.card, now.clusters, now.recommendations, now.specialists) == (None, None, {}, ())
    assert now.specialists_problem is None and now.ready == []


def test_the_stages_and_the_status_give_the_training_packages_figures(
    recorder: RunRecorder, tmp_path: Path
) -> None:
    record_families(recorder, rounds=3)
    settings = Settings(data_dir=tmp_path, min_cluster_examples=6)

    exported = training.export(settings)
    card = build_dataset(recorder.log.db, tmp_path / "again")  # the same seed: the same dataset
    assert (exported.card.considered, exported.card.train, exported.card.test) == (
        card.considered,
        card.train,
        card.test,
    )
    assert (exported.card.train_runs, exported.card.test_runs) == (len(card.train_runs), len(card.test_runs))
    assert exported.card.removed == card.removed and card.removed
    assert exported.card.by_source == {
        s: card.by_source["train"].get(s, 0) + card.by_source["test"].get(s, 0)
        for s in {*card.by_source["train"], *card.by_source["test"]}
    }
    assert exported.overview.startswith("# Data card") and "## Rules" not in exported.overview

    found = training.find_tasks(settings)
    clusters = cluster(settings)  # fitted again, seeded: what the library returns
    assert found.clusters == clusters.clusters and found.ready == clusters.ready() != []
    ranked = recommend(settings, clusters)
    assert {k: [r.model for r in v] for k, v in found.recommendations.items()} == {
        k: [r.model for r in v] for k, v in ranked.items()
    }

    now = training.status(settings)
    assert now.card == exported.card and now.clusters == found.clusters and now.ready == found.ready
    assert now.recommendations == {}  # ranked only when asked: it probes the hardware
    asked = training.status(settings, recommend=True).recommendations
    assert {k: [r.model for r in v] for k, v in asked.items()} == {
        k: [r.model for r in v] for k, v in ranked.items()
    }


def test_what_cannot_be_done_is_a_training_error_with_what_to_do(
    recorder: RunRecorder, tmp_path: Path
) -> None:
    empty = Settings(data_dir=tmp_path / "empty")
    with pytest.raises(TrainingError, match="no run log at") as raised:
        training.export(empty)
    assert isinstance(raised.value.__cause__, FileNotFoundError)
    with pytest.raises(TrainingError, match="no dataset at"):
        training.find_tasks(empty)
    with pytest.raises(TrainingError, match="nothing to roll back"):
        training.rollback(empty)

    record_families(recorder, rounds=1)
    settings = Settings(data_dir=tmp_path, min_cluster_examples=1)
    training.export(settings)
    training.find_tasks(settings)
    with pytest.raises(TrainingError, match="there is no cluster 99") as lookup:
        training.specialize(settings, 99)
    assert isinstance(lookup.value.__cause__, LookupError)
    with pytest.raises(TrainingError, match="99999"):
        training.rate_run(settings, 99999, "good")


def test_a_rated_run_is_marked_in_the_log(recorder: RunRecorder, tmp_path: Path) -> None:
    run = recorder.run("Type Ada into the person box", {"element": "Name"}, {"element": "Name"})
    settings = Settings(data_dir=tmp_path)

    def rating() -> object:
        return recorder.log.db.execute("SELECT rating FROM runs WHERE id = ?", [run]).fetchone()[0]

    training.rate_run(settings, run, "bad")
    assert rating() == "bad"
    training.rate_run(settings, run, None)
    assert rating() is None


def test_specialists_carry_the_escalation_rate_around_their_promotion_and_roll_back(
    recorder: RunRecorder, tmp_path: Path
) -> None:
    record_families(recorder, rounds=1)  # half the mail runs escalate
    time.sleep(1.0)  # a promotion's time has whole seconds: the runs above are all before it
    settings = Settings(data_dir=tmp_path)
    first = promote(settings, "a.gguf", 0.7)
    second = promote(settings, "b.gguf", 0.8)
    recorder.run("Type Ada into the person box", {"element": "Name"}, {"element": "Name"})

    (only,) = training.status(settings).specialists
    assert only.promotion.id == second
    runs = recorder.log.db.execute("SELECT count(*) FROM runs WHERE outcome IS NOT NULL").fetchone()[0]
    escalated = recorder.log.db.execute(
        "SELECT count(*) FROM runs WHERE outcome IS NOT NULL AND cloud_calls > 0"
    ).fetchone()[0]
    assert only.escalation_before is not None and only.escalation_after is not None
    assert (only.escalation_before.runs, only.escalation_before.escalated) == (runs - 1, escalated)
    assert (only.escalation_after.runs, only.escalation_after.escalated) == (1, 0)

    done = training.rollback(settings)
    assert done.rolled.id == second and done.restored is not None and done.restored.id == first
    assert [s.promotion.id for s in training.status(settings).specialists] == [first]


def test_without_a_run_log_the_escalation_rates_are_unknown(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    promote(settings, "a.gguf", 0.7)
    (only,) = training.status(settings).specialists
    assert only.escalation_before is None and only.escalation_after is None


def test_a_damaged_promotions_record_is_a_problem_in_the_status_not_an_exception(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    settings.training_dir.mkdir(parents=True)
    (settings.training_dir / "promotions.json").write_text("{damaged")
    now = training.status(settings)
    assert now.specialists == () and now.specialists_problem is not None
    assert "move it aside" in now.specialists_problem


def test_deskhand_train_prints_the_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(data_dir=tmp_path)
    monkeypatch.setenv("DESKHAND_HOME", str(tmp_path))  # where `deskhand` reads its settings
    promote(settings, "a.gguf", 0.7)
    now = training.status(settings)
    assert main(["train"]) == 0
    out = capsys.readouterr().out
    assert "dataset: none yet" in out and "clusters: none yet" in out
    (only,) = now.specialists
    assert f"#{only.promotion.id} grounder / cluster 0 (grounder: mail, subject): accuracy 50% -> 70%" in out


def test_fine_tune_config_keeps_the_defaults_not_chosen() -> None:
    default = training.fine_tune_config()
    chosen = training.fine_tune_config(epochs=1)
    assert chosen.epochs == 1 and chosen.max_examples == default.max_examples
    assert training.fine_tune_config(max_examples=4).max_examples == 4


def test_run_all_stops_after_finding_tasks_when_none_is_ready(
    recorder: RunRecorder, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    record_families(recorder, rounds=1)
    settings = Settings(data_dir=tmp_path, min_cluster_examples=1000)
    exported, found = training.run_all(settings)
    assert isinstance(exported, training.Exported) and isinstance(found, training.Found)
    assert found.clusters and found.ready == []

    monkeypatch.setenv("DESKHAND_HOME", str(tmp_path))
    assert main(["train", "run", "--yes"]) == 1  # nothing was specialized
    assert "no cluster is ready yet" in capsys.readouterr().out
    with pytest.raises(TrainingError, match="no run log at"):
        list(training.run_all(Settings(data_dir=tmp_path / "empty")))
