"""What this machine can run a model on, and how to split a GGUF model between GPU and CPU.

`probe()` asks NVIDIA's management library (pynvml, from the `nvidia-ml-py` package) for each GPU's
name, memory and compute capability, and asks llama-cpp-python whether it was built with GPU
offload. Every way this can fail — the package missing, no NVIDIA driver, a driver without a GPU —
becomes a CPU plan with the reason in words, never an exception: most Deskhand machines are
office PCs without a GPU.

`plan_offload()` is plain arithmetic on the GGUF header: a layer weighs about the file size divided
by the layer count (plus one for the embeddings and output), the KV cache costs
2 x layers x kv_heads x head_dim x 2 bytes per token of context, and a margin stays free for the
CUDA context and compute buffers. The plan says how many layers go to the GPU, the context size
that fits, and why, so `deskhand models` can show the person what will happen.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from app.runtimes.base import RuntimeUnavailableError
from app.runtimes.gguf_file import GGUFHeader

GiB = 1024**3
MiB = 1024**2
#: VRAM kept free for the CUDA context, cuBLAS workspace and llama.cpp's compute buffers.
MIN_MARGIN_BYTES = 512 * MiB
MARGIN_FRACTION = 0.10
#: Plans shorten the context down to this (on a GPU, before moving layers back to the CPU).
SHORTEST_CONTEXT = 1024
#: Share of the machine's free RAM a CPU plan may use for weights and KV cache.
RAM_FRACTION = 0.8
GPU_INSTALL = "scripts/install-gpu.sh"


@dataclass(frozen=True)
class Gpu:
    index: int
    name: str
    total_bytes: int
    free_bytes: int
    compute_capability: tuple[int, int] | None


@dataclass(frozen=True)
class Hardware:
    """The probe's findings; `gpu_problem` says why no GPU is usable when none is."""

    cpu_cores: int
    ram_free_bytes: int | None
    gpus: tuple[Gpu, ...]
    driver: str | None
    gpu_problem: str | None
    #: Whether the installed llama-cpp-python can offload layers; None when it is not installed.
    llama_gpu_offload: bool | None

    @property
    def best_gpu(self) -> Gpu | None:
        return max(self.gpus, key=lambda g: g.free_bytes, default=None)


@dataclass(frozen=True)
class OffloadPlan:
    """How one GGUF model will run here: `gpu_layers` for llama.cpp's n_gpu_layers."""

    device: str
    gpu_layers: int
    total_layers: int
    n_ctx: int
    threads: int
    reason: str


def probe(nvml: Any | None = None) -> Hardware:
    """Probe GPUs (through `nvml`, the pynvml module unless a test passes a stand-in) and CPU."""
    if nvml is None:
        try:
            import pynvml  # type: ignore[import-untyped]
        except ImportError:
            pynvml = None
        nvml = pynvml
    gpus: tuple[Gpu, ...] = ()
    driver: str | None = None
    problem: str | None = "nvidia-ml-py is not installed, so no GPU was looked for"
    if nvml is not None:
        gpus, driver, problem = _probe_nvidia(nvml)
    return Hardware(
        cpu_cores=os.cpu_count() or 1,
        ram_free_bytes=_ram_free(),
        gpus=gpus,
        driver=driver,
        gpu_problem=problem,
        llama_gpu_offload=_llama_gpu_offload(),
    )


def _probe_nvidia(nvml: Any) -> tuple[tuple[Gpu, ...], str | None, str | None]:
    try:
        nvml.nvmlInit()
    except nvml.NVMLError as exc:
        if getattr(exc, "value", None) == nvml.NVML_ERROR_LIBRARY_NOT_FOUND:
            return (), None, "no NVIDIA driver library on this machine (libnvidia-ml)"
        return (), None, f"the NVIDIA driver did not answer ({exc})"
    try:
        driver = _text(nvml.nvmlSystemGetDriverVersion())
        gpus = tuple(_device(nvml, i) for i in range(nvml.nvmlDeviceGetCount()))
    except nvml.NVMLError as exc:
        return (), None, f"the NVIDIA driver is installed but reading its GPUs failed ({exc})"
    finally:
        nvml.nvmlShutdown()
    if not gpus:
        return (), driver, f"the NVIDIA driver {driver} is installed but sees no GPU"
    return gpus, driver, None


def _device(nvml: Any, index: int) -> Gpu:
    handle = nvml.nvmlDeviceGetHandleByIndex(index)
    memory = nvml.nvmlDeviceGetMemoryInfo(handle)
    try:
        major, minor = nvml.nvmlDeviceGetCudaComputeCapability(handle)
        capability: tuple[int, int] | None = (int(major), int(minor))
    except nvml.NVMLError:
        capability = None
    return Gpu(
        index=index,
        name=_text(nvml.nvmlDeviceGetName(handle)),
        total_bytes=int(memory.total),
        free_bytes=int(memory.free),
        compute_capability=capability,
    )


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _ram_free() -> int | None:
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def _llama_gpu_offload() -> bool | None:
    from app.runtimes.llama import import_llama_cpp  # ggml's stdout backtrace off before it loads

    try:
        llama_cpp = import_llama_cpp()
    except RuntimeUnavailableError:
        return None
    return bool(llama_cpp.llama_supports_gpu_offload())


def kv_bytes_per_token(header: GGUFHeader) -> int:
    """KV cache bytes one token of context costs across all layers (f16 keys and values)."""
    meta = header.metadata
    arch = header.architecture
    layers = header.block_count or 1
    heads = int(meta.get(f"{arch}.attention.head_count", 1) or 1)
    kv_heads = int(meta.get(f"{arch}.attention.head_count_kv", heads) or heads)
    embedding = int(meta.get(f"{arch}.embedding_length", 0) or 0)
    head_dim = int(meta.get(f"{arch}.attention.key_length", embedding // heads) or 0)
    return 2 * layers * kv_heads * head_dim * 2


def plan_offload(header: GGUFHeader, hardware: Hardware, *, n_ctx: int = 2048) -> OffloadPlan:
    """Layers on the GPU and a context size for `header`'s model on `hardware`, with the reason."""
    layers = header.block_count or 1
    n_ctx = min(n_ctx, header.context_length or n_ctx)
    threads = hardware.cpu_cores
    gpu = hardware.best_gpu
    if gpu is None:
        return _cpu_plan(header, hardware, n_ctx, f"no usable GPU: {hardware.gpu_problem}")
    if hardware.llama_gpu_offload is False:
        return _cpu_plan(
            header,
            hardware,
            n_ctx,
            f"{gpu.name} found, but this llama-cpp-python was built without GPU offload (run {GPU_INSTALL})",
        )
    margin = max(MIN_MARGIN_BYTES, int(gpu.total_bytes * MARGIN_FRACTION))
    budget = gpu.free_bytes - margin
    per_token = kv_bytes_per_token(header)
    where = f"{_gib(gpu.free_bytes)} free on {gpu.name}, {_gib(margin)} kept spare"
    if header.size_bytes + per_token * n_ctx <= budget:
        return OffloadPlan(
            f"cuda:{gpu.index}",
            layers + 1,
            layers,
            n_ctx,
            threads,
            f"all {layers} layers and a {n_ctx}-token context fit ({where})",
        )
    fitting_ctx = (budget - header.size_bytes) // per_token if per_token else 0
    if fitting_ctx >= SHORTEST_CONTEXT:
        return OffloadPlan(
            f"cuda:{gpu.index}",
            layers + 1,
            layers,
            int(fitting_ctx),
            threads,
            f"all {layers} layers fit with the context cut to {fitting_ctx} tokens ({where})",
        )
    layer_bytes = header.size_bytes // (layers + 1)
    per_layer = layer_bytes + per_token // layers * n_ctx
    on_gpu = max(0, min(layers, int(budget // per_layer)))
    if on_gpu == 0:
        return _cpu_plan(
            header,
            hardware,
            n_ctx,
            f"not one layer ({_gib(per_layer)} with its KV cache) fits in {where}",
        )
    return OffloadPlan(
        f"cuda:{gpu.index}",
        on_gpu,
        layers,
        n_ctx,
        threads,
        f"{on_gpu} of {layers} layers fit ({_gib(per_layer)} each with its KV cache; {where}); "
        "the rest run on the CPU",
    )


def _cpu_plan(header: GGUFHeader, hardware: Hardware, n_ctx: int, why: str) -> OffloadPlan:
    per_token = kv_bytes_per_token(header)
    if hardware.ram_free_bytes is not None and per_token:
        room = int(hardware.ram_free_bytes * RAM_FRACTION) - header.size_bytes
        fitting = max(SHORTEST_CONTEXT, room // per_token)
        if fitting < n_ctx:
            why += f"; context cut to {fitting} tokens to fit in free RAM"
            n_ctx = fitting
    layers = header.block_count or 1
    return OffloadPlan(
        "cpu", 0, layers, n_ctx, hardware.cpu_cores, f"CPU, {hardware.cpu_cores} threads: {why}"
    )


def acceleration_summary(hardware: Hardware) -> list[str]:
    """Lines saying which acceleration is active for each backend, and why not when it is not."""
    lines = [f"CPU: {hardware.cpu_cores} cores" + _ram_text(hardware)]
    if hardware.gpus:
        for gpu in hardware.gpus:
            cc = (
                f", compute {gpu.compute_capability[0]}.{gpu.compute_capability[1]}"
                if gpu.compute_capability
                else ""
            )
            lines.append(
                f"GPU {gpu.index}: {gpu.name}, {_gib(gpu.total_bytes)} ({_gib(gpu.free_bytes)} free)"
                f"{cc}, driver {hardware.driver}"
            )
    else:
        lines.append(f"GPU: none usable ({hardware.gpu_problem})")
    if hardware.llama_gpu_offload is None:
        lines.append("llama.cpp: not installed (pip install llama-cpp-python)")
    elif hardware.llama_gpu_offload and hardware.gpus:
        lines.append("llama.cpp: CUDA offload active")
    elif hardware.llama_gpu_offload:
        lines.append("llama.cpp: built with GPU offload, but CPU only (no usable GPU)")
    elif hardware.gpus:
        lines.append(f"llama.cpp: CPU only (built without GPU offload: run {GPU_INSTALL})")
    else:
        lines.append("llama.cpp: CPU only (no usable GPU)")
    lines.append(f"ONNX Runtime GenAI: {onnx_acceleration()}")
    return lines


def onnx_acceleration() -> str:
    """Which execution provider the ONNX backend would get first, and why not a GPU one."""
    try:
        import onnxruntime_genai as og  # type: ignore[import-untyped]
    except ImportError:
        return "not installed (pip install 'deskhand[onnx]')"
    if og.is_cuda_available():
        return "CUDA available"
    if og.is_dml_available():
        return "DirectML available"
    return f"CPU only (this onnxruntime-genai has no CUDA or DirectML: run {GPU_INSTALL})"


def _ram_text(hardware: Hardware) -> str:
    return "" if hardware.ram_free_bytes is None else f", {_gib(hardware.ram_free_bytes)} RAM free"


def _gib(n: int) -> str:
    return f"{n / GiB:.1f} GiB"
