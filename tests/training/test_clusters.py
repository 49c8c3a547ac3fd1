"""S3: examples exported from a real run log fall into tasks, measured on that log.

Two task families are recorded by the real controller (see conftest.py): finding fields of
the sign-up form, and finding the parts of a mail program, some of them rescued by the cloud
stand-in. Clustering must keep them apart without being told which is which.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.agent.specialists import Grounder
from app.store.log import RunLog
from app.training.clusters import TaskClusters, fit_clusters, normalise, user_message
from app.training.dataset import build_dataset
from app.training.examples import ChatExample, read_jsonl
from tests.fakes import FakeForm, ScriptedRuntime
from tests.training.conftest import RunRecorder, mail_form

FORM_TASKS = [
    ("e-mail address", "Email"),
    ("electronic mail", "Email"),
    ("person", "Name"),
    ("applicant", "Name"),
    # The sign-up form has no Result field: these runs fail, so the family's success rate is not 1.
    ("outcome", "Result"),
    ("final answer", "Result"),
]
MAIL_TASKS = [
    ("headline", "Subject"),
    ("topic of the letter", "Subject"),
    ("addressee", "Recipient"),
    ("who gets it", "Recipient"),
    ("text of the letter", "Message body"),
    ("main content", "Message body"),
]


def record_families(recorder: RunRecorder, rounds: int = 3) -> tuple[set[int], set[int]]:
    """Run ids of the form family and of the mail family; every second mail run escalates."""
    form_runs, mail_runs = set(), set()
    for n in range(rounds):
        for phrase, field in FORM_TASKS:
            form = FakeForm.standard()
            form.widget("Name").value = f"Visitor {n}" if field != "Name" else ""
            answer = {"element": field}
            form_runs.add(recorder.run(f"Type hello {n} into the {phrase} box", answer, answer, form=form))
        for i, (phrase, field) in enumerate(MAIL_TASKS):
            form = mail_form()
            task = f"Type Note {n} into the {phrase} box"
            if i % 2:  # the local grounder wavers between two wrong fields; the cloud decides
                wrong = [{"element": f} for f in ("Recipient", "Subject", "Message body") if f != field]
                run = recorder.run(task, *wrong, form=form, cloud=f'{{"element": "{field}"}}')
            else:
                run = recorder.run(task, {"element": field}, {"element": field}, form=form)
            mail_runs.add(run)
    return form_runs, mail_runs


def exported(recorder: RunRecorder, folder: Path) -> tuple[list[ChatExample], list[ChatExample]]:
    build_dataset(recorder.log.db, folder, seed=3, test_share=0.25)
    return list(read_jsonl(folder / "train.jsonl")), list(read_jsonl(folder / "test.jsonl"))


def grounder_prompt(description: str, form: FakeForm) -> str:
    """The user message the real grounder would send for `description` on `form`."""
    runtime = ScriptedRuntime({"element": "Subject"})
    Grounder(runtime, orders=1).pick(description, form.observe().elements)
    (messages, _), *_ = runtime.history
    return messages[-1].content


def expected_rates(log: RunLog, runs: set[int]) -> tuple[float, float]:
    """Local success rate and escalation share of these runs, read straight from the log."""
    calls = [c for r in runs for c in log.calls_of(r)]
    local = [c for c in calls if c["runtime"] != "cloud"]
    verified = {s["id"]: s["verified"] for r in runs for s in log.steps_of(r)}
    steps = {c["step_id"] for c in local}
    escalated = {c["step_id"] for c in calls if c["runtime"] == "cloud"}
    return (
        round(sum(verified[c["step_id"]] == 1 for c in local) / len(local), 4),
        round(len(escalated & steps) / len(steps), 4),
    )


def test_two_task_families_are_kept_apart_and_measured_on_the_log(
    recorder: RunRecorder, tmp_path: Path
) -> None:
    form_runs, mail_runs = record_families(recorder)
    train, test = exported(recorder, tmp_path / "ds")
    clusters = fit_clusters(train, test, min_examples=5, db=recorder.log.db, seed=0)
    labelled = clusters.label(train + test)
    families = {
        c.id: {e.run_id in mail_runs for e in labelled if e.cluster == c.id} for c in clusters.clusters
    }
    assert all(len(f) == 1 for f in families.values()), "a cluster mixes the two programs"
    assert {True, False} == {next(iter(f)) for f in families.values()}
    # 20 training examples with 5 needed per specialist allow up to 4 clusters; two is best.
    assert clusters.k == 2 and clusters.silhouette["grounder"] is not None
    (mail,) = [c for c in clusters.clusters if families[c.id] == {True}]
    (form,) = [c for c in clusters.clusters if families[c.id] == {False}]
    assert (mail.local_success_rate, mail.escalation_share) == expected_rates(recorder.log, mail_runs)
    assert (form.local_success_rate, form.escalation_share) == expected_rates(recorder.log, form_runs)
    assert mail.escalation_share == 0.5 and form.escalation_share == 0.0
    assert mail.local_calls == sum(
        1 for r in mail_runs for c in recorder.log.calls_of(r) if c["runtime"] != "cloud"
    )
    assert all(c.train_examples + c.test_examples > 0 for c in clusters.clusters)
    assert sum(c.train_examples for c in clusters.clusters) == len(train)
    assert all(c.role == "grounder" and c.name.startswith("grounder: ") for c in clusters.clusters)
    for cluster in clusters.clusters:
        assert cluster.ready == (cluster.train_examples >= 5 and cluster.test_examples > 0), cluster.why


def test_a_new_prompt_goes_to_its_task_and_a_foreign_one_to_none(
    recorder: RunRecorder, tmp_path: Path
) -> None:
    _, mail_runs = record_families(recorder, rounds=2)
    train, test = exported(recorder, tmp_path / "ds")
    clusters = fit_clusters(train, test, min_examples=5, seed=0)
    mail_clusters = {e.cluster for e in clusters.label(train) if e.run_id in mail_runs}
    unseen = grounder_prompt("the line saying what the letter is about", mail_form())
    assert clusters.assign(unseen) in mail_clusters
    foreign = "Summarise this quarterly report for the board in three bullet points."
    assert clusters.assign(foreign) is None
    clusters.save(tmp_path / "clusters")
    again = TaskClusters.load(tmp_path / "clusters")
    assert again.assign(unseen) == clusters.assign(unseen) and again.assign(foreign) is None
    assert [c.name for c in again.clusters] == [c.name for c in clusters.clusters]
    assert (tmp_path / "clusters" / "clusters.json").read_text().count('"typical"') == clusters.k


def test_step_variable_parts_do_not_make_a_new_task() -> None:
    first = grounder_prompt("headline", mail_form())
    filled = mail_form()
    filled.widget("Recipient").value = "ada@example.com"
    second = grounder_prompt("headline", filled)
    assert first != second and normalise(first) == normalise(second)
    assert "ada" not in normalise(second)


def test_one_kind_of_prompt_is_one_task_and_nothing_to_cluster_is_an_error(
    recorder: RunRecorder, tmp_path: Path
) -> None:
    for n in range(3):
        form = FakeForm.standard()
        form.widget("Name").value = f"Visitor {n}"
        recorder.run(
            "Type a@example.com into the e-mail address box",
            {"element": "Email"},
            {"element": "Email"},
            form=form,
        )
    train, _ = exported(recorder, tmp_path / "ds")
    clusters = fit_clusters(train, min_examples=50, db=recorder.log.db)
    (only,) = clusters.clusters
    assert (clusters.k, clusters.silhouette, only.local_calls, only.local_success_rate) == (
        1,
        {"grounder": None},
        6,
        1.0,
    )
    assert not only.ready and only.why == f"{len(train)} training examples; a specialist needs 50"
    assert only.typical in {user_message(e.prompt) for e in train} and clusters.assign(only.typical) == 0
    with pytest.raises(ValueError, match="no training examples"):
        fit_clusters([], min_examples=5)
    with pytest.raises(FileNotFoundError, match="cluster the dataset first"):
        TaskClusters.load(tmp_path / "nowhere")


def test_roles_are_clustered_apart_even_on_the_same_screen(recorder: RunRecorder, tmp_path: Path) -> None:
    for n, phrase in enumerate(["headline", "topic of the letter", "addressee", "who gets it"]):
        form = mail_form(notes=[f"Draft {n}"])
        field = "Subject" if n < 2 else "Recipient"
        recorder.run(
            f"Type Note {n} into the {phrase} box", {"element": field}, {"element": field}, form=form
        )
        # The actor acts once before it says done: a "done" before any checked action is not
        # believed (the run would not finish, and unfinished runs are not learned from).
        typed = {"action": "type", "target": "Message body", "text": f"Draft {n}"}
        done = {"action": "done"}  # a llama.cpp actor says done with nothing else
        recorder.run(f"Finish draft {n} as the note says", typed, done, form=mail_form(notes=[f"Draft {n}"]))
    train, test = exported(recorder, tmp_path / "ds")
    clusters = fit_clusters(train, test, min_examples=2, db=recorder.log.db)
    assert set(clusters.silhouette) == {"actor", "grounder"}
    assert all(
        clusters.clusters[e.cluster].role == e.role
        for e in clusters.label(train + test)
        if e.cluster is not None
    )
    actor_prompt = next(user_message(e.prompt) for e in train if e.role == "actor")
    (actor_cluster,) = [c.id for c in clusters.clusters if c.role == "actor"]
    assert clusters.assign(actor_prompt, role="actor") == actor_cluster
    assert clusters.nearest(actor_prompt, role="grounder")[0] != actor_cluster
