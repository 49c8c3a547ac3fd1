"""A damaged model bound to a role never takes the run down: the built-in model stands in.

The probe bound a real damaged copy of the built-in model (its weights decode to NaN; every
header check passes, and llama.cpp aborts the process on the first constrained token) as the
actor: a missing file fell back to the built-in model, this one killed the run. Here the same
file is bound for real (`deskhand models use`), the run's own session is opened and the real
command runs; the damaged weights only ever meet the smoke test's child process.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from app.config import Settings
from app.desktop.sandbox import VirtualDisplay
from app.runtimes.catalog import resolve_role
from app.services.run import open_session
from tests.command import SUMMARY_KEYS, deskhand, last_json
from tests.reliability.damaged_models import nan_weights

pytestmark = [pytest.mark.model, pytest.mark.display]
#: The smoke test's verdict on NaN weights: its greedy test answer is garbage (sampled under a
#: grammar they abort llama.cpp instead: tests/reliability/test_native.py).
DAMAGED = "the model's answer to a test question is unusable"


@pytest.fixture(scope="module")
def builtin_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return resolve_role("actor", tmp_path_factory.mktemp("models"))


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr + result.stdout


@pytest.fixture
def damaged_actor(deskhand_home: Path, builtin_model: Path) -> Path:
    """A damaged model file in the models folder, bound as the actor with the real command."""
    models = deskhand_home / "models"
    models.mkdir()
    damaged = nan_weights(builtin_model, models / "damaged.gguf")
    bound = deskhand("models", "use", "actor", "damaged.gguf")
    assert bound.returncode == 0, bound.stderr  # its header is fine: nothing can tell before loading
    return damaged


def test_the_run_falls_back_to_the_builtin_model_and_models_then_lists_the_file_unusable(
    damaged_actor: Path, builtin_model: Path, virtual_display: VirtualDisplay
) -> None:
    # Listing runs no model: before any run has tested the file, it looks like any other.
    before = deskhand("models")
    assert before.returncode == 0 and "UNUSABLE" not in before.stdout, before.stdout
    session = open_session(Settings(), dry_run=True)
    try:
        assert session.runtimes["actor"].model == builtin_model.name
        (notice,) = [n for n in session.notices if "damaged.gguf" in n]
        assert DAMAGED in notice
        assert "using the built-in model" in notice
        # The damaged file was never loaded here: only the built-in model (with the parser's
        # adapter on it, as every session loads it).
        assert session.pool is not None
        assert [p for p in session.pool.loaded if p.suffix == ".gguf" and "adapters" not in p.parts] == [
            builtin_model.resolve()
        ]
    finally:
        assert session.pool is not None
        session.pool.close()
    # The verdict is kept: the listing now names the file unusable and the actor's stand-in.
    after = deskhand("models")
    assert after.returncode == 0, after.stderr
    no_traceback(after)
    listed = after.stdout.split(f"{damaged_actor}\n", 1)[1]
    assert listed.splitlines()[1].startswith("  UNUSABLE: "), after.stdout
    assert DAMAGED in listed.splitlines()[1] and "Pick another model file" in listed.splitlines()[1]
    (actor,) = [line for line in after.stdout.splitlines() if line.startswith("  actor ")]
    assert "damaged.gguf -> WARNING: role 'actor'" in actor and "built-in model" in actor


def test_a_run_with_the_damaged_actor_ends_with_a_summary_and_says_why(
    damaged_actor: Path, virtual_display: VirtualDisplay
) -> None:
    env = {**os.environ, "DISPLAY": virtual_display.display}
    result = deskhand("run", "--dry-run", "--json", "--max-steps", "2", "Click OK", env=env, timeout=300)
    no_traceback(result)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    assert last_json(result.stdout).keys() >= SUMMARY_KEYS
    assert "damaged.gguf" in result.stderr and DAMAGED in result.stderr, result.stderr


def test_a_damaged_builtin_model_is_a_message_not_a_crash(
    deskhand_home: Path, builtin_model: Path, virtual_display: VirtualDisplay
) -> None:
    """A copy in the models folder takes the built-in model's place; damaged, nothing stands in."""
    (deskhand_home / "models").mkdir()
    damaged = nan_weights(builtin_model, deskhand_home / "models" / builtin_model.name)
    env = {**os.environ, "DISPLAY": virtual_display.display}
    result = deskhand("run", "--dry-run", "--json", "Click OK", env=env, timeout=300)
    no_traceback(result)
    assert result.returncode == 2, result.stdout + result.stderr
    summary = last_json(result.stdout)
    assert summary.keys() >= SUMMARY_KEYS and summary["outcome"] == "failed", summary
    assert str(summary["error"]).startswith(f"{damaged}: {DAMAGED}")
