"""The Q8_0 copy a CPU run maps instead of the built-in model's Q4_1 weights (real llama.cpp)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import numpy as np
import pytest

from app.runtimes.base import Message
from app.runtimes.cpu_weights import FAST_TYPE, MAX_COPY_BYTES, cpu_weights, mapped_bytes
from app.runtimes.gguf_file import read_header
from app.runtimes.llama import LlamaRuntime, import_llama_cpp

pytestmark = pytest.mark.model

ASK = (
    Message("system", "You fill in forms. Answer in JSON."),
    Message("user", "Fields: Name, Email, Phone. Task: type ada@example.com where it belongs."),
)
SCHEMA = {
    "type": "object",
    "properties": {"field": {"type": "string", "enum": ["Name", "Email", "Phone"]}},
    "required": ["field"],
}


def test_a_cpu_run_maps_a_q8_0_copy_made_once(builtin_model: Path, tmp_path: Path) -> None:
    header = read_header(builtin_model)
    assert header.quantization == "Q4_1"
    first = cpu_weights(builtin_model, header, tmp_path)
    assert first.converted and first.weights.parent == tmp_path
    assert read_header(first.weights).quantization == FAST_TYPE
    made = first.weights.stat().st_mtime_ns
    again = cpu_weights(builtin_model, header, tmp_path)
    assert again.weights == first.weights and again.weights.stat().st_mtime_ns == made
    assert [p.name for p in tmp_path.iterdir()] == [first.weights.name]  # no partial file left


def test_the_copy_answers_like_the_file_it_came_from(builtin_model: Path, tmp_path: Path) -> None:
    """Where the Q4_1 file is sure of the next token, the copy picks the same one, and the two
    next-token distributions are close everywhere (Q4_0 fails both: a third of the choices move)."""
    llama_cpp = import_llama_cpp()
    copy = cpu_weights(builtin_model, read_header(builtin_model), tmp_path).weights
    text = Path(__file__).read_text()[:1500].encode()
    probabilities = []
    for path in (builtin_model, copy):
        llm = llama_cpp.Llama(str(path), n_ctx=1024, n_threads=2, logits_all=True, verbose=False)
        tokens = llm.tokenize(text)
        llm.eval(tokens)
        logits = np.asarray(llm.scores[: len(tokens)], dtype=np.float64)
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        probabilities.append(exp / exp.sum(axis=1, keepdims=True))
    original, copied = probabilities
    sure = original.max(axis=1) >= 0.5
    assert sure.sum() >= 50
    assert (original.argmax(axis=1)[sure] == copied.argmax(axis=1)[sure]).mean() >= 0.97
    divergence = (original * (np.log(original + 1e-12) - np.log(copied + 1e-12))).sum(axis=1)
    assert divergence.mean() < 0.05
    shipped = LlamaRuntime(builtin_model, threads=2, cpu_copies=tmp_path)
    assert shipped.weights == copy and shipped.model == builtin_model.name
    assert shipped.complete(ASK, schema=SCHEMA, max_tokens=16).json in (
        {"field": f} for f in ("Name", "Email", "Phone")
    )


def test_a_changed_source_replaces_its_stale_copy(builtin_model: Path, tmp_path: Path) -> None:
    source = tmp_path / "model" / builtin_model.name
    source.parent.mkdir()
    shutil.copyfile(builtin_model, source)
    cache = tmp_path / "cache"
    old = cpu_weights(source, read_header(source), cache).weights
    with source.open("ab") as grown:  # a new download of the same name: new size and mtime
        grown.write(b"\0" * 32)
    new = cpu_weights(source, read_header(source), cache).weights
    assert new != old and new.is_file() and not old.exists()


def test_no_copy_where_the_cache_cannot_be_written(builtin_model: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    chosen = cpu_weights(builtin_model, read_header(builtin_model), blocker / "cpu")
    assert chosen.weights == builtin_model and "no Q8_0 copy could be made" in chosen.note


def test_large_models_keep_their_own_weights(builtin_model: Path, tmp_path: Path) -> None:
    big = dataclasses.replace(read_header(builtin_model), size_bytes=MAX_COPY_BYTES)
    chosen = cpu_weights(builtin_model, big, tmp_path)
    assert chosen.weights == builtin_model and "would take" in chosen.note
    assert not any(tmp_path.iterdir())
    # The memory budget counts the file it maps, not a copy that is never made.
    assert mapped_bytes(big) == big.size_bytes
    assert mapped_bytes(read_header(builtin_model)) > read_header(builtin_model).size_bytes


def test_a_damaged_copy_is_dropped_and_the_model_still_loads(builtin_model: Path, tmp_path: Path) -> None:
    copy = cpu_weights(builtin_model, read_header(builtin_model), tmp_path).weights
    copy.write_bytes(copy.read_bytes()[: 1 << 20])  # cut short after it was made
    runtime = LlamaRuntime(builtin_model, threads=2, cpu_copies=tmp_path)
    assert runtime.weights == builtin_model and not copy.exists()
    assert runtime.complete(ASK, schema=SCHEMA, max_tokens=16).error is None
