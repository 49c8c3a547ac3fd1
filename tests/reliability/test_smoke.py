"""The smoke test tells a usable model file from one that would abort llama.cpp, at no risk.

Real files: the built-in model, a copy whose weights decode to NaN (llama.cpp aborts on it),
and a copy cut short. The test question runs in a real child process each time, also the way
a frozen bundle runs it (through the `deskhand` command's hidden `--smoke-test` entry).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from app.config import SMOKE_TEST
from app.runtimes.catalog import resolve_role
from app.runtimes.smoke import known_problem, smoke_test
from tests.command import ROOT
from tests.reliability.damaged_models import cut_short, nan_weights

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def builtin_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return resolve_role("actor", tmp_path_factory.mktemp("models"))


def test_the_builtin_model_passes_once_then_from_the_cache(builtin_model: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    assert smoke_test(builtin_model, tmp_path / "verdicts") is None
    first = time.perf_counter() - started
    started = time.perf_counter()
    assert smoke_test(builtin_model, tmp_path / "verdicts") is None
    again = time.perf_counter() - started
    assert len(list((tmp_path / "verdicts").iterdir())) == 1
    assert again < 0.05 < first, (first, again)


def test_damaged_weights_fail_with_the_reason_and_the_caller_lives(
    builtin_model: Path, tmp_path: Path
) -> None:
    """NaN weights: sampled under a grammar they kill Python with SIGABRT inside llama.cpp
    (tests/reliability/test_native.py); the greedy answer the smoke test asks for is garbage.
    Either way the file is refused with the reason, in the child, and the caller lives."""
    damaged = nan_weights(builtin_model, tmp_path / "nan.gguf")
    reason = smoke_test(damaged, tmp_path / "verdicts")
    assert reason is not None
    assert "SIGABRT" in reason or "answer to a test question is unusable" in reason, reason
    assert smoke_test(damaged, tmp_path / "verdicts") == reason  # from the cache


def test_a_file_that_changed_is_tested_again(builtin_model: Path, tmp_path: Path) -> None:
    model = tmp_path / "model.gguf"
    model.write_bytes(builtin_model.read_bytes())
    assert smoke_test(model, tmp_path / "verdicts") is None
    nan_weights(builtin_model, model)  # damaged in place (same size, new modification time)
    os.utime(model, ns=(time.time_ns(), time.time_ns() + 1_000_000_000))
    assert smoke_test(model, tmp_path / "verdicts") is not None


def test_a_file_cut_short_fails_with_the_loaders_message(builtin_model: Path, tmp_path: Path) -> None:
    half = cut_short(builtin_model, tmp_path / "half.gguf")
    reason = smoke_test(half, tmp_path / "verdicts")
    assert reason is not None and reason.startswith("the file is cut off")


def test_a_missing_file_is_a_reason_not_an_exception(tmp_path: Path) -> None:
    reason = smoke_test(tmp_path / "gone.gguf", tmp_path / "verdicts")
    assert reason == "gone.gguf cannot be read (No such file or directory)"


def test_a_timeout_is_a_reason_but_not_a_lasting_verdict(builtin_model: Path, tmp_path: Path) -> None:
    reason = smoke_test(builtin_model, tmp_path / "verdicts", timeout_s=0.05)
    assert reason == "the model did not answer a test question within 0.05 s"
    assert not (tmp_path / "verdicts").exists()


def test_a_frozen_bundle_runs_the_test_through_its_hidden_deskhand_entry(
    builtin_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen bundle has no `python -m`: `sys.executable` is Deskhand itself, here a stand-in
    that runs the real `deskhand` command and records what it was asked."""
    calls = tmp_path / "calls.txt"
    bundle = tmp_path / "deskhand"
    bundle.write_text(
        f'#!/bin/sh\necho "$@" >> {calls}\ncd {ROOT} && exec {sys.executable} -m app "$@"\n', encoding="utf-8"
    )
    bundle.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))
    assert smoke_test(builtin_model, tmp_path / "verdicts") is None
    damaged = nan_weights(builtin_model, tmp_path / "nan.gguf")
    reason = smoke_test(damaged, tmp_path / "verdicts")
    assert reason is not None and ("SIGABRT" in reason or "answer to a test question is unusable" in reason)
    assert calls.read_text().splitlines() == [f"{SMOKE_TEST} {builtin_model}", f"{SMOKE_TEST} {damaged}"]


def test_a_listing_reads_verdicts_without_testing(builtin_model: Path, tmp_path: Path) -> None:
    damaged = nan_weights(builtin_model, tmp_path / "nan.gguf")
    assert known_problem(damaged, tmp_path / "verdicts") is None  # never tested: not known bad
    reason = smoke_test(damaged, tmp_path / "verdicts")
    assert known_problem(damaged, tmp_path / "verdicts") == reason
    assert known_problem(tmp_path / "gone.gguf", tmp_path / "verdicts") is None


def test_a_verdicts_folder_that_cannot_be_written_costs_a_test_each_time_not_an_error(
    builtin_model: Path, tmp_path: Path
) -> None:
    (tmp_path / "verdicts").write_text("a file where the folder should be")
    assert smoke_test(builtin_model, tmp_path / "verdicts") is None
