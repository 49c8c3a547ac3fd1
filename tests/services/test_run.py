"""The run service: one flow from opening the log to the finished run row, for both faces.

Given a simulated form (tests/fakes.py) and a real SQLite run log, a run yields its start, each
step and its result, and the log says the same; a stop asked through the service ends the run
with the controller's own "stopped" outcome; a problem before the start still leaves a complete
summary and a finished "failed" row.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from app.agent.steps import Step, Task
from app.config import Settings
from app.desktop.screen import DisplayError
from app.services.cloud import CloudChoice
from app.services.run import Progress, RunRequest, RunResult, RunStarted, Session, Sessions, TaskRun
from app.store.log import open_log
from tests.fakes import FakeForm, FakeHands, ScriptedRuntime, no_confirm

SUMMARY_KEYS = {"run_id", "task", "outcome", "steps", "lm_calls", "local_calls", "cloud_calls", "wall_s"}
TASK = "Type Ada into the Name field, type ada@example.com into the Email field and click Submit"


@contextmanager
def fake_display() -> Iterator[str]:
    yield ":fake"


def place() -> AbstractContextManager[str]:
    return fake_display()


def settings_in(folder: Path) -> Settings:
    return Settings(data_dir=folder, settle_s=0.0)


def form_session(form: FakeForm, runtime: ScriptedRuntime | None = None) -> Sessions:
    # By default code grounds every part of TASK: no model is asked.
    model = runtime or ScriptedRuntime()
    session = Session(
        runtimes={"grounder": model, "actor": model},  # type: ignore[dict-item]
        screen=form,  # type: ignore[arg-type]
        hands=FakeHands(form),  # type: ignore[arg-type]
    )
    return Sessions(lambda _settings: session)


def test_a_run_yields_its_start_steps_and_result_and_the_log_says_the_same(tmp_path: Path) -> None:
    form = FakeForm.standard()
    settings = settings_in(tmp_path)
    run = TaskRun(
        settings, RunRequest(Task(TASK), place=place), confirm=no_confirm, sessions=form_session(form)
    )
    events = list(run.events())

    assert isinstance(events[0], Progress)
    started, *steps, result = events[1:]
    assert isinstance(started, RunStarted) and started.models == "scripted"
    assert all(isinstance(s, Step) for s in steps) and len(steps) == 3
    assert isinstance(result, RunResult) and result.done and result.started
    assert result.summary().keys() == SUMMARY_KEYS
    assert form.state["pressed"] == ["Submit"]
    row = open_log(settings.db_path).recent_runs(1)[0]
    assert (row["id"], row["outcome"], row["steps"], row["display"]) == (started.run_id, "done", 3, ":fake")


def test_stop_through_the_service_ends_with_the_controllers_stopped_outcome(tmp_path: Path) -> None:
    form = FakeForm.standard()
    settings = settings_in(tmp_path)
    run = TaskRun(
        settings, RunRequest(Task(TASK), place=place), confirm=no_confirm, sessions=form_session(form)
    )
    events: list[object] = []
    for event in run.events():
        events.append(event)
        if isinstance(event, Step):
            run.stop()

    result = events[-1]
    assert isinstance(result, RunResult)
    assert (result.outcome.status, result.outcome.reason) == ("stopped", "stopped by the person")
    assert result.outcome.steps == 1 and [e for e in events if isinstance(e, Step)] == events[2:3]
    assert "Submit" not in form.state["pressed"]
    summary = result.summary()
    assert summary.keys() == SUMMARY_KEYS | {"error"} and summary["outcome"] == "stopped"
    row = open_log(settings.db_path).recent_runs(1)[0]
    assert (row["id"], row["outcome"], row["steps"]) == (result.run_id, "stopped", 1)
    assert row["finished_at"] is not None


def test_a_run_being_stopped_answers_every_question_no(tmp_path: Path) -> None:
    asked: list[str] = []

    def yes(question: str) -> bool:
        asked.append(question)
        return True

    run = TaskRun(settings_in(tmp_path), RunRequest(Task(TASK)), confirm=yes)
    assert run.confirm("Click Delete?") and run.ask("Send this?")
    run.stop()
    assert not run.confirm("Click Delete?") and not run.ask("Send this?")
    assert asked == ["Click Delete?", "Send this?"]


def test_yes_confirms_every_action_unasked_but_not_the_cloud_gate_nor_a_stopping_run(
    tmp_path: Path,
) -> None:
    run = TaskRun(settings_in(tmp_path), RunRequest(Task(TASK), yes=True), confirm=no_confirm)
    assert run.confirm("Click Delete?") and not run.ask("Send this?")
    run.stop()
    assert not run.confirm("Click Delete?")


def test_yes_lets_a_run_press_what_a_model_picked(tmp_path: Path) -> None:
    form = FakeForm.standard()
    runtime = ScriptedRuntime(
        {"action": "click", "target": "Delete", "text": ""},
        {"action": "done", "target": "Submit", "text": ""},
    )
    sessions = form_session(form, runtime)
    request = RunRequest(Task("Tidy up this form somehow"), place=place, yes=True)
    events = list(TaskRun(settings_in(tmp_path), request, confirm=no_confirm, sessions=sessions).events())
    assert form.state["pressed"][0] == "Delete"
    assert next(e.verdict for e in events if isinstance(e, Step)) == "confirmed"


def test_a_problem_at_the_start_gives_a_complete_summary_and_a_finished_failed_row(tmp_path: Path) -> None:
    def no_display(_settings: Settings) -> Session:
        raise DisplayError("no X display: start Deskhand from your desktop, or use `deskhand demo`")

    settings = settings_in(tmp_path)
    run = TaskRun(
        settings,
        RunRequest(Task("Click Submit"), place=place),
        confirm=no_confirm,
        sessions=Sessions(no_display),
    )
    *_, result = run.events()

    assert isinstance(result, RunResult) and not result.started and result.run_id is not None
    summary = result.summary()
    assert summary.keys() == SUMMARY_KEYS | {"error"}
    assert (summary["outcome"], summary["steps"], summary["lm_calls"]) == ("failed", 0, 0)
    assert "no X display" in summary["error"]
    row = open_log(settings.db_path).recent_runs(1)[0]
    assert (row["id"], row["outcome"], row["steps"]) == (result.run_id, "failed", 0)
    assert "no X display" in row["reason"] and row["finished_at"] is not None


def test_cloud_use_without_a_provider_cannot_start_and_says_what_to_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DESKHAND_CLOUD_BASE_URL", "DESKHAND_CLOUD_MODEL"):
        monkeypatch.delenv(name, raising=False)
    settings = settings_in(tmp_path)
    request = RunRequest(Task(TASK), CloudChoice("ask"), place=place)
    *_, result = TaskRun(
        settings, request, confirm=no_confirm, sessions=form_session(FakeForm.standard())
    ).events()

    assert isinstance(result, RunResult) and not result.started
    assert result.error is not None and "needs a cloud provider" in result.error
    assert open_log(settings.db_path).recent_runs(1)[0]["outcome"] == "failed"


def test_an_unusable_database_is_a_summary_without_a_run_id(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite" * 50)
    settings = Settings(data_dir=tmp_path, db_path_override=bad)
    (result,) = TaskRun(settings, RunRequest(Task("Click Submit")), confirm=no_confirm).events()

    assert isinstance(result, RunResult) and not result.started
    assert result.summary()["run_id"] is None and "not a Deskhand database" in result.summary()["error"]
