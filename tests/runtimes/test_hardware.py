"""The hardware probe on machines with and without NVIDIA GPUs, and the offload plan's arithmetic.

pynvml is real; only the machine behind it is simulated: a stand-in module with the same
functions and pynvml's own error class, raising the errors the real library raises.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pynvml
import pytest

from app.runtimes.gguf_file import read_header
from app.runtimes.hardware import (
    GiB,
    Gpu,
    Hardware,
    acceleration_summary,
    kv_bytes_per_token,
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
    assert (plan.device, plan.gpu_layers, plan.threads) == ("cpu", 0, hardware.cpu_cores)
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
