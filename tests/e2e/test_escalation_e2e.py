"""End to end with a consultant: the local model fails on purpose, the cloud stand-in answers.

Real Xvfb, the real practice form, real OCR and real mouse/keyboard; the run goes through the
run service (`app.services.run.TaskRun`) with the real gate, scrubber, cloud runtime, run log and
outbound ledger. The local runtime is scripted to emit garbage, so the router must escalate.
"""

from __future__ import annotations

import base64
import hashlib
import io
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from app.agent.steps import Step, Task
from app.config import Settings
from app.desktop.actions import Hands
from app.desktop.practice import PracticeApp
from app.desktop.screen import ScreenReader
from app.runtimes.catalog import RemoteServer
from app.services.cloud import CloudChoice, Provider
from app.services.insights import escalation_figures
from app.services.run import RunEvent, RunRequest, RunResult, Session, Sessions, TaskRun
from app.store.log import open_log
from tests.cloud_server import cloud_stand_in
from tests.fakes import ScriptedRuntime, no_confirm

pytestmark = [pytest.mark.display]


def run_with(settings: Settings, session: Session, task: Task, cloud: CloudChoice) -> list[RunEvent]:
    """Every event of one run on the given models; nothing is asked (the person says no)."""
    sessions = Sessions(lambda _settings: session)
    run = TaskRun(settings, RunRequest(task, cloud), confirm=no_confirm, sessions=sessions)
    return list(run.events())


def test_the_cloud_rescues_a_failing_local_model(practice_app: PracticeApp, deskhand_home: Path) -> None:
    settings = Settings()
    log = open_log(settings.db_path)
    garbage = ScriptedRuntime("{not json", "still }{ not json")
    session = Session(
        runtimes={"grounder": garbage, "actor": garbage},  # type: ignore[dict-item]
        screen=ScreenReader(),
        hands=Hands(),
    )
    with cloud_stand_in() as server:
        server.reply = lambda _request: '{"element": "Email"}'
        cloud = CloudChoice("always", provider=Provider("stand-in", server.url, "big-model"))
        task = Task("Type linus@example.org into the e-mail address box")
        items = run_with(settings, session, task, cloud)
    result = items[-1]
    assert isinstance(result, RunResult) and result.run_id is not None
    run_id = result.run_id
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
    assert (figures.cloud_calls, figures.local_calls, figures.escalation_rate) == (1, 1, 1.0)


def test_with_screenshots_allowed_the_cloud_sees_the_form_with_the_name_blacked_out(
    practice_app: PracticeApp, deskhand_home: Path
) -> None:
    """Code types the name; the e-mail box goes to the cloud with a screenshot. The stand-in
    answers only a request that carries one; OCR of what it received finds the form's words
    but not the typed name."""
    settings = Settings()
    log = open_log(settings.db_path)
    garbage = ScriptedRuntime(*["{not json"] * 4)
    session = Session(
        runtimes={"grounder": garbage, "actor": garbage},  # type: ignore[dict-item]
        screen=ScreenReader(),
        hands=Hands(),
    )

    def images_of(request: dict[str, Any]) -> list[bytes]:
        parts = [p for m in request["messages"] if isinstance(m["content"], list) for p in m["content"]]
        urls = [p["image_url"]["url"] for p in parts if p["type"] == "image_url"]
        return [base64.b64decode(u.removeprefix("data:image/png;base64,")) for u in urls]

    with cloud_stand_in() as server:
        server.reply = lambda request: '{"element": "Email"}' if images_of(request) else "no screenshot"
        cloud = CloudChoice("always", images=True, provider=Provider("stand-in", server.url, "big-model"))
        task = Task(
            "Type Ada Lovelace into the Name field and type linus@example.org into the e-mail address box"
        )
        items = run_with(settings, session, task, cloud)
    result = items[-1]
    assert isinstance(result, RunResult)
    assert result.outcome.status == "done", result.outcome.reason
    assert practice_app.state()["name"] == "Ada Lovelace"
    assert practice_app.state()["email"] == "linus@example.org"
    (request,) = server.requests
    (png,) = images_of(request)
    picture = Image.open(io.BytesIO(png))
    assert picture.format == "PNG" and picture.width <= 1024
    seen = " ".join(line.text for line in ScreenReader().read_text(np.asarray(picture.convert("RGB"))))
    assert "Practice form" in seen and "Submit" in seen and "Ada" not in seen, seen
    (row,) = log.outbound()
    assert row["status"] == "answered" and f"sha256 {hashlib.sha256(png).hexdigest()}" in row["payload"]
    assert "(NAME, PASSWORD)" in row["payload"] and "base64" not in row["payload"]


def test_a_role_bound_to_a_trusted_server_does_the_work(
    practice_app: PracticeApp, deskhand_home: Path
) -> None:
    """The grounder is a model server on the person's network: it answers instead of the local
    model, nothing is asked or ledgered, and the log names the server."""
    settings = Settings()
    log = open_log(settings.db_path)
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
        items = run_with(settings, session, task, CloudChoice())
    result = items[-1]
    assert isinstance(result, RunResult) and result.run_id is not None
    run_id = result.run_id
    assert result.outcome.status == "done", result.outcome.reason
    assert practice_app.state()["email"] == "linus@example.org"
    assert len(server.requests) == 1 and log.outbound() == []
    (call,) = log.calls_of(run_id)
    assert (call["runtime"], call["model"], call["valid"]) == ("server", "team:big-model", 1)
