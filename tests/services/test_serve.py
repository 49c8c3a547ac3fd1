"""`deskhand serve`: a stock OpenAI client against a real child process on the built-in model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import openai
import pytest

from app.config import Settings
from app.services.serve import ServeError, check_bind, recent_served_calls, served_models
from tests.command import ROOT

PICK = {
    "type": "object",
    "properties": {
        "color": {"type": "string", "enum": ["red", "green", "blue"]},
        "count": {"type": "integer"},
    },
    "required": ["color", "count"],
    "additionalProperties": False,
}


@pytest.fixture
def served(deskhand_home: Path) -> Iterator[str]:
    """`deskhand serve --port 0` in a child process; yields its base URL, stops it with SIGTERM."""
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--port", "0"],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first.startswith("serving the local models on http://127.0.0.1:"), first + child.stderr.read()
    try:
        yield first.split(" on ", 1)[1].split()[0]
    finally:
        child.terminate()
        out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert "stopped serving" in out and "Traceback" not in err


@pytest.mark.model
def test_a_stock_openai_client_gets_a_schema_valid_answer_and_the_call_is_logged(
    served: str, deskhand_home: Path
) -> None:
    client = openai.OpenAI(base_url=served, api_key="not needed")
    assert {"actor", "grounder"} <= {model.id for model in client.models.list()}

    reply = client.chat.completions.create(
        model="actor",
        messages=[{"role": "user", "content": "Name a color and a number."}],
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "pick", "schema": PICK, "strict": True},
        },
        max_tokens=40,
    )
    answer = reply.choices[0].message.content
    assert answer is not None and reply.choices[0].finish_reason == "stop"
    jsonschema.validate(json.loads(answer), PICK)
    assert reply.usage is not None and reply.usage.completion_tokens > 0

    chunks = client.chat.completions.create(
        model="actor", messages=[{"role": "user", "content": "Say hi."}], max_tokens=8, stream=True
    )
    streamed = "".join(chunk.choices[0].delta.content or "" for chunk in chunks)
    assert streamed.strip()

    with pytest.raises(openai.NotFoundError, match="GET /v1/models lists them"):
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])

    calls = recent_served_calls(Settings())
    assert [c.output for c in calls] == [streamed, answer]  # newest first; the refused one never ran
    logged = calls[1]
    assert logged.model_id == "actor" and logged.valid and logged.client.startswith("127.0.0.1:")
    assert logged.messages == ({"role": "user", "content": "Name a color and a number."},)


def test_only_this_machine_is_served_unless_another_host_is_named() -> None:
    assert check_bind("127.0.0.1", explicit=False) is None
    assert check_bind("::1", explicit=True) is None
    with pytest.raises(ServeError, match=r"--host 0\.0\.0\.0"):
        check_bind("0.0.0.0", explicit=False)
    warning = check_bind("0.0.0.0", explicit=True)
    assert warning is not None and "any machine" in warning


def test_the_roles_and_each_promoted_specialist_are_served(deskhand_home: Path) -> None:
    settings = Settings()
    settings.training_dir.mkdir(parents=True)
    promotion = {
        "id": 1,
        "role": "actor",
        "cluster": 3,
        "cluster_name": "fill the form",
        "base": "smollm2-135m-instruct",
        "adapter": str(deskhand_home / "a.gguf"),
        "accuracy_before": 0.5,
        "accuracy_after": 0.8,
        "examples": 120,
        "at": "2026-01-01T00:00:00+00:00",
    }
    (settings.training_dir / "promotions.json").write_text(json.dumps([promotion]))
    models = {m.id: m for m in served_models(settings)}
    assert {"actor", "grounder", "actor/cluster-3"} <= set(models)
    assert models["actor/cluster-3"].adapter == deskhand_home / "a.gguf"
    assert models["actor"].adapter is None


@pytest.mark.parametrize("host", ["127.0.0.1", "0.0.0.0"])
def test_a_port_already_taken_says_what_to_do(deskhand_home: Path, host: str) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind((host, 0))
        taken.listen()
        port = taken.getsockname()[1]
        named = ["--host", host] if host != "127.0.0.1" else []
        result = subprocess.run(
            [sys.executable, "-m", "app", "serve", *named, "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 2 and result.stdout == ""
    assert f"cannot serve on {host}:{port}" in result.stderr and "--port" in result.stderr
    assert ("warning: serving on 0.0.0.0: any machine" in result.stderr) is bool(named)
