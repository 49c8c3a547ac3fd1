"""The model pool with the real built-in model: one load per file, per-specialist prefix caches,
unloading under a memory budget, and the fallback for a role whose model is missing, damaged
(real damaged copies: weights that abort llama.cpp, a file cut short) or fails its smoke test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.runtimes.base import Message, ModelFileError
from app.runtimes.hardware import probe
from app.runtimes.llama import LlamaRuntime
from app.runtimes.pool import ModelPool
from tests.reliability.damaged_models import cut_short, nan_weights

pytestmark = pytest.mark.model

GROUNDER = "You match a description to one element of a screen. " * 4
ACTOR = "You operate a computer for a person, one action at a time. " * 4
#: What the smoke test says of NaN weights: the greedy test answer is garbage.
DAMAGED = "answer to a test question is unusable"


def ask(system: str, user: str) -> tuple[Message, Message]:
    return (Message("system", system), Message("user", user))


def test_roles_bound_to_one_file_share_one_loaded_model(tmp_path: Path) -> None:
    pool = ModelPool(tmp_path, threads=2)
    grounder, actor = pool.runtime_for("grounder"), pool.runtime_for("actor")
    assert pool.loads == 1 and len(pool.loaded) == 1
    assert (grounder.name, grounder.model) == ("llama.cpp", "SmolLM2-135M-Instruct.Q4_1.gguf")
    completion = actor.complete(ask(ACTOR, "Say hello."), max_tokens=4)
    assert completion.text and pool.loads == 1
    # The offload plan is shown, with the thread count the pool was given.
    shown = [n for n in pool.notices if n.startswith(f"{grounder.model}: CPU, ")]
    assert shown and "2 threads" in shown[0], pool.notices


def test_alternating_specialists_keep_their_prefixes_and_answer_the_same(tmp_path: Path) -> None:
    pool = ModelPool(tmp_path, threads=2)
    grounder, actor = pool.runtime_for("grounder"), pool.runtime_for("actor")
    (path,) = pool.loaded
    with pool.using(path) as shared:
        assert isinstance(shared, LlamaRuntime)
    plain = LlamaRuntime(path, threads=2)
    calls = [
        (grounder, GROUNDER, "Find Submit."),
        (actor, ACTOR, "Click OK."),
        (grounder, GROUNDER, "Find Name."),
    ]
    for specialist, system, user in calls * 2:
        cached = specialist.complete(ask(system, user), max_tokens=4)
        fresh = plain.complete(ask(system, user), max_tokens=4)
        assert cached.text == fresh.text and cached.tokens_in == fresh.tokens_in
    # After the first round every switch of specialist restored that specialist's saved prefix.
    assert shared.prefix_restores >= 3
    assert shared.saved_prefix_bytes > 0


def test_idle_models_are_unloaded_to_stay_within_the_memory_budget(
    tmp_path: Path, builtin_model: Path
) -> None:
    shutil.copyfile(builtin_model, tmp_path / "copy.gguf")
    (tmp_path / "roles.toml").write_text('[roles]\nactor = "copy.gguf"\n')
    pool = ModelPool(
        tmp_path, threads=2, memory_budget_bytes=300_000_000
    )  # room for one model (its Q8_0 copy + KV: 214 MB)
    grounder = pool.runtime_for("grounder")
    actor = pool.runtime_for("actor")
    assert pool.loaded == [(tmp_path / "copy.gguf").resolve()] and pool.loads == 2
    assert grounder.complete(ask(GROUNDER, "Find Submit."), max_tokens=4).text
    assert pool.loaded == [builtin_model.resolve()] and pool.loads == 3
    assert actor.complete(ask(ACTOR, "Click OK."), max_tokens=4).text and pool.loads == 4
    assert sum("unloaded" in n for n in pool.notices) == 3


def test_a_role_bound_to_a_missing_file_runs_on_the_builtin_model_with_a_notice(
    tmp_path: Path, builtin_model: Path
) -> None:
    (tmp_path / "roles.toml").write_text('[roles]\nactor = "gone.gguf"\n')
    pool = ModelPool(tmp_path, threads=2)
    actor = pool.runtime_for("actor")
    assert actor.path == builtin_model.resolve()
    assert any("gone.gguf" in n and "built-in" in n for n in pool.notices)
    assert actor.complete(ask(ACTOR, "Say hi."), max_tokens=3).text


def test_the_pool_uses_the_probed_hardware_plan(tmp_path: Path, builtin_model: Path) -> None:
    pool = ModelPool(tmp_path, hardware=probe())
    plan = pool.plan_for(builtin_model)
    assert plan is not None and plan.device == "cpu" and plan.n_ctx == 2048


def test_a_role_bound_to_a_damaged_file_runs_on_the_builtin_model_and_the_verdict_is_kept(
    tmp_path: Path, builtin_model: Path
) -> None:
    """The bound file's weights are garbage (they abort llama.cpp's grammar sampler, and answer
    nothing usable greedily): only the smoke test's child process meets them."""
    nan_weights(builtin_model, tmp_path / "damaged.gguf")
    (tmp_path / "roles.toml").write_text('[roles]\nactor = "damaged.gguf"\n')
    pool = ModelPool(tmp_path, threads=2, smoke_test=True)
    actor = pool.runtime_for("actor")
    assert actor.path == builtin_model.resolve() and pool.loaded == [builtin_model.resolve()]
    (notice,) = [n for n in pool.notices if "damaged.gguf" in n]
    assert DAMAGED in notice and "using the built-in model" in notice, notice
    assert actor.complete(ask(ACTOR, "Say hi."), max_tokens=3).text
    # The next pool knows the verdict: the role is bound to the built-in model before any load.
    again = ModelPool(tmp_path, threads=2, smoke_test=True)
    binding = again.binding("actor")
    assert binding.path == builtin_model and binding.fallback is not None
    assert DAMAGED in binding.fallback and again.loads == 0


def test_a_bound_file_that_fails_to_load_falls_back_without_a_smoke_test(
    tmp_path: Path, builtin_model: Path
) -> None:
    cut_short(builtin_model, tmp_path / "half.gguf")
    (tmp_path / "roles.toml").write_text('[roles]\nactor = "half.gguf"\n')
    pool = ModelPool(tmp_path, threads=2)
    actor = pool.runtime_for("actor")
    assert actor.path == builtin_model.resolve()
    assert any("half.gguf" in n and "built-in" in n for n in pool.notices), pool.notices
    assert pool.binding("actor").fallback is not None  # later calls for the role go straight there


def test_a_damaged_builtin_model_is_a_model_error_naming_it(tmp_path: Path, builtin_model: Path) -> None:
    """A copy in the models folder takes the built-in model's place; damaged, nothing can stand in."""
    damaged = nan_weights(builtin_model, tmp_path / builtin_model.name)
    pool = ModelPool(tmp_path, threads=2, smoke_test=True)
    with pytest.raises(ModelFileError) as raised:
        pool.runtime_for("actor")
    assert raised.value.path == damaged and DAMAGED in str(raised.value)
    assert pool.loaded == []
