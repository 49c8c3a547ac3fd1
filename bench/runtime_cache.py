"""Runtime figures: a specialist's cached prompt prefix, and Deskhand's overhead over llama-cpp-python.

    .venv/bin/python -m bench.runtime_cache [--rounds N]

Prints one JSON object. Both figures use the built-in model on the CPU.

1. TTFT with and without the per-specialist prefix cache. Two specialists with their own system
   prompts take turns on one loaded model, as the grounder and the actor do in a run. Without the
   cache (a bare LlamaRuntime) each turn re-evaluates the whole system prompt, because
   llama-cpp-python only keeps the previous call's prefix; through the ModelPool each specialist's
   prefix is restored. The system prompts are the real ones from resources/prompts plus the kind
   of fixed instructions and examples a specialist grows to (about 600 tokens); the user message
   (the changing part) is short.
2. Decode speed through LlamaRuntime.complete vs raw `Llama.create_completion` with the same
   prompt, sampling settings, threads and context size.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from app.runtimes.base import Message
from app.runtimes.catalog import resolve_role
from app.runtimes.llama import LlamaRuntime
from app.runtimes.pool import ModelPool

PROMPTS = Path(__file__).resolve().parents[1] / "resources" / "prompts"
EXAMPLES = "\n".join(
    f"Example {i}: elements [{i}] button 'Save {i}', [{i + 1}] field 'Name {i}'. "
    f"Description 'the save button'. Answer {{\"id\": {i}}}."
    for i in range(14)
)


def system_prompt(role: str) -> str:
    return (PROMPTS / f"{role}.md").read_text() + "\nExamples:\n" + EXAMPLES


def ttft_figures(model: Path, rounds: int, threads: int) -> dict[str, Any]:
    systems = {role: system_prompt(role) for role in ("grounder", "actor")}

    def turns(complete: Any) -> list[float]:
        times: list[float] = []
        for i in range(rounds):
            for role, system in systems.items():
                messages = (Message("system", system), Message("user", f"Turn {i}: find item {i * 3}."))
                completion = complete(role, messages)
                if i > 0:  # the first round fills the caches
                    times.append(completion.ttft_s)
        return times

    bare = LlamaRuntime(model, threads=threads)
    uncached = turns(lambda _role, m: bare.complete(m, max_tokens=8))
    tokens_in = bare.complete(
        (Message("system", systems["actor"]), Message("user", "x")), max_tokens=1
    ).tokens_in
    bare.close()
    with tempfile.TemporaryDirectory() as home:
        pool = ModelPool(Path(home), threads=threads)
        views = {role: pool.runtime_for(role) for role in systems}
        cached = turns(lambda role, m: views[role].complete(m, max_tokens=8))
        pool.close()
    median_uncached, median_cached = statistics.median(uncached), statistics.median(cached)
    return {
        "prompt_tokens": tokens_in,
        "ttft_uncached_s": round(median_uncached, 4),
        "ttft_cached_s": round(median_cached, 4),
        "speedup": round(median_uncached / median_cached, 1),
        "calls_each": len(cached),
    }


def decode_figures(model: Path, rounds: int, threads: int) -> dict[str, Any]:
    messages = (
        Message("system", "You are a helpful assistant."),
        Message("user", "Write a long story about a cat."),
    )
    runtime = LlamaRuntime(model, threads=threads, n_ctx=2048)
    prompt, stop = runtime.render(messages)
    raw = runtime._llm  # the very same Llama object, so weights, threads and context are identical
    n = 128
    ours: list[float] = []
    theirs: list[float] = []

    def through_deskhand() -> None:
        completion = runtime.complete(messages, max_tokens=n)
        ours.append(completion.tokens_out / (completion.latency_s - (completion.ttft_s or 0)))

    def raw_llama_cpp() -> None:
        started = time.perf_counter()
        first: float | None = None
        count = 0
        for chunk in raw.create_completion(
            prompt=prompt, max_tokens=n, temperature=0.0, stop=stop, stream=True
        ):
            if first is None:
                first = time.perf_counter()
            if chunk["choices"][0]["text"]:
                count += 1
        theirs.append(count / (time.perf_counter() - (first or started)))

    for i in range(rounds):  # alternate who goes first, so drift in machine load hits both alike
        for measure in (through_deskhand, raw_llama_cpp)[:: 1 if i % 2 else -1]:
            measure()
    return {
        "deskhand_tokens_per_s": round(statistics.median(ours), 1),
        "raw_llama_cpp_tokens_per_s": round(statistics.median(theirs), 1),
        "ratio": round(statistics.median(ours) / statistics.median(theirs), 3),
        "max_tokens": n,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument(
        "--threads", type=int, default=os.cpu_count() or 1, help="llama.cpp threads (1 on a busy machine)"
    )
    args = parser.parse_args()
    threads = args.threads
    model = resolve_role("actor", Path(tempfile.gettempdir()) / "deskhand-bench-no-models")
    result = {
        "model": model.name,
        "machine": f"{platform.processor() or platform.machine()}, {threads} threads, no GPU",
        "prefix_cache": ttft_figures(model, args.rounds, threads),
        "decode": decode_figures(model, args.rounds, threads),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
