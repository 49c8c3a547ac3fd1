"""Runtime figures that can fail: Deskhand's decode against a clean process, and OCR after a model call.

    .venv/bin/python -m bench.runtime_threads [--repeat N] [--max-tokens N]

`bench.runtime_cache` compares `LlamaRuntime` with raw llama-cpp-python in the same process, so
both sides run under whatever OpenMP policy `app/__init__.py` set and the ratio cannot show that
policy's cost (0.996 while both decoded at a quarter of the machine's speed). Here Deskhand's
side is this process, with the environment a run has (`app` imported, model loaded through
`LlamaRuntime`, called as the agent calls it), and the other side is `bench.runtime_clean`: raw
llama-cpp-python in a child process started with every `OMP_*`/`GOMP_*` variable removed, the
same model, context size, threads, prompt tokens, stop strings, greedy sampling and max_tokens.
The calls alternate between the two (who goes first alternates too), each repeat with a new
prompt so that neither side reuses a cached prefix; the first pair only warms up. Figures are
medians: decode tokens/s (tokens after the first over the time after the first), prompt
tokens/s (prompt tokens over time to first token) and time to first token, with their ratios.

OCR is timed on a fixed 1024x768 screenshot (a drawn practice-style form, the same pixels every
run) in this process, alternating an OCR pass after an idle pause with an OCR pass straight after
a model call: a model whose threads keep spinning after its call shows up as a slower second one.

Prints one JSON object with the load average before and after: the machine is shared, and the
ratios (taken side by side) mean more than the absolute figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from app.runtimes.base import Message
from app.runtimes.llama import LlamaRuntime
from bench.runtime import GROUNDER_USER, SHIPPED_THREADS, builtin_model
from bench.suite import median

ROOT = Path(__file__).resolve().parents[1]
#: Environment variables that set OpenMP's behaviour (libgomp reads both families).
OPENMP_PREFIXES = ("OMP_", "GOMP_")
SCREEN_SIZE = (1024, 768)
FORM_LINES = (
    "Practice form",
    "Name",
    "Email",
    "Password",
    "Country   Choose...",
    "Subscribe to newsletter",
    "I accept the terms",
    "Submit     Clear",
    "Fill in every field, then press Submit. Your answers stay on this machine.",
)


def openmp_settings() -> dict[str, str]:
    """The OpenMP variables of this process (what the shipped environment sets)."""
    return {k: v for k, v in sorted(os.environ.items()) if k.startswith(OPENMP_PREFIXES)}


def clean_env() -> dict[str, str]:
    """This process's environment without any OpenMP variable: OpenMP's defaults."""
    return {k: v for k, v in os.environ.items() if not k.startswith(OPENMP_PREFIXES)}


class CleanLlama:
    """Raw llama-cpp-python in a child process with OpenMP's default environment."""

    def __init__(self, model: Path, n_ctx: int, threads: int) -> None:
        self._child = subprocess.Popen(
            [sys.executable, "-m", "bench.runtime_clean", str(model), str(n_ctx), str(threads)],
            cwd=ROOT,
            env=clean_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._read()  # {"ready": true} once the model is loaded

    def _read(self) -> dict[str, Any]:
        assert self._child.stdout is not None
        line = self._child.stdout.readline()
        if not line:
            raise RuntimeError(f"bench.runtime_clean ended (exit {self._child.wait()})")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def complete(self, tokens: list[int], stop: list[str], max_tokens: int) -> dict[str, Any]:
        assert self._child.stdin is not None
        self._child.stdin.write(json.dumps({"tokens": tokens, "stop": stop, "max_tokens": max_tokens}) + "\n")
        self._child.stdin.flush()
        return self._read()

    def close(self) -> None:
        assert self._child.stdin is not None
        self._child.stdin.close()
        self._child.wait(timeout=60)


@contextmanager
def clean_llama(model: Path, n_ctx: int, threads: int) -> Iterator[CleanLlama]:
    child = CleanLlama(model, n_ctx, threads)
    try:
        yield child
    finally:
        child.close()


def _speeds(tokens_in: int, tokens_out: int, ttft_s: float | None, latency_s: float) -> dict[str, float]:
    ttft = ttft_s or latency_s
    decode_s = latency_s - ttft
    return {
        "ttft_s": ttft,
        "prompt_tokens_per_s": tokens_in / ttft if ttft > 0 else 0.0,
        "decode_tokens_per_s": (tokens_out - 1) / decode_s if tokens_out > 1 and decode_s > 0 else 0.0,
    }


def messages_for(n: int) -> tuple[Message, ...]:
    """A grounder-sized prompt asking for a long answer; `n` makes it new to any prompt cache."""
    return (
        Message("system", f"Session {n}. You are a helpful assistant on a desktop computer."),
        Message("user", GROUNDER_USER + "\nThen write a long story about a robot who fills in this form."),
    )


def runtime_vs_clean(
    runtime: LlamaRuntime, model: Path, threads: int, repeat: int, max_tokens: int
) -> dict[str, Any]:
    """Deskhand's `complete` in this process against raw llama-cpp-python in a clean child."""
    ours: list[dict[str, float]] = []
    theirs: list[dict[str, float]] = []
    tokens_out = {"deskhand": 0, "clean": 0}
    tokens_in = 0
    with clean_llama(model, runtime.n_ctx, threads) as child:
        for n in range(repeat + 1):
            messages = messages_for(n)
            text, stop = runtime.render(messages)
            tokens = runtime.tokenize(text)

            pair: dict[str, dict[str, float]] = {}
            for side in ("deskhand", "clean") if n % 2 else ("clean", "deskhand"):
                if side == "deskhand":
                    c = runtime.complete(messages, max_tokens=max_tokens)
                    pair[side] = _speeds(c.tokens_in, c.tokens_out, c.ttft_s, c.latency_s)
                    tokens_out[side] = c.tokens_out
                else:
                    a = child.complete(tokens, stop, max_tokens)
                    pair[side] = _speeds(a["tokens_in"], a["tokens_out"], a["ttft_s"], a["latency_s"])
                    tokens_out[side] = a["tokens_out"]
            if n > 0:  # the first pair only warms both processes
                ours.append(pair["deskhand"])
                theirs.append(pair["clean"])
            tokens_in = len(tokens)

    def med(rows: list[dict[str, float]], key: str) -> float:
        return float(np.median([r[key] for r in rows]))

    figures: dict[str, Any] = {
        "prompt_tokens": tokens_in,
        "max_tokens": max_tokens,
        "tokens_out": tokens_out,
        "pairs": len(ours),
    }
    for key, digits in (("decode_tokens_per_s", 1), ("prompt_tokens_per_s", 1), ("ttft_s", 4)):
        mine, clean = med(ours, key), med(theirs, key)
        figures[key] = {
            "deskhand": round(mine, digits),
            "clean": round(clean, digits),
            "ratio": round(mine / clean, 3) if clean else None,
        }
    #: The figure the benchmark's goal reads: Deskhand's decode over the clean process's.
    figures["ratio"] = figures["decode_tokens_per_s"]["ratio"]
    return figures


def fixed_screenshot() -> npt.NDArray[np.uint8]:
    """A 1024x768 RGB practice-style form, drawn the same way every time."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", SCREEN_SIZE, (246, 246, 246))
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=18)
    draw.rectangle((0, 0, SCREEN_SIZE[0], 36), fill=(60, 64, 72))
    draw.text((16, 8), "Deskhand practice - Chromium", fill=(255, 255, 255), font=font)
    y = 70
    for i, line in enumerate(FORM_LINES):
        draw.text((80, y), line, fill=(20, 20, 20), font=font)
        if 1 <= i <= 4:  # an input box beside each field label
            draw.rectangle((300, y - 6, 700, y + 26), outline=(120, 120, 120), fill=(255, 255, 255))
        y += 62
    return np.asarray(image, dtype=np.uint8)


def ocr_after_model(runtime: LlamaRuntime, repeat: int, pause_s: float = 0.5) -> dict[str, Any]:
    """OCR of the fixed screenshot after an idle pause, and straight after a model call."""
    from app.desktop.screen import ScreenReader

    reader = ScreenReader()
    image = fixed_screenshot()
    words = len(reader.read_text(image))  # loads the OCR models and warms ONNX Runtime
    call = (Message("system", "You answer in one word."), Message("user", GROUNDER_USER))
    idle: list[float] = []
    after: list[float] = []
    for n in range(repeat):
        for after_call in (n % 2 == 0, n % 2 == 1):
            if after_call:
                runtime.complete(call, max_tokens=16)
            else:
                time.sleep(pause_s)
            started = time.perf_counter()
            reader.read_text(image)
            (after if after_call else idle).append(time.perf_counter() - started)
    i, a = median(idle), median(after)
    return {
        "image": f"{SCREEN_SIZE[0]}x{SCREEN_SIZE[1]} drawn form, {words} OCR lines",
        "ocr_idle_s": i,
        "ocr_after_model_call_s": a,
        "ratio": round(a / i, 3) if a and i else None,
        "pairs": len(idle),
    }


def thread_figures(
    runtime: LlamaRuntime, repeat: int, max_tokens: int = 96, threads: int | None = None
) -> dict[str, Any]:
    """Every figure of this module, for `python -m bench`'s runtime section; `threads` must be
    what `runtime` was loaded with (LlamaRuntime's default: every core but one). The clean
    process maps the same weights file as `runtime` (on a CPU, the Q8_0 copy it runs from)."""
    load_before = [round(x, 2) for x in os.getloadavg()]
    threads = threads or SHIPPED_THREADS
    decode = runtime_vs_clean(runtime, runtime.weights, threads, repeat, max_tokens)
    ocr = ocr_after_model(runtime, repeat)
    return {
        "weights": runtime.weights.name,
        "openmp": openmp_settings(),
        "threads": threads,
        "load_average_before": load_before,
        "runtime_vs_clean": decode,
        "ocr": ocr,
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=5, help="measured pairs of each figure")
    parser.add_argument("--max-tokens", type=int, default=96)
    args = parser.parse_args(argv)
    model = builtin_model()
    runtime = LlamaRuntime(model, threads=SHIPPED_THREADS)
    figures = {"model": model.name, **thread_figures(runtime, args.repeat, args.max_tokens)}
    runtime.close()
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
