"""A role bound to a model server on the network: described, bound, and answered over HTTP.

The server is a real local HTTP server speaking the OpenAI protocol (tests/cloud_server.py);
the gate and the ledger are the real ones over a real SQLite run log.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.privacy.secrets import ENV_KEY
from app.runtimes.base import Message, ModelNotFoundError
from app.runtimes.catalog import RemoteServer, add_server, bind_role, servers, use_model
from app.runtimes.cloud import RemoteRole
from app.services.cloud import Escalation
from app.services.run import Session, run_runtimes, server_notice
from app.store.db import open_db
from app.store.log import RunLog
from tests.cloud_server import cloud_stand_in
from tests.fakes import ScriptedRuntime
from tests.runtimes.test_model_manager import closed_port, deskhand

SCHEMA = {"type": "object", "properties": {"element": {"enum": ["Email", "Name"]}}, "required": ["element"]}
ASK = (Message("system", "Pick the element."), Message("user", "Write to ada@example.org: which field?"))


def bind_grounder(models_dir: Path, url: str, *, trusted: bool) -> RemoteServer:
    add_server(RemoteServer("team", url, "big-model", trusted), models_dir)
    use_model("grounder", "server:team", models_dir)
    binding = bind_role("grounder", models_dir)
    assert binding.server is not None
    return binding.server


def session_with(server: RemoteServer) -> Session:
    local = ScriptedRuntime('{"element": "Name"}')
    return Session(
        runtimes={"grounder": local, "actor": local}, screen=None, hands=None, servers={"grounder": server}
    )  # type: ignore[arg-type,dict-item]


@pytest.fixture
def log(tmp_path: Path) -> RunLog:
    return RunLog(open_db(tmp_path / "runs.db"), tmp_path / "runs.db")


def test_a_described_server_is_bound_and_kept_beside_file_bindings(tmp_path: Path) -> None:
    models = tmp_path / "models"
    server = bind_grounder(models, "http://gpu-box.lan:8000/v1", trusted=False)
    use_model("actor", "smollm2-135m-instruct", models)

    assert servers(models) == {"team": server}
    assert (server.host, server.model, server.trusted) == ("gpu-box.lan", "big-model", False)
    assert bind_role("grounder", models).server == server
    assert bind_role("actor", models).server is None
    # The built-in model stands by for runs that may not ask an untrusted server.
    assert bind_role("grounder", models).path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"


def test_binding_an_undescribed_server_or_a_bad_url_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="no server named 'nowhere'"):
        use_model("grounder", "server:nowhere", tmp_path)
    with pytest.raises(ValueError, match="not an http"):
        add_server(RemoteServer("x", "gpu-box:8000", "m"), tmp_path)
    assert not (tmp_path / "roles.toml").exists()


def test_a_trusted_server_answers_directly_unscrubbed_and_unledgered(tmp_path: Path, log: RunLog) -> None:
    with cloud_stand_in() as stand_in:
        stand_in.reply = lambda _request: '{"element": "Email"}'
        server = bind_grounder(tmp_path, stand_in.url, trusted=True)
        run_id = log.start_run("t", model="m", dry_run=False, display="")
        runtime = run_runtimes(session_with(server), Escalation(), log.ledger(run_id), lambda _q: False)[
            "grounder"
        ]
        completion = runtime.complete(ASK, schema=SCHEMA)

    assert isinstance(runtime, RemoteRole) and runtime.name == "server"
    assert completion.json == {"element": "Email"} and completion.error is None
    (request,) = stand_in.requests
    assert "ada@example.org" in request["messages"][1]["content"]  # trusted: the person's own host
    assert log.outbound() == []
    assert "marked trusted" in server_notice("grounder", server)


def test_an_untrusted_server_with_cloud_use_off_is_never_asked(tmp_path: Path, log: RunLog) -> None:
    with cloud_stand_in() as stand_in:
        server = bind_grounder(tmp_path, stand_in.url, trusted=False)
        session = session_with(server)
        run_id = log.start_run("t", model="m", dry_run=False, display="")
        runtime = run_runtimes(session, Escalation("never"), log.ledger(run_id), lambda _q: True)["grounder"]
        completion = runtime.complete(ASK, schema=SCHEMA)

    assert runtime is session.runtimes["grounder"] and completion.json == {"element": "Name"}
    assert stand_in.requests == [] and log.outbound() == []
    assert "treated as the cloud" in server_notice("grounder", server)


def test_an_untrusted_server_goes_through_the_gate_like_the_cloud(tmp_path: Path, log: RunLog) -> None:
    asked: list[str] = []

    def deny(question: str) -> bool:
        asked.append(question)
        return False

    with cloud_stand_in() as stand_in:
        stand_in.reply = lambda _request: '{"element": "Email"}'
        server = bind_grounder(tmp_path, stand_in.url, trusted=False)
        run_id = log.start_run("t", model="m", dry_run=False, display="")
        denied = run_runtimes(session_with(server), Escalation("ask"), log.ledger(run_id), deny)["grounder"]
        refused = denied.complete(ASK, schema=SCHEMA)
        allowed = run_runtimes(session_with(server), Escalation("run"), log.ledger(run_id), deny)["grounder"]
        answered = allowed.complete(ASK, schema=SCHEMA)

    # Denied: nothing reached the server; the answer is unusable and says why.
    assert len(asked) == 1 and "team" in asked[0]
    assert refused.json is None and refused.error is not None and "not sent to team" in refused.error
    # Allowed for the run: it arrived scrubbed, and both requests are in the ledger.
    assert answered.json == {"element": "Email"}
    (request,) = stand_in.requests
    assert "ada@example.org" not in request["messages"][1]["content"]
    assert [row["allowed"] for row in reversed(log.outbound())] == [0, 1]


def test_a_dead_server_is_an_unusable_answer_not_a_crash(tmp_path: Path, log: RunLog) -> None:
    server = bind_grounder(tmp_path, f"http://127.0.0.1:{closed_port()}/v1", trusted=True)
    run_id = log.start_run("t", model="m", dry_run=False, display="")
    runtime = run_runtimes(session_with(server), Escalation(), log.ledger(run_id), lambda _q: False)[
        "grounder"
    ]
    completion = runtime.complete(ASK, schema=SCHEMA)
    assert completion.json is None and completion.error == "team is unreachable or sent a malformed reply"


def test_the_cloud_key_in_the_environment_never_goes_to_a_server(
    tmp_path: Path, log: RunLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_KEY, "sk-cloud-only")
    with cloud_stand_in() as stand_in:
        server = bind_grounder(tmp_path, stand_in.url, trusted=True)
        run_id = log.start_run("t", model="m", dry_run=False, display="")
        runtime = run_runtimes(session_with(server), Escalation(), log.ledger(run_id), lambda _q: False)
        runtime["grounder"].complete(ASK, schema=SCHEMA)
    (headers,) = stand_in.headers
    assert "sk-cloud-only" not in str(headers)


def test_the_server_commands_as_a_person_runs_them(deskhand_home: Path) -> None:
    added = deskhand("models", "server", "team", "--url", "http://gpu-box.lan:8000/v1", "--model", "qwen3-4b")
    assert added.returncode == 0, added.stderr
    assert "not trusted: treated as the cloud" in added.stdout
    trusted = deskhand("models", "server", "team", "--trusted")  # keeps the URL and model
    assert trusted.returncode == 0 and "trusted: calls skip the permission gate" in trusted.stdout
    assert deskhand("models", "use", "grounder", "server:team").returncode == 0
    listing = deskhand("models")
    assert "grounder   server:team -> http://gpu-box.lan:8000/v1 model qwen3-4b (trusted)" in listing.stdout
    missing = deskhand("models", "server", "other", "--trusted")
    assert missing.returncode == 2 and "needs --url and --model" in missing.stderr
