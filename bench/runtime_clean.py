"""The clean side of `bench.runtime_threads`: raw llama-cpp-python in a process Deskhand never touched.

    python -m bench.runtime_clean MODEL N_CTX THREADS   (started by bench.runtime_threads)

This module imports neither `app` nor anything that imports it, because `app/__init__.py` sets
the OpenMP environment that the comparison is about; the parent also starts it with every
`OMP_*`/`GOMP_*` variable removed. It loads the model with the parent's context size and
threads, then answers one JSON line per request on stdin, `{"tokens": [...], "stop": [...],
"max_tokens": N}`, with `{"tokens_in", "tokens_out", "ttft_s", "latency_s"}` on stdout: greedy
sampling, streamed, counted the way `LlamaRuntime.complete` counts.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any


def answer(llm: Any, request: dict[str, Any]) -> dict[str, Any]:
    """One greedy completion of `request["tokens"]`, timed like `LlamaRuntime.complete`."""
    tokens: list[int] = request["tokens"]
    started = time.perf_counter()
    first: float | None = None
    tokens_out = 0
    for chunk in llm.create_completion(
        prompt=tokens, max_tokens=request["max_tokens"], temperature=0.0, stop=request["stop"], stream=True
    ):
        if first is None:
            first = time.perf_counter() - started
        if chunk["choices"][0]["text"]:
            tokens_out += 1
    return {
        "tokens_in": len(tokens),
        "tokens_out": tokens_out,
        "ttft_s": first,
        "latency_s": time.perf_counter() - started,
    }


def main() -> None:
    model, n_ctx, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    os.environ.setdefault("GGML_NO_BACKTRACE", "1")  # as app.runtimes.llama does: no gdb on stdout
    import llama_cpp

    llm = llama_cpp.Llama(
        model_path=model, n_ctx=n_ctx, n_threads=threads, n_gpu_layers=0, seed=0, verbose=False
    )
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(answer(llm, json.loads(line))), flush=True)
    llm.close()


if __name__ == "__main__":
    main()
