"""What this machine can run a model on, and how to split a GGUF model between GPU and CPU.

`probe()` asks NVIDIA's management library (pynvml, from the `nvidia-ml-py` package) for each GPU's
name, memory and compute capability, and asks llama.cpp itself which backends it was built with
(CUDA, Metal, Vulkan, ROCm, SYCL...) and which devices they see, with their free memory: a Mac or
an AMD or Intel GPU has no NVML, yet a Metal or Vulkan build offloads to it. NVML's answer is kept
where it has one (it knows the compute capability and the driver). Available memory comes from
psutil on every OS: what a new process can take without swapping (page cache counted as free),
not Linux's MemFree, which reads low on any machine that has been up a while. Every way this can
fail — a package missing, no driver, a driver without a GPU, a CPU-only build — becomes a CPU
plan with the reason in words, never an exception: most Deskhand machines are office PCs
without a GPU.

`plan_offload()` is plain arithmetic on the GGUF header: a layer weighs about the file size divided
by the layer count (plus one for the embeddings and output), the KV cache costs
2 x layers x kv_heads x head_dim x 2 bytes per token of context, and a margin stays free for the
CUDA context and compute buffers. The plan says how many layers go to the GPU, the context size
that fits, and why, so `deskhand models` can show the person what will happen.

CPU threads: one per core but one (`model_threads`). llama.cpp's threads meet at a barrier after
every operation, spinning while they wait (OpenMP's default, which runs keep for speed: issue 18);
when another program takes a core for a moment - the one the agent is operating repainting, the
OCR, the window - a thread that is not running holds every other one at the barrier. Measured
on the 2-core development machine, an actor decision of 17 tokens (bench in the commit message):
quiet, 2 threads 0.18-0.28 s and 1 thread 0.21-0.27 s; with one core busy, 2 threads 1.0-4.3 s
and 1 thread 0.26-1.1 s. A small model gains little from the second core and loses much when
it is not free, so the desktop keeps one.
"""

from __future__ import annotations

import ctypes
import os
from dataclasses import dataclass
from typing import Any

import psutil  # type: ignore[import-untyped]

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
    #: The llama.cpp backend that drives it: "CUDA" for what NVML reports, else ggml's name.
    backend: str = "CUDA"


@dataclass(frozen=True)
class LlamaBuild:
    """What the installed llama.cpp was built for: its backends and the GPUs they see."""

    offload: bool
    #: Backend names from llama.cpp's system info, e.g. ("CUDA", "CPU") or ("Metal", "CPU").
    backends: tuple[str, ...]
    #: Its non-CPU devices with their memory (empty for a CPU build, or when ggml cannot be asked).
    devices: tuple[Gpu, ...] = ()


@dataclass(frozen=True)
class Hardware:
    """The probe's findings; `gpu_problem` says why no GPU is usable when none is.

    `ram_free_bytes` is the memory available to a new process (psutil's `available`)."""

    cpu_cores: int
    ram_free_bytes: int | None
    gpus: tuple[Gpu, ...]
    driver: str | None
    gpu_problem: str | None
    #: Whether the installed llama-cpp-python can offload layers; None when it is not installed.
    llama_gpu_offload: bool | None
    #: The backends that llama-cpp-python was built with; () when it is not installed.
    llama_backends: tuple[str, ...] = ()

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


#: `probe(llama=ASK)` asks the installed llama.cpp; tests pass a `LlamaBuild` or None instead.
ASK = "ask"
#: ggml's device types; only CPU (0) is the same number in every ggml version, so the others
#: are told apart by name: an accelerator such as BLAS or AMX runs beside the CPU, holds no layers.
_GGML_CPU = 0
_NOT_OFFLOAD_TARGETS = ("BLAS", "AMX", "CPU")


def probe(nvml: Any | None = None, llama: LlamaBuild | str | None = ASK) -> Hardware:
    """Probe GPUs (through `nvml`, the pynvml module unless a test passes a stand-in), the
    llama.cpp build (`llama`: ASK it, or a test's `LlamaBuild`, or None for not installed),
    the CPU and the available memory."""
    if nvml is None:
        try:
            import pynvml  # type: ignore[import-untyped]
        except ImportError:
            pynvml = None
        nvml = pynvml
    build = _llama_build() if isinstance(llama, str) else llama
    gpus: tuple[Gpu, ...] = ()
    driver: str | None = None
    problem: str | None = "nvidia-ml-py is not installed, so no NVIDIA GPU was looked for"
    if nvml is not None:
        gpus, driver, problem = _probe_nvidia(nvml)
    if not gpus and build is not None and build.devices:
        gpus, problem = build.devices, None
    elif not gpus and build is not None and not build.offload:
        problem = (
            f"{problem}; and this llama.cpp is a CPU-only build ({_backends_text(build)}), "
            "so no other GPU is looked for"
        )
    elif not gpus and build is not None:
        problem = f"{problem}; and llama.cpp ({_backends_text(build)}) sees no GPU either"
    return Hardware(
        cpu_cores=os.cpu_count() or 1,
        ram_free_bytes=_ram_available(),
        gpus=gpus,
        driver=driver,
        gpu_problem=problem,
        llama_gpu_offload=None if build is None else build.offload,
        llama_backends=() if build is None else build.backends,
    )


def _backends_text(build: LlamaBuild) -> str:
    return "backends: " + (", ".join(build.backends) or "unknown")


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


def _ram_available() -> int | None:
    try:
        return int(psutil.virtual_memory().available)
    except (OSError, RuntimeError):  # psutil cannot read the OS's counters (a locked-down sandbox)
        return None


def _llama_build() -> LlamaBuild | None:
    """Ask the installed llama.cpp what it was built for; None when it is not installed."""
    from app.runtimes.llama import import_llama_cpp  # ggml's stdout backtrace off before it loads

    try:
        llama_cpp = import_llama_cpp()
    except RuntimeUnavailableError:
        return None
    info = llama_cpp.llama_print_system_info()
    return LlamaBuild(
        offload=bool(llama_cpp.llama_supports_gpu_offload()),
        backends=parse_backends(info.decode() if isinstance(info, bytes) else str(info)),
        devices=_ggml_devices(),
    )


def parse_backends(system_info: str) -> tuple[str, ...]:
    """Backend names from llama.cpp's system info, `"CUDA : ARCHS = 890 | ... | CPU : SSE3 = 1 | ..."`."""
    names: list[str] = []
    for part in system_info.split("|"):
        if " : " in part:
            name = part.split(" : ", 1)[0].strip()
            if name and name not in names:
                names.append(name)
    return tuple(names)


def _ggml_devices() -> tuple[Gpu, ...]:
    """ggml's GPU devices and their memory, read through its C API.

    llama-cpp-python binds only llama.h; ggml's device API is read from the library it loaded
    (its `_ggml` module). Any failure there means "no device list", not an error: the build's
    `offload` flag and backends still say what it can do."""
    try:
        from llama_cpp._ggml import libggml

        return tuple(_ggml_device_list(libggml))
    except (ImportError, OSError, AttributeError):
        return ()


def _ggml_device_list(lib: Any) -> list[Gpu]:
    lib.ggml_backend_dev_count.restype = ctypes.c_size_t
    lib.ggml_backend_dev_get.restype = ctypes.c_void_p
    lib.ggml_backend_dev_get.argtypes = [ctypes.c_size_t]
    for text in (lib.ggml_backend_dev_description, lib.ggml_backend_reg_name):
        text.restype = ctypes.c_char_p
        text.argtypes = [ctypes.c_void_p]
    lib.ggml_backend_dev_type.restype = ctypes.c_int
    lib.ggml_backend_dev_type.argtypes = [ctypes.c_void_p]
    lib.ggml_backend_dev_backend_reg.restype = ctypes.c_void_p
    lib.ggml_backend_dev_backend_reg.argtypes = [ctypes.c_void_p]
    size_p = ctypes.POINTER(ctypes.c_size_t)
    lib.ggml_backend_dev_memory.argtypes = [ctypes.c_void_p, size_p, size_p]
    gpus: list[Gpu] = []
    for i in range(lib.ggml_backend_dev_count()):
        device = lib.ggml_backend_dev_get(i)
        backend = _text(lib.ggml_backend_reg_name(lib.ggml_backend_dev_backend_reg(device)) or b"?")
        if lib.ggml_backend_dev_type(device) == _GGML_CPU or backend.upper() in _NOT_OFFLOAD_TARGETS:
            continue
        free, total = ctypes.c_size_t(), ctypes.c_size_t()
        lib.ggml_backend_dev_memory(device, ctypes.byref(free), ctypes.byref(total))
        name = _text(lib.ggml_backend_dev_description(device) or b"GPU")
        gpus.append(Gpu(len(gpus), name, int(total.value), int(free.value), None, backend))
    return gpus


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
    threads = model_threads(hardware.cpu_cores)
    gpu = hardware.best_gpu
    if gpu is None:
        return _cpu_plan(header, hardware, n_ctx, f"no usable GPU: {hardware.gpu_problem}")
    if hardware.llama_gpu_offload is False:
        return _cpu_plan(
            header,
            hardware,
            n_ctx,
            f"{gpu.name} found, but this llama-cpp-python was built without GPU offload "
            f"({', '.join(hardware.llama_backends) or 'CPU'} only: run {GPU_INSTALL})",
        )
    margin = max(MIN_MARGIN_BYTES, int(gpu.total_bytes * MARGIN_FRACTION))
    budget = gpu.free_bytes - margin
    per_token = kv_bytes_per_token(header)
    where = f"{_gib(gpu.free_bytes)} free on {gpu.name}, {_gib(margin)} kept spare"
    if header.size_bytes + per_token * n_ctx <= budget:
        return OffloadPlan(
            _device_label(gpu),
            layers + 1,
            layers,
            n_ctx,
            threads,
            f"all {layers} layers and a {n_ctx}-token context fit ({where})",
        )
    fitting_ctx = (budget - header.size_bytes) // per_token if per_token else 0
    if fitting_ctx >= SHORTEST_CONTEXT:
        return OffloadPlan(
            _device_label(gpu),
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
        _device_label(gpu),
        on_gpu,
        layers,
        n_ctx,
        threads,
        f"{on_gpu} of {layers} layers fit ({_gib(per_layer)} each with its KV cache; {where}); "
        "the rest run on the CPU",
    )


def _device_label(gpu: Gpu) -> str:
    return f"{gpu.backend.lower()}:{gpu.index}"


def _cpu_plan(header: GGUFHeader, hardware: Hardware, n_ctx: int, why: str) -> OffloadPlan:
    per_token = kv_bytes_per_token(header)
    if hardware.ram_free_bytes is not None and per_token:
        room = int(hardware.ram_free_bytes * RAM_FRACTION) - header.size_bytes
        fitting = max(SHORTEST_CONTEXT, room // per_token)
        if fitting < n_ctx:
            why += f"; context cut to {fitting} tokens to fit in free RAM"
            n_ctx = fitting
    layers = header.block_count or 1
    threads = model_threads(hardware.cpu_cores)
    return OffloadPlan(
        "cpu", 0, layers, n_ctx, threads, f"CPU, {threads} thread{'s' if threads > 1 else ''}: {why}"
    )


def model_threads(cores: int) -> int:
    """Threads for a model on `cores` cores: all but one, which stays with the desktop (see the
    module's docstring)."""
    return max(1, cores - 1)


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
                f"{cc}" + (f", driver {hardware.driver}" if hardware.driver else f", via {gpu.backend}")
            )
    else:
        lines.append(f"GPU: none usable ({hardware.gpu_problem})")
    lines.append(f"llama.cpp: {llama_offload_text(hardware)}")
    lines.append(f"ONNX Runtime GenAI: {onnx_acceleration()}")
    return lines


def llama_offload_text(hardware: Hardware) -> str:
    """Which backend llama.cpp offloads to here, or why every model gets 0 GPU layers."""
    if hardware.llama_gpu_offload is None:
        return "not installed (pip install llama-cpp-python)"
    built = ", ".join(hardware.llama_backends) or "backends unknown"
    gpu = hardware.best_gpu
    if hardware.llama_gpu_offload and gpu is not None:
        return f"{gpu.backend} offload to {gpu.name} (built with {built})"
    if hardware.llama_gpu_offload:
        return f"built with {built}, but no usable GPU, so models get 0 GPU layers"
    if gpu is not None:
        return (
            f"CPU only: this build has {built} and no GPU backend, so models get 0 GPU layers "
            f"(run {GPU_INSTALL} for a CUDA, Metal or Vulkan build)"
        )
    return f"CPU only (built with {built}; no usable GPU, so models get 0 GPU layers)"


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
    return "" if hardware.ram_free_bytes is None else f", {_gib(hardware.ram_free_bytes)} RAM available"


def _gib(n: int) -> str:
    return f"{n / GiB:.1f} GiB"
