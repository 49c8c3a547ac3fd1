"""End to end with a consultant: the local model fails on purpose, the cloud stand-in answers.

Real Xvfb, the real practice form, real OCR and real mouse/keyboard; the run goes through the
composition root (`app.main.execute`) with the real gate, scrubber, cloud runtime, run log and
outbound ledger. The local runtime is scripted to emit garbage, so the router must escalate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.agent.steps import Step, Task
from app.config import Settings
from app.desktop.actions import Hands
from app.desktop.practice import PracticeApp
from app.desktop.screen import ScreenReader
from app.main import Escalation, RunResult, Session, escalation_figures, execute, open_log
from app.runtimes.catalog import RemoteServer
from app.runtimes.cloud import Provider
from tests.cloud_server import cloud_stand_in
from tests.fakes import ScriptedRuntime, no_confirm

pytestmark = [pytest.mark.display]


def test_the_cloud_rescues_a_failing_local_model(practice_app: PracticeApp, deskhand_home: Path) -> None:
    settings = Settings()
    log = open_log(settings)
    garbage = ScriptedRuntime("{not json", "still }{ not json")
    session = Session(
        runtimes={"grounder": garbage, "actor": garbage},  # type: ignore[dict-item]
        screen=ScreenReader(),
        hands=Hands(),
    )
    with cloud_stand_in() as server:
        server.reply = lambda _request: '{"element": "Email"}'
        escalation = Escalation("always", Provider("stand-in", server.url, "big-model"))
        task = Task("Type linus@example.org into the e-mail address box")
        run_id = log.start_run(task.text, model="scripted", dry_run=False, display="")
        items = list(execute(settings, log, session, task, run_id, no_confirm, escalation))
    result = items[-1]
    assert isinstance(result, RunResult)
    assert result.outcome.status == "done", result.outcome.reason
    assert practice_app.state()["email"] == "linus@example.org"
    assert result.outcome.cloud_calls == 1 and len(server.requests) == 1
    (step,) = [i for i in items if isinstance(i, Step)]
    assert step.decided_by == "cloud" and "unusable" in step.route
    (row,) = log.outbound()
    assert row["allowed"] == 1 and row["status"] == "answered" and row["run_id"] == run_id
    (logged,) = log.steps_of(run_id)
    assert logged["decided_by"] == "cloud" and logged["route"] == step.route
    run = log.recent_runs(1)[0]
    assert (run["cloud_calls"], run["outcome"]) == (1, "done")
    figures = escalation_figures(settings)
    assert (figures["cloud_calls"], figures["local_calls"], figures["escalation_rate"]) == (1, 1, 1.0)


def test_a_role_bound_to_a_trusted_server_does_the_work(
    practice_app: PracticeApp, deskhand_home: Path
) -> None:
    """The grounder is a model server on the person's network: it answers instead of the local
    model, nothing is asked or ledgered, and the log names the server."""
    settings = Settings()
    log = open_log(settings)
    garbage = ScriptedRuntime("{not json", "still }{ not json")
    with cloud_stand_in() as server:
        server.reply = lambda _request: '{"element": "Email"}'
        session = Session(
            runtimes={"grounder": garbage, "actor": garbage},  # type: ignore[dict-item]
            screen=ScreenReader(),
            hands=Hands(),
            servers={"grounder": RemoteServer("team", server.url, "big-model", trusted=True)},
        )
        task = Task("Type linus@example.org into the e-mail address box")
        run_id = log.start_run(task.text, model="scripted", dry_run=False, display="")
        items = list(execute(settings, log, session, task, run_id, no_confirm, Escalation()))
    result = items[-1]
    assert isinstance(result, RunResult)
    assert result.outcome.status == "done", result.outcome.reason
    assert practice_app.state()["email"] == "linus@example.org"
    assert len(server.requests) == 1 and log.outbound() == []
    (call,) = log.calls_of(run_id)
    assert (call["runtime"], call["model"], call["valid"]) == ("server", "team:big-model", 1)
