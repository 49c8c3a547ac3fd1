"""A real run log for the conversion loop's tests, written the way the product writes it.

`RunRecorder.run()` drives the real controller over a simulated form (tests/fakes.py) with a
scripted local model, optionally consulting a real OpenAI-compatible stand-in on 127.0.0.1
through the real gate, scrubber and CloudRuntime, and records every step with the run
service's own `step_record` into a real SQLite run log. The rows are therefore shaped exactly like
those of `deskhand run` (compare a `deskhand demo` database).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.agent.controller import Controller, Tier
from app.agent.specialists import Actor, Grounder, Planner
from app.agent.steps import Box, ElementKind, Step, Task
from app.privacy.gate import Gate
from app.privacy.scrub import Scrubber
from app.runtimes.cloud import CloudRuntime, Provider
from app.services.run import finish, step_record
from app.store.db import open_db
from app.store.log import RunLog
from tests.cloud_server import CloudStandIn, cloud_stand_in
from tests.fakes import FakeForm, FakeHands, ScriptedRuntime, Widget

LOCAL_MODEL = "SmolLM2-135M-Instruct.Q4_1.gguf"


def mail_form(notes: Sequence[str] = ()) -> FakeForm:
    """A second program, unlike the sign-up form: writing a message."""
    row = lambda i: 20 + 40 * i  # noqa: E731
    return FakeForm(
        widgets=[
            Widget(ElementKind.FIELD, "Recipient", Box(120, row(0), 200, 24)),
            Widget(ElementKind.FIELD, "Subject", Box(120, row(1), 200, 24)),
            Widget(ElementKind.FIELD, "Message body", Box(120, row(2), 200, 24)),
            Widget(ElementKind.CHECKBOX, "Request read receipt", Box(20, row(3), 16, 16)),
            Widget(ElementKind.BUTTON, "Send", Box(20, row(4), 80, 28)),
            Widget(ElementKind.BUTTON, "Attach file", Box(120, row(4), 80, 28)),
            Widget(ElementKind.BUTTON, "Discard draft", Box(220, row(4), 80, 28)),
        ],
        notes=list(notes),
    )


@dataclass
class RunRecorder:
    log: RunLog
    server: CloudStandIn

    def run(
        self,
        task: str,
        *local_replies: str | dict[str, Any],
        form: FakeForm | None = None,
        cloud: str | None = None,
        rating: str | None = None,
        dry_run: bool = False,
    ) -> int:
        """Run `task` and log it; `cloud` is the stand-in's reply when the router escalates."""
        form = form or FakeForm.standard()
        run_id = self.log.start_run(task, model=LOCAL_MODEL, dry_run=dry_run, display=":0")
        tiers: tuple[Tier, ...] = ()
        if cloud is not None:
            reply = cloud
            self.server.reply = lambda _request: reply
            runtime = CloudRuntime(
                Provider("stand-in", self.server.url, "big-model"),
                gate=Gate("always", self.log.ledger(run_id)),
                scrubber=Scrubber(),
                retries=0,
            )
            tiers = (Tier("cloud", Grounder(runtime, orders=1), Actor(runtime), Planner(runtime)),)
        local = ScriptedRuntime(*local_replies)
        local.name, local.model = "llama.cpp", LOCAL_MODEL
        controller = Controller(
            screen=form,
            hands=FakeHands(form),
            grounder=Grounder(local),
            actor=Actor(local),
            confirm=lambda _question: True,  # the person allows what the policy asks about
            settle_s=0.0,
            tiers=tiers,
        )
        for item in controller.run(Task(task, dry_run=dry_run)):
            if isinstance(item, Step):
                self.log.record_step(run_id, step_record(item), item.lm_calls)
            else:
                finish(self.log, run_id, item, 0.1)
        assert not local.replies, f"unused scripted replies: {list(local.replies)}"
        if rating is not None:
            self.log.rate_run(run_id, rating)
        return run_id


@pytest.fixture
def recorder(tmp_path: Path) -> Iterator[RunRecorder]:
    with cloud_stand_in() as server:
        yield RunRecorder(RunLog(open_db(tmp_path / "deskhand.db")), server)
