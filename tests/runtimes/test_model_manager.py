"""`deskhand models pull` and `deskhand models use` as a person runs them (a real subprocess),
with the Hugging Face cache in the test's own Deskhand folder."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def deskhand(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HOME": os.path.join(os.environ["DESKHAND_HOME"], "hf"), **(env or {})},
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
        cwd=ROOT,
    )


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_pull_in_offline_mode_says_so_at_once(deskhand_home: Path) -> None:
    started = time.monotonic()
    result = deskhand("models", "pull", "qwen3-1.7b", env={"HF_HUB_OFFLINE": "1"})
    assert result.returncode == 1
    assert "offline mode is on (HF_HUB_OFFLINE)" in result.stderr
    assert "Qwen3-1.7B-Q4_K_M.gguf" in result.stderr and "deskhand models add FILE" in result.stderr
    assert time.monotonic() - started < 20
    assert not list(deskhand_home.rglob("*.gguf"))


def test_pull_with_the_hub_unreachable_says_so_without_retrying_for_long(deskhand_home: Path) -> None:
    started = time.monotonic()
    endpoint = f"http://127.0.0.1:{closed_port()}"
    result = deskhand("models", "pull", "gemma-3-1b", env={"HF_ENDPOINT": endpoint, "HF_HUB_OFFLINE": "0"})
    assert result.returncode == 1
    assert f"the hub ({endpoint}) cannot be reached" in result.stderr
    assert time.monotonic() - started < 20


def test_pull_of_an_unknown_or_shipped_model(deskhand_home: Path) -> None:
    unknown = deskhand("models", "pull", "gpt-9")
    assert unknown.returncode == 2 and "qwen3-1.7b" in unknown.stderr
    shipped = deskhand("models", "pull", "smollm2-135m-instruct")
    assert shipped.returncode == 0 and "already here" in shipped.stdout


def test_use_binds_a_role_and_refuses_a_broken_file(deskhand_home: Path) -> None:
    models = deskhand_home / "models"
    models.mkdir()
    (models / "broken.gguf").write_text("oops")
    refused = deskhand("models", "use", "actor", "broken.gguf")
    assert refused.returncode == 2 and "not a GGUF model file" in refused.stderr
    assert not (models / "roles.toml").exists()
    bound = deskhand("models", "use", "actor", "smollm2-135m-instruct")
    assert bound.returncode == 0 and "roles.toml" in bound.stdout
    assert 'actor = "smollm2-135m-instruct"' in (models / "roles.toml").read_text()


def test_listing_shows_hardware_fallbacks_and_recommendations(deskhand_home: Path) -> None:
    models = deskhand_home / "models"
    models.mkdir()
    (models / "roles.toml").write_text('[roles]\nactor = "gone.gguf"\n')
    result = deskhand("models")
    assert result.returncode == 0, result.stderr
    assert "this machine:" in result.stdout and "llama.cpp:" in result.stdout
    assert "runs as: CPU" in result.stdout
    assert "WARNING: role 'actor'" in result.stdout and "built-in model" in result.stdout
    assert (
        "qwen3-1.7b" in result.stdout and "(shipped)" in result.stdout and "not downloaded" in result.stdout
    )
