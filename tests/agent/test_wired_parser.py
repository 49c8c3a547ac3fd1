"""Given a real dialog and a sentence no pattern understands, the parser specialist loaded as a
run loads it (the built-in model with its shipped adapter) reads the goals, the loop acts on
them, and the run log holds the parser's call.

The run goes through `TaskRun` with the models the service builds (`load_runtimes`,
`load_parser`), on zenity on the session's Xvfb display; the judge is what zenity prints.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest

from app.agent.parser import ADAPTER_PATH
from app.agent.steps import Plan, Step, Task
from app.config import Settings
from app.desktop.actions import Hands
from app.desktop.elements import Role
from app.desktop.perception.bus import program_env
from app.desktop.sandbox import VirtualDisplay
from app.desktop.screen import ScreenReader
from app.runtimes.pool import ModelPool
from app.services.run import RunRequest, RunResult, Session, Sessions, TaskRun, load_parser, load_runtimes
from app.store.log import open_log
from tests.fakes import no_confirm

pytestmark = [pytest.mark.display, pytest.mark.model]

#: The grammar reads nothing in it; the specialist reads: type the address, press OK.
TASK = "the email address kim@mail.com and the OK button"


@pytest.fixture
def form(virtual_display: VirtualDisplay) -> Iterator[subprocess.Popen[str]]:
    if shutil.which("zenity") is None:
        pytest.skip("zenity is not installed (install.sh installs it)")
    args = ["zenity", "--forms", "--title=Sign up", "--text=Your details", "--add-entry=Email address"]
    process = subprocess.Popen(
        args, env=program_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    reader, deadline = ScreenReader(), time.monotonic() + 20
    while not any(e.role is Role.BUTTON and e.name == "OK" for e in reader.observe().elements):
        assert time.monotonic() < deadline, "the form never showed its OK button"
        time.sleep(0.2)
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate()


def test_the_parser_reads_an_unknown_task_and_its_goals_are_done_on_a_real_form(
    form: subprocess.Popen[str],
) -> None:
    settings = Settings(settle_s=0.4)
    pool = ModelPool(settings.models_dir, threads=settings.threads)
    parser = load_parser(pool)
    assert parser is not None and parser.model.endswith("+" + ADAPTER_PATH.name), pool.notices
    session = Session(load_runtimes(pool), ScreenReader(), Hands(), pool, parser=parser)
    run = TaskRun(
        settings, RunRequest(Task(TASK, 8)), confirm=no_confirm, sessions=Sessions(lambda _: session)
    )
    events = list(run.events())
    result = events[-1]
    assert isinstance(result, RunResult)
    steps = [e for e in events if isinstance(e, Step)]
    assert result.outcome.status == "done", [s.note for s in steps]
    plan = steps[0]
    assert isinstance(plan.action, Plan) and plan.decided_by == "local", plan.note
    out, _ = form.communicate(timeout=10)
    assert out.strip() == "kim@mail.com"

    log = open_log(settings.db_path)
    calls = log.calls_of(result.run_id or 0)
    assert [c["role"] for c in calls] == ["parser"]
    assert calls[0]["model"] == parser.model
    log.db.close()
    pool.close()
