"""Weights laid out for llama.cpp's CPU kernels: a small Q4_1 or Q5_1 model runs from a Q8_0 copy.

A decision's cost on a CPU is mostly prompt evaluation (a screen listing is 100-300 tokens), and
llama.cpp computes prompts of Q4_1 and Q5_1 weights (4 or 5 bits with a per-block minimum) at a
third of the speed of Q8_0 on x86: Q4_0, Q8_0 and the K-quants have fast AVX2 dot products and
repacked layouts, the "_1" types do not. Measured on this project's 2-core AMD EPYC (AVX2),
llama-cpp-python 0.3.36, one thread, the built-in SmolLM2-135M, a 300-token prompt, quiet machine:

| weights                      | prompt tok/s | decode tok/s | KL to the F16 expansion | top-1 agree |
|------------------------------|--------------|--------------|-------------------------|-------------|
| Q4_1 (as shipped)            | 336          | 92           | 0.0036                  | 0.968       |
| Q8_0 (converted from Q4_1)   | 736          | 111          | 0.0049                  | 0.958       |
| Q4_0 (converted from Q4_1)   | 978          | 146          | 0.3168                  | 0.663       |

(KL and agreement over 1,000 tokens of README text against the Q4_1 weights expanded to F16,
which is exactly what the Q4_1 file means; the Q4_1 row itself measures arithmetic noise.)
Q8_0 holds every Q4_1 weight to within 1/254 of its block's range: the same model, answering
the same, 2.2x faster on prompts. Q4_0 would be faster still but re-rounds every weight to a
coarser grid, and a 135M model's answers change (a third of next tokens differ): not used.

The copy is made once per model file with llama.cpp's own quantizer (0.56 s for the built-in
model), kept in the cache folder under a name that carries the source's size and mtime, written
under a temporary name and renamed, so a conversion cut short is never loaded. It costs disk and
RAM (98 -> 144 MB for the built-in model), so it is made only for models whose copy stays under
`MAX_COPY_BYTES`: small models are bound by compute, where Q8_0 wins; a large model's decode is
bound by memory bandwidth, where more bytes per weight would be slower. Only for CPU runs (a GPU
runs every type at its own speed). Anything that goes wrong (a full disk, a read-only cache, a
llama.cpp without the quantizer) leaves the original file in use and says why.
"""

from __future__ import annotations

import ctypes
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from app.config import APP_NAME
from app.runtimes.gguf_file import GGUFHeader

#: Types llama.cpp's x86 CPU kernels compute slowly, and the bits a weight takes in each.
SLOW_ON_CPU = {"Q4_1": 5.0, "Q5_1": 6.0}
#: The faster type the copy is written in, and the bits a weight takes in it.
FAST_TYPE = "Q8_0"
_FAST_BITS = 8.5
#: Larger models are bound by memory bandwidth, not compute: Q8_0's extra bytes would cost speed.
MAX_COPY_BYTES = 1024**3
_LLAMA_LOGGER = "llama-cpp-python"


@dataclass(frozen=True)
class CpuWeights:
    """The file llama.cpp should load for a CPU run of `source`, and why."""

    source: Path
    weights: Path
    note: str

    @property
    def converted(self) -> bool:
        return self.weights != self.source


def default_cache_dir() -> Path:
    """The per-user cache folder (XDG_CACHE_HOME's on Linux), shared like the Hugging Face cache:
    a copy is derived from a file, not the person's data, so DESKHAND_HOME does not move it."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "cpu-weights"


def copy_size(header: GGUFHeader) -> int | None:
    """The Q8_0 copy's approximate size, or None when `header`'s weights are not a slow type."""
    bits = SLOW_ON_CPU.get(header.quantization or "")
    return None if bits is None else int(header.size_bytes * _FAST_BITS / bits)


def mapped_bytes(header: GGUFHeader) -> int:
    """What a CPU run of `header`'s model maps: its Q8_0 copy where one is made, else the file."""
    size = copy_size(header)
    return size if size is not None and size <= MAX_COPY_BYTES else header.size_bytes


def cpu_weights(source: Path, header: GGUFHeader, cache_dir: Path | None = None) -> CpuWeights:
    """The weights to load for a CPU run of `source`: a Q8_0 copy when that is faster, else itself."""
    size = copy_size(header)
    if size is None:
        return CpuWeights(source, source, "")
    if size > MAX_COPY_BYTES:
        kept = f"{header.quantization} kept: a {FAST_TYPE} copy would take {size >> 20} MB"
        return CpuWeights(source, source, kept)
    folder = cache_dir or default_cache_dir()
    stat = source.stat()
    target = folder / f"{source.stem}.{stat.st_size}-{stat.st_mtime_ns}.{FAST_TYPE}.gguf"
    if target.is_file():
        return CpuWeights(source, target, _converted_note(header, target))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _convert(source, target)
    except (OSError, RuntimeError, AttributeError) as exc:
        kept = f"{header.quantization} kept: no {FAST_TYPE} copy could be made in {folder} ({exc})"
        return CpuWeights(source, source, kept)
    for stale in folder.glob(f"{source.stem}.*.{FAST_TYPE}.gguf"):
        if stale != target:
            stale.unlink(missing_ok=True)
    return CpuWeights(source, target, _converted_note(header, target))


def _converted_note(header: GGUFHeader, target: Path) -> str:
    return f"runs from a {FAST_TYPE} copy of its {header.quantization} weights (faster on this CPU; {target})"


def _convert(source: Path, target: Path) -> None:
    """Write `source` re-quantized to Q8_0 at `target`, atomically; RuntimeError if llama.cpp fails."""
    from app.runtimes.llama import import_llama_cpp

    llama_cpp = import_llama_cpp()
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = getattr(llama_cpp, f"LLAMA_FTYPE_MOSTLY_{FAST_TYPE}")
    params.allow_requantize = True
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    # The quantizer logs a line per tensor through llama-cpp-python's logger, which prints
    # everything until a model is first loaded quietly.
    logger = logging.getLogger(_LLAMA_LOGGER)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        failed = llama_cpp.llama_model_quantize(
            str(source).encode(), str(partial).encode(), ctypes.byref(params)
        )
        if failed:
            raise RuntimeError(f"llama.cpp's quantizer returned {failed}")
        os.replace(partial, target)
    finally:
        logger.setLevel(level)
        partial.unlink(missing_ok=True)
