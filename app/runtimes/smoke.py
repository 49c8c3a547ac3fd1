"""Try a GGUF model once, in a child process, before it serves a role.

A damaged file can pass every header check and still abort inside llama.cpp: weights that
decode to NaN make the grammar sampler accept a token the grammar has no room for, and
llama.cpp calls abort(), taking the whole run with it. One short schema-constrained answer in a
child process tells such a file from a usable one at no risk to the caller. The verdict is kept
per file (path, size, modification time; the adapter's too) in a folder the caller names, so
a file costs one test (3-4 s for the built-in model on 2 busy cores) until it changes.

The child is `python -m app.runtimes.smoke MODEL [--lora ADAPTER]` (in a frozen bundle, which
has no Python of its own, `deskhand --smoke-test MODEL [--lora ADAPTER]`); its last stdout line
is `{"reason": null}` or `{"reason": "..."}`. The pool keeps verdicts in the models folder's
`.cache/smoke` (`verdicts_dir`), where `deskhand models` reads them without testing anything.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from app.config import SMOKE_TEST
from app.runtimes.base import Message, ModelError, ModelFileError

#: A question any chat model answers in a few tokens, under a schema (so the grammar runs too).
QUESTION = (Message("user", 'Is the sky blue? Answer {"answer":"yes"} or {"answer":"no"}.'),)
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"answer": {"type": "string", "enum": ["yes", "no"]}},
    "required": ["answer"],
    "additionalProperties": False,
}
TIMEOUT_S = 120.0
#: The hidden `deskhand` argument that runs the child's work: a frozen bundle's `python -m`.


def verdicts_dir(models_dir: Path) -> Path:
    """Where the verdicts on the files of a models folder are kept (hidden, like partial downloads)."""
    return models_dir / ".cache" / "smoke"


def smoke_test(
    path: Path, cache_dir: Path, *, lora: Path | None = None, timeout_s: float = TIMEOUT_S
) -> str | None:
    """None when the model answered the test question; otherwise why it cannot serve, as a
    `ModelFileError` problem (a sentence without the file's path).

    Verdicts are cached in `cache_dir` (created if needed) until the file changes; a timeout is
    not cached (a busy machine is not a broken file).
    """
    try:
        key = _file_key(path, lora)
    except OSError as exc:
        return f"{Path(exc.filename).name} cannot be read ({exc.strerror})"
    entry = _entry(cache_dir, key)
    found, reason = _cached(entry, key)
    if found:
        return reason
    reason, lasting = _run_child(path, lora, timeout_s)
    if lasting:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            entry.write_text(json.dumps({"key": key, "reason": reason}), encoding="utf-8")
        except OSError:
            pass  # a read-only folder: the file is tested again next time, nothing worse
    return reason


def known_problem(path: Path, cache_dir: Path) -> str | None:
    """The cached reason `path` failed its smoke test; None when it passed, was never tested,
    or changed since. Runs nothing, so a listing can afford it for every file."""
    try:
        key = _file_key(path, None)
    except OSError:
        return None  # the header check reports an unreadable file
    return _cached(_entry(cache_dir, key), key)[1]


def _entry(cache_dir: Path, key: list[Any]) -> Path:
    return cache_dir / f"{hashlib.sha256(json.dumps(key).encode()).hexdigest()[:24]}.json"


def _cached(entry: Path, key: list[Any]) -> tuple[bool, str | None]:
    """Whether `entry` holds a verdict for `key`, and its reason."""
    try:
        cached = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False, None  # no verdict yet, or an unreadable one: test again
    if isinstance(cached, dict) and cached.get("key") == key:
        return True, cached.get("reason")
    return False, None


def _file_key(path: Path, lora: Path | None) -> list[Any]:
    key: list[Any] = []
    for file in (path, lora):
        if file is not None:
            stat = file.stat()
            key += [str(file.resolve()), stat.st_size, stat.st_mtime_ns]
    return key


def _run_child(path: Path, lora: Path | None, timeout_s: float) -> tuple[str | None, bool]:
    """The child's verdict, and whether it lasts (False for a timeout)."""
    frozen = getattr(sys, "frozen", False)
    runner = [sys.executable, SMOKE_TEST] if frozen else [sys.executable, "-m", "app.runtimes.smoke"]
    command = [*runner, str(path)]
    if lora is not None:
        command += ["--lora", str(lora)]
    env = {**os.environ, "GGML_NO_BACKTRACE": "1"}
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, errors="replace", timeout=timeout_s, env=env, check=False
        )
    except subprocess.TimeoutExpired:
        return f"the model did not answer a test question within {timeout_s:g} s", False
    lines = done.stdout.strip().splitlines()
    if done.returncode == 0 and lines:
        try:
            verdict = json.loads(lines[-1])
            return verdict["reason"], True
        except (ValueError, KeyError, TypeError):
            pass  # something else spoke last: report it as a failure below
    last = next((line for line in reversed(done.stderr.splitlines()) if line.strip()), "")
    how = f"failed (exit {done.returncode})"
    if done.returncode < 0:
        how = f"crashed ({signal.Signals(-done.returncode).name})"
    reason = f"llama.cpp {how} on a test question; the file is probably damaged"
    # "/long/build/path/llama-grammar.cpp:1455: fatal error" -> "llama-grammar.cpp:1455: fatal error"
    last = re.sub(r"\S*/(?=\S+:\d+:)", "", last.strip())
    return (f"{reason} ({last})" if last else reason), True


def _answer(path: Path, lora: Path | None) -> str | None:
    """The child's work: load the model and ask it the test question."""
    from app.runtimes.llama import LlamaRuntime

    try:
        runtime = LlamaRuntime(path, n_ctx=512, lora_path=lora)
    except ModelError as exc:
        return exc.problem if isinstance(exc, ModelFileError) else str(exc)
    completion = runtime.complete(QUESTION, schema=SCHEMA, max_tokens=16)
    runtime.close()
    if completion.error is not None:
        return f"the model's answer to a test question is unusable ({completion.error})"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.runtimes.smoke", description=__doc__)
    parser.add_argument("model", type=Path)
    parser.add_argument("--lora", type=Path)
    args = parser.parse_args(argv)
    print(json.dumps({"reason": _answer(args.model, args.lora)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
