"""The permission gate and the cloud runtime against a real local HTTP server.

The server (tests/cloud_server.py) speaks OpenAI's chat-completions protocol and counts what
reaches it, so "nothing leaves" is measured where it would arrive.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.privacy.gate import Gate, Policy
from app.privacy.scrub import Scrubber
from app.runtimes.base import Message
from app.runtimes.cloud import CloudRuntime, CloudUnavailable, Provider
from app.store.db import open_db
from app.store.log import RunLog
from tests.cloud_server import CloudStandIn, cloud_stand_in
from tests.fakes import ListLedger

KEY = "sk-test-SECRETKEY-0123456789abcdef"
SCHEMA = {
    "type": "object",
    "properties": {"element": {"type": "string", "enum": ["Submit", "Clear"]}},
    "required": ["element"],
}
ASK = (Message("user", "Mail jane.doe@example.com the receipt. Which button sends it?"),)


@pytest.fixture
def server() -> Iterator[CloudStandIn]:
    with cloud_stand_in() as state:
        yield state


def cloud(server: CloudStandIn, gate: Gate, **kw: float) -> CloudRuntime:
    provider = Provider("stand-in", server.url, "big-model", KEY)
    return CloudRuntime(
        provider, gate=gate, scrubber=Scrubber(), timeout_s=kw.get("timeout_s", 5.0), retries=0
    )


@pytest.mark.parametrize("policy", ["never", "ask"])
def test_never_or_a_denied_ask_sends_nothing(server: CloudStandIn, policy: Policy) -> None:
    ledger = ListLedger()
    questions: list[str] = []
    gate = Gate(policy, ledger, ask=lambda q: questions.append(q) or False)
    with pytest.raises(CloudUnavailable):
        cloud(server, gate).complete(ASK, schema=SCHEMA)
    assert server.requests == []
    assert ledger.rows[0]["allowed"] is False and ledger.rows[0]["status"] == "blocked"
    if policy == "ask":
        assert "<EMAIL_1>" in questions[0] and "jane.doe@example.com" not in questions[0]


def test_ask_without_anyone_to_ask_means_no(server: CloudStandIn) -> None:
    gate = Gate("ask", ListLedger(), ask=None)
    with pytest.raises(CloudUnavailable, match="nobody to ask"):
        cloud(server, gate).complete(ASK, schema=SCHEMA)
    assert server.requests == []


def test_allowed_requests_carry_exactly_the_scrubbed_payload(server: CloudStandIn) -> None:
    server.reply = lambda _req: 'I would press {"element": "Submit"} for <EMAIL_1>'
    ledger = ListLedger()
    completion = cloud(server, Gate("always", ledger)).complete(ASK, schema=SCHEMA)
    (request,) = server.requests
    assert request["messages"] == [
        {"role": "user", "content": "Mail <EMAIL_1> the receipt. Which button sends it?"}
    ]
    assert json.loads(ledger.rows[0]["payload"]) == request["messages"]
    assert completion.json == {"element": "Submit"}
    assert "jane.doe@example.com" in completion.text  # placeholders map back locally
    assert ledger.rows[0]["status"] == "answered"


def test_images_need_their_own_permission(server: CloudStandIn) -> None:
    ledger = ListLedger()
    gate = Gate("always", ledger, images=False)
    permission = gate.request("stand-in", "m", "x", image=b"\x89PNG")
    assert not permission.allowed and "images were not allowed" in permission.reason
    assert ledger.rows[0]["allowed"] is False
    assert Gate("always", ListLedger(), images=True).request("stand-in", "m", "x", image=b"\x89PNG").allowed
    assert server.requests == []


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ({"status": 500}, "HTTP 500"),
        ({"malformed": True}, "malformed"),
        ({"delay_s": 2.0}, "timed out"),
    ],
)
def test_failures_end_in_a_clean_error_and_a_ledger_reason(
    server: CloudStandIn, setup: dict[str, object], message: str
) -> None:
    for key, value in setup.items():
        setattr(server, key, value)
    ledger = ListLedger()
    with pytest.raises(CloudUnavailable, match=message):
        cloud(server, Gate("always", ledger), timeout_s=0.5).complete(ASK, schema=SCHEMA)
    assert ledger.rows[0]["status"] == "failed" and message.split()[0] in ledger.rows[0]["error"]


def test_an_answer_off_the_schema_is_not_used(server: CloudStandIn) -> None:
    server.reply = lambda _req: '{"element": "Delete everything"}'
    with pytest.raises(CloudUnavailable, match="does not follow the schema"):
        cloud(server, Gate("always", ListLedger())).complete(ASK, schema=SCHEMA)


def test_a_cloud_runtime_cannot_exist_without_gate_and_scrubber(server: CloudStandIn) -> None:
    provider = Provider("x", server.url, "m", KEY)
    with pytest.raises(TypeError):
        CloudRuntime(provider, gate=None, scrubber=Scrubber())  # type: ignore[arg-type]


def test_the_key_never_reaches_sqlite_logs_or_errors(server: CloudStandIn, tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    log = RunLog(open_db(path), path)
    run_id = log.start_run("t", model="m", dry_run=False, display="")
    runtime = cloud(server, Gate("always", log.ledger(run_id)))
    runtime.complete(ASK, schema=SCHEMA)
    server.status = 500
    with pytest.raises(CloudUnavailable) as info:
        runtime.complete(ASK, schema=SCHEMA)
    headers = {k.lower(): v for k, v in server.headers[0].items()}
    assert headers["authorization"] == f"Bearer {KEY}"  # it was used...
    assert [r["status"] for r in log.outbound()] == ["failed", "answered"]
    log.db.conn.close()
    blob = b"".join(p.read_bytes() for p in tmp_path.glob("d.db*"))
    assert KEY.encode() not in blob  # ...but never stored
    assert KEY not in str(info.value) and KEY not in repr(runtime.provider)
