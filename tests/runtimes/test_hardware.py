"""The hardware probe on machines with and without NVIDIA GPUs, and the offload plan's arithmetic.

pynvml is real; only the machine behind it is simulated: a stand-in module with the same
functions and pynvml's own error class, raising the errors the real library raises. The llama.cpp
build is the real one here (CPU only) in one test, and a stated `LlamaBuild` (Metal, Vulkan,
ROCm, a CPU build beside an NVIDIA GPU) in the others.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import psutil
import pynvml
import pytest

from app.runtimes.gguf_file import read_header
from app.runtimes.hardware import (
    GiB,
    Gpu,
    Hardware,
    LlamaBuild,
    acceleration_summary,
    kv_bytes_per_token,
    parse_backends,
    plan_offload,
    probe,
)


@dataclass
class _Memory:
    total: int
    free: int


class FakeNvml:
    """pynvml's interface over a list of (name, total, free) GPUs, or failing like pynvml does."""

    NVMLError = pynvml.NVMLError
    NVML_ERROR_LIBRARY_NOT_FOUND = pynvml.NVML_ERROR_LIBRARY_NOT_FOUND

    def __init__(self, gpus: list[tuple[str, int, int]], init_error: int | None = None) -> None:
        self.gpus = gpus
        self.init_error = init_error
        self.shut_down = False

    def nvmlInit(self) -> None:
        if self.init_error is not None:
            raise pynvml.NVMLError(self.init_error)

    def nvmlShutdown(self) -> None:
        self.shut_down = True

    def nvmlSystemGetDriverVersion(self) -> str:
        return "550.54.14"

    def nvmlDeviceGetCount(self) -> int:
        return len(self.gpus)

    def nvmlDeviceGetHandleByIndex(self, index: int) -> Any:
        return self.gpus[index]

    def nvmlDeviceGetName(self, handle: Any) -> bytes:
        return str(handle[0]).encode()

    def nvmlDeviceGetMemoryInfo(self, handle: Any) -> _Memory:
        return _Memory(total=handle[1], free=handle[2])

    def nvmlDeviceGetCudaComputeCapability(self, handle: Any) -> tuple[int, int]:
        return (8, 9)


def test_this_machine_without_an_nvidia_driver_gets_a_cpu_plan(builtin_model: Path) -> None:
    hardware = probe()  # the real pynvml on a machine with no NVIDIA library
    assert hardware.gpus == () and hardware.gpu_problem
    assert hardware.cpu_cores >= 1
    plan = plan_offload(read_header(builtin_model), hardware)
    assert (plan.device, plan.gpu_layers, plan.threads) == ("cpu", 0, max(1, hardware.cpu_cores - 1))
    assert "no usable GPU" in plan.reason


def test_no_nvidia_library() -> None:
    hardware = probe(FakeNvml([], init_error=pynvml.NVML_ERROR_LIBRARY_NOT_FOUND))
    assert hardware.gpus == () and "no NVIDIA driver library" in str(hardware.gpu_problem)
    assert any("GPU: none usable" in line for line in acceleration_summary(hardware))


def test_library_but_the_driver_is_not_loaded() -> None:
    hardware = probe(FakeNvml([], init_error=pynvml.NVML_ERROR_DRIVER_NOT_LOADED))
    assert hardware.gpus == () and "did not answer" in str(hardware.gpu_problem)


def test_driver_without_any_gpu() -> None:
    nvml = FakeNvml([])
    hardware = probe(nvml)
    assert hardware.gpus == () and "sees no GPU" in str(hardware.gpu_problem) and nvml.shut_down


def test_a_device_list_is_read_and_the_freest_gpu_chosen() -> None:
    hardware = probe(FakeNvml([("RTX 3050", 4 * GiB, 1 * GiB), ("RTX 4090", 24 * GiB, 20 * GiB)]))
    assert [g.name for g in hardware.gpus] == ["RTX 3050", "RTX 4090"]
    assert hardware.driver == "550.54.14" and hardware.gpu_problem is None
    best = hardware.best_gpu
    assert best is not None and best.name == "RTX 4090" and best.compute_capability == (8, 9)


def _with_gpu(free: int, total: int = 8 * GiB, offload: bool = True) -> Hardware:
    gpu = Gpu(0, "RTX 4060", total, free, (8, 9))
    return Hardware(4, 16 * GiB, (gpu,), "550", None, offload)


def test_kv_cache_size_from_the_builtin_models_metadata(builtin_model: Path) -> None:
    # SmolLM2-135M: 30 layers, 3 KV heads, head size 576 / 9 = 64, f16 keys and values.
    assert kv_bytes_per_token(read_header(builtin_model)) == 2 * 30 * 3 * 64 * 2 == 23_040


def test_the_whole_model_fits_on_a_roomy_gpu(builtin_model: Path) -> None:
    plan = plan_offload(read_header(builtin_model), _with_gpu(free=6 * GiB))
    assert plan.device == "cuda:0" and plan.gpu_layers == 31 and plan.n_ctx == 2048
    assert "all 30 layers" in plan.reason and "RTX 4060" in plan.reason


def test_a_tight_gpu_takes_part_of_the_layers(builtin_model: Path) -> None:
    big = replace(read_header(builtin_model), size_bytes=4_000_000_000)  # as if a 4 GB file
    margin = 512 * 1024**2
    # A layer: the file over 31 (30 layers + embeddings/output) plus its share of 2048 tokens of KV.
    per_layer = 4_000_000_000 // 31 + 23_040 // 30 * 2048
    plan = plan_offload(big, _with_gpu(free=margin + int(3.5 * per_layer), total=4 * GiB), n_ctx=2048)
    assert (plan.device, plan.gpu_layers, plan.total_layers, plan.n_ctx) == ("cuda:0", 3, 30, 2048)
    assert "3 of 30 layers fit" in plan.reason and "rest run on the CPU" in plan.reason


def test_the_context_shrinks_before_layers_leave_the_gpu(builtin_model: Path) -> None:
    header = read_header(builtin_model)
    margin = 512 * 1024**2
    hardware = _with_gpu(free=margin + header.size_bytes + 23_040 * 1500, total=4 * GiB)
    plan = plan_offload(header, hardware, n_ctx=4096)
    assert (plan.gpu_layers, plan.n_ctx) == (31, 1500) and "context cut to 1500" in plan.reason


def test_a_llama_cpp_without_gpu_offload_says_how_to_get_it(builtin_model: Path) -> None:
    plan = plan_offload(read_header(builtin_model), _with_gpu(free=6 * GiB, offload=False))
    assert plan.device == "cpu" and "scripts/install-gpu.sh" in plan.reason


def test_not_one_layer_fits(builtin_model: Path) -> None:
    plan = plan_offload(read_header(builtin_model), _with_gpu(free=300 * 1024**2))
    assert plan.device == "cpu" and "not one layer" in plan.reason


@pytest.mark.parametrize("requested", [512, 8192, 100_000])
def test_the_context_never_exceeds_the_models(builtin_model: Path, requested: int) -> None:
    plan = plan_offload(read_header(builtin_model), _with_gpu(free=20 * GiB, total=24 * GiB), n_ctx=requested)
    assert plan.n_ctx == min(requested, 8192)


CPU_BUILD = LlamaBuild(offload=False, backends=("CPU",))


def test_the_real_llama_cpp_here_is_asked_for_its_backends() -> None:
    hardware = probe()  # the real library: a CPU build on this machine
    assert hardware.llama_gpu_offload is False and hardware.llama_backends == ("CPU",)
    assert "CPU-only build (backends: CPU)" in str(hardware.gpu_problem)
    assert "llama.cpp: CPU only (built with CPU" in acceleration_summary(hardware)[2]


def test_available_memory_is_psutils_not_memfree(monkeypatch: pytest.MonkeyPatch) -> None:
    class Memory:
        available, free = 12 * GiB, 1 * GiB  # a machine whose page cache holds most of the RAM

    monkeypatch.setattr(psutil, "virtual_memory", lambda: Memory())
    assert probe(FakeNvml([]), llama=CPU_BUILD).ram_free_bytes == 12 * GiB


def test_backends_are_read_from_llama_cpps_system_info() -> None:
    info = "CUDA : ARCHS = 890 | USE_GRAPHS = 1 | PEER_MAX_BATCH_SIZE = 128 | CPU : SSE3 = 1 | AVX = 1 | "
    assert parse_backends(info) == ("CUDA", "CPU")
    assert parse_backends("Metal : EMBED_LIBRARY = 1 | CPU : NEON = 1 | ARM_FMA = 1 | ") == ("Metal", "CPU")


@pytest.mark.parametrize(
    ("backend", "name"), [("Metal", "Apple M2 Pro"), ("Vulkan", "AMD Radeon RX 7600"), ("ROCm", "gfx1100")]
)
def test_a_gpu_without_nvml_is_offloaded_to_through_llama_cpps_backend(
    builtin_model: Path, backend: str, name: str
) -> None:
    device = Gpu(0, name, 8 * GiB, 6 * GiB, None, backend)
    build = LlamaBuild(offload=True, backends=(backend, "CPU"), devices=(device,))
    hardware = probe(FakeNvml([], init_error=pynvml.NVML_ERROR_LIBRARY_NOT_FOUND), llama=build)
    assert hardware.gpus == (device,) and hardware.gpu_problem is None
    plan = plan_offload(read_header(builtin_model), hardware)
    assert plan.device == f"{backend.lower()}:0" and plan.gpu_layers == 31
    summary = acceleration_summary(hardware)
    assert f"llama.cpp: {backend} offload to {name}" in summary[2] and f"via {backend}" in summary[1]


def test_nvml_keeps_its_gpus_and_a_cpu_build_says_why_models_get_no_layers(builtin_model: Path) -> None:
    hardware = probe(FakeNvml([("RTX 4060", 8 * GiB, 7 * GiB)]), llama=CPU_BUILD)
    assert [g.name for g in hardware.gpus] == ["RTX 4060"] and hardware.driver == "550.54.14"
    plan = plan_offload(read_header(builtin_model), hardware)
    assert plan.gpu_layers == 0 and "without GPU offload (CPU only" in plan.reason
    assert (
        "this build has CPU and no GPU backend, so models get 0 GPU layers"
        in acceleration_summary(hardware)[2]
    )


def test_an_offload_build_that_sees_no_gpu_says_so() -> None:
    build = LlamaBuild(offload=True, backends=("Vulkan", "CPU"))
    hardware = probe(FakeNvml([], init_error=pynvml.NVML_ERROR_LIBRARY_NOT_FOUND), llama=build)
    assert "llama.cpp (backends: Vulkan, CPU) sees no GPU either" in str(hardware.gpu_problem)
    assert "built with Vulkan, CPU, but no usable GPU" in acceleration_summary(hardware)[2]


def test_llama_cpp_not_installed() -> None:
    hardware = probe(FakeNvml([]), llama=None)
    assert hardware.llama_gpu_offload is None and "not installed" in acceleration_summary(hardware)[2]
