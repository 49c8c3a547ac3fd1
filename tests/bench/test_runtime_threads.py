"""The clean-process comparison: its child really runs without Deskhand's OpenMP settings, and
the figures it prints are complete. Timings are never asserted: benchmarks do not fail on a number."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from bench.runtime_threads import SCREEN_SIZE, clean_env, fixed_screenshot


def _policy_after_import(argv0: str, *args: str) -> str:
    probe = (
        f"import sys; sys.argv = {[argv0, *args]!r}; import app, os; print(os.environ.get('OMP_WAIT_POLICY'))"
    )
    out = subprocess.run([sys.executable, "-c", probe], env=clean_env(), capture_output=True, text=True)
    return out.stdout.strip()


def test_a_run_keeps_openmps_default_and_training_sleeps_at_once() -> None:
    assert _policy_after_import("/venv/bin/deskhand", "run", "x") == "None"
    assert _policy_after_import("/venv/bin/deskhand", "train", "specialize", "1") == "PASSIVE"


def test_a_training_child_inherits_the_policy_and_the_parent_does_not_keep_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.services.training import TRAINING_OPENMP, child_environment

    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    with child_environment():
        assert {k: os.environ[k] for k in TRAINING_OPENMP} == TRAINING_OPENMP
    assert "OMP_WAIT_POLICY" not in os.environ
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")  # the person's own setting wins
    with child_environment():
        assert os.environ["OMP_WAIT_POLICY"] == "ACTIVE"
    assert os.environ["OMP_WAIT_POLICY"] == "ACTIVE"


def test_the_clean_child_gets_no_openmp_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMP_WAIT_POLICY", "PASSIVE")
    monkeypatch.setenv("GOMP_SPINCOUNT", "1")
    env = clean_env()
    assert not [k for k in env if k.startswith(("OMP_", "GOMP_"))]
    assert env["PATH"] == os.environ["PATH"]


def test_the_clean_child_never_imports_app() -> None:
    probe = "import sys, bench.runtime_clean; print('app' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], env=clean_env(), capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_the_screenshot_is_fixed() -> None:
    first, second = fixed_screenshot(), fixed_screenshot()
    assert first.shape == (SCREEN_SIZE[1], SCREEN_SIZE[0], 3) and first.dtype == np.uint8
    assert np.array_equal(first, second)


@pytest.mark.model
def test_the_figures_are_complete() -> None:
    from app.runtimes.llama import LlamaRuntime
    from bench.runtime import builtin_model
    from bench.runtime_threads import thread_figures

    model = builtin_model()
    runtime = LlamaRuntime(model, threads=1)
    try:
        figures = thread_figures(runtime, repeat=1, max_tokens=8, threads=1)
    finally:
        runtime.close()
    versus = figures["runtime_vs_clean"]
    assert versus["pairs"] == 1 and versus["ratio"] is not None
    for key in ("decode_tokens_per_s", "prompt_tokens_per_s", "ttft_s"):
        assert set(versus[key]) == {"deskhand", "clean", "ratio"}
        assert versus[key]["clean"] > 0 and versus[key]["deskhand"] > 0
    assert figures["ocr"]["ocr_idle_s"] > 0 and figures["ocr"]["ocr_after_model_call_s"] > 0
    assert len(figures["load_average_before"]) == 3
