"""The model pool: every model loaded once per process, shared by specialists, freed when idle.

The composition root asks `pool.runtime_for(role)` and hands the result to the specialist. That
is a light view, not a model: roles bound to the same file share one loaded model, each role's
calls carry the role as the prefix-cache key (so two specialists taking turns on one model each
keep their system prompt evaluated, see `app.runtimes.llama`), and the model itself is loaded on
first use with the hardware probe's offload plan. When loading a model would go over the memory
budget, the least recently used models that no call is using are unloaded first; a view whose
model was unloaded loads it again on its next call.

A GGUF model is smoke-tested (`app.runtimes.smoke`: one short answer in a child process, the
verdict cached in the models folder) before its first load, so a file whose weights would abort
llama.cpp never enters this process; a pool built with `smoke_test=False` (tests, tools that load
files they just checked) skips it. A role bound to a file that is missing, unreadable or fails
its smoke test gets the built-in model, and the reason lands in `pool.notices` for the CLI or the
window to show; when the built-in model itself fails, `runtime_for` raises the `ModelError`.

A fine-tuned specialist is the role's model plus a LoRA adapter (`runtime_for(role, adapter=...)`).
llama.cpp applies an adapter to a whole context, so base+adapter is a model of its own here,
keyed by the adapter file (an adapter belongs to exactly one base, checked by its SHA-256).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.runtimes.adapter_file import check_adapter
from app.runtimes.base import Completion, Message, ModelError, ModelFileError
from app.runtimes.catalog import DAMAGED_REMEDY, RoleBinding, bind_role, fall_back, validate_model
from app.runtimes.cpu_weights import mapped_bytes
from app.runtimes.gguf_file import GGUFHeader
from app.runtimes.hardware import RAM_FRACTION, Hardware, OffloadPlan, kv_bytes_per_token, plan_offload, probe
from app.runtimes.llama import LlamaRuntime
from app.runtimes.onnx import OnnxRuntime
from app.runtimes.smoke import smoke_test, verdicts_dir

#: Used when the probe cannot tell how much RAM is free.
DEFAULT_BUDGET_BYTES = 4 * 1024**3


@dataclass
class _Loaded:
    runtime: LlamaRuntime | OnnxRuntime
    cost_bytes: int
    plan: OffloadPlan | None
    users: int = 0


class ModelPool:
    """Loads models on demand, once each, within `memory_budget_bytes` of RAM; with `smoke_test`,
    only GGUF models (and base+adapter pairs) that passed the smoke test."""

    def __init__(
        self,
        models_dir: Path,
        *,
        hardware: Hardware | None = None,
        memory_budget_bytes: int | None = None,
        n_ctx: int = 2048,
        threads: int | None = None,
        catalog: dict[str, Any] | None = None,
        smoke_test: bool = False,
    ) -> None:
        self.models_dir = models_dir
        self.smoke_test = smoke_test
        self.hardware = hardware if hardware is not None else probe()
        free = self.hardware.ram_free_bytes
        self.memory_budget_bytes = memory_budget_bytes or (
            int(free * RAM_FRACTION) if free else DEFAULT_BUDGET_BYTES
        )
        self.n_ctx = n_ctx
        self.threads = threads
        self._catalog = catalog
        self._loaded: OrderedDict[Path, _Loaded] = OrderedDict()
        self._lock = threading.RLock()
        self._bindings: dict[str, RoleBinding] = {}
        #: Things the person should see: fallbacks to the built-in model, unloads, plans.
        self.notices: list[str] = []
        self.loads = 0

    def binding(self, role: str) -> RoleBinding:
        with self._lock:
            if role not in self._bindings:
                binding = bind_role(role, self.models_dir, self._catalog)
                if binding.fallback:
                    self.notices.append(binding.fallback)
                self._bindings[role] = binding
            return self._bindings[role]

    def runtime_for(self, role: str, *, adapter: Path | None = None) -> SpecialistRuntime:
        """The runtime for `role`; the model is validated and loaded now, so errors surface early.

        `adapter` is a LoRA adapter file applied on the role's model. A role whose model cannot
        load (unreadable, damaged, fails its smoke test) gets the built-in model, with a notice.
        Raises `ModelError` (a subclass naming the file and what to do) when the built-in model
        is missing or unusable too, or when the adapter cannot serve (trained on another model,
        or the pair fails its smoke test).
        """
        binding = self.binding(role)
        lora = adapter.resolve() if adapter is not None else None
        try:
            with self.using(binding.path.resolve(), lora):
                pass
        except ModelError as unusable:
            if lora is not None:
                raise
            binding = self._fall_back(binding, unusable)
            with self.using(binding.path.resolve()):
                pass
        return SpecialistRuntime(self, role, binding.path.resolve(), lora)

    def _fall_back(self, binding: RoleBinding, problem: ModelError) -> RoleBinding:
        """The built-in model for a role whose model failed to load (raises `problem` when the
        built-in model is the one that failed); later calls for the role get it at once."""
        with self._lock:
            if binding.fallback is not None:
                raise problem
            fallback = fall_back(binding.role, binding.ref, problem, self.models_dir, self._catalog)
            self.notices.append(fallback.fallback or str(problem))
            self._bindings[binding.role] = fallback
            return fallback

    def plan_for(self, path: Path) -> OffloadPlan | None:
        """How a GGUF model will run here; None for an ONNX folder (its provider is picked at load)."""
        header = validate_model(path)
        if not isinstance(header, GGUFHeader):
            return None
        return plan_offload(header, self.hardware, n_ctx=self.n_ctx)

    @property
    def loaded(self) -> list[Path]:
        """The loaded models: model files, and adapter files for base+adapter models."""
        with self._lock:
            return list(self._loaded)

    @contextmanager
    def using(self, path: Path, adapter: Path | None = None) -> Iterator[LlamaRuntime | OnnxRuntime]:
        """The loaded model for `path` (with `adapter`), protected from unloading while the block runs."""
        key = adapter or path
        with self._lock:
            entry = self._loaded.get(key) or self._load(path, adapter)
            self._loaded.move_to_end(key)
            entry.users += 1
        try:
            yield entry.runtime
        finally:
            with self._lock:
                entry.users -= 1

    def _load(self, path: Path, adapter: Path | None = None) -> _Loaded:
        header = validate_model(path)
        plan: OffloadPlan | None = None
        if isinstance(header, GGUFHeader):
            plan = plan_offload(header, self.hardware, n_ctx=self.n_ctx)
            # With an adapter, llama-cpp-python reads the base into memory instead of mapping
            # it, so it costs a full copy even when the plain base is loaded too.
            extra = check_adapter(adapter, path).size_bytes if adapter else 0
            # A CPU run may map a larger, faster copy of the weights (`app.runtimes.cpu_weights`).
            weights = mapped_bytes(header) if plan.gpu_layers == 0 else header.size_bytes
            cost = weights + extra + kv_bytes_per_token(header) * plan.n_ctx
        elif adapter:
            raise ModelFileError(
                adapter,
                "LoRA adapters apply to GGUF models only",
                f"Bind the role to a GGUF model, not {path.name}",
            )
        else:
            cost = header.size_bytes
        if plan is not None and self.smoke_test:
            problem = smoke_test(path, verdicts_dir(self.models_dir), lora=adapter)
            if problem is not None:
                if adapter is None:
                    raise ModelFileError(path, problem, DAMAGED_REMEDY)
                raise ModelFileError(adapter, problem, "Roll the specialist back (`deskhand train rollback`)")
        self._make_room(cost)
        runtime: LlamaRuntime | OnnxRuntime
        if plan is not None:
            runtime = LlamaRuntime(
                path,
                n_ctx=plan.n_ctx,
                threads=self.threads or plan.threads,
                gpu_layers=plan.gpu_layers,
                lora_path=adapter,
            )
            configured = (
                f"; {self.threads} threads as configured"
                if self.threads and self.threads != plan.threads and plan.device == "cpu"
                else ""
            )
            self.notices.append(f"{runtime.model}: {plan.reason}{configured}")
            if runtime.weights_note:
                self.notices.append(f"{runtime.model}: {runtime.weights_note}")
        else:
            runtime = OnnxRuntime(path)
            self.notices.append(
                f"{path.name}: ONNX Runtime GenAI on {runtime.provider} ({runtime.provider_note})"
            )
        entry = _Loaded(runtime=runtime, cost_bytes=cost, plan=plan)
        self._loaded[adapter or path] = entry
        self.loads += 1
        return entry

    def _make_room(self, cost: int) -> None:
        for path, entry in list(self._loaded.items()):  # oldest first
            if self._used_bytes() + cost <= self.memory_budget_bytes:
                return
            if entry.users == 0:
                self.unload(path)
        if self._used_bytes() + cost > self.memory_budget_bytes:
            self.notices.append(
                f"loading a model of about {cost / 1e9:.1f} GB goes over the memory budget "
                f"({self.memory_budget_bytes / 1e9:.1f} GB); models in use cannot be unloaded"
            )

    def _used_bytes(self) -> int:
        return sum(e.cost_bytes + _prefix_bytes(e.runtime) for e in self._loaded.values())

    def unload(self, path: Path) -> None:
        """Free a model now (it is loaded again when next used)."""
        with self._lock:
            entry = self._loaded.pop(path, None)
            if entry is None:
                return
            if entry.users:
                self._loaded[path] = entry
                raise RuntimeError(f"{path.name} is in use and cannot be unloaded")
            entry.runtime.close()
            self.notices.append(f"{path.name}: unloaded to stay within the memory budget")

    def close(self) -> None:
        for path in self.loaded:
            self.unload(path)


def _prefix_bytes(runtime: LlamaRuntime | OnnxRuntime) -> int:
    return runtime.saved_prefix_bytes if isinstance(runtime, LlamaRuntime) else 0


class SpecialistRuntime:
    """One role's view of a pooled model: a `Runtime` whose calls keep the role's prompt prefix."""

    def __init__(self, pool: ModelPool, role: str, path: Path, adapter: Path | None = None) -> None:
        self.pool = pool
        self.role = role
        self.path = path
        self.adapter = adapter

    @property
    def name(self) -> str:
        return "onnx" if self.path.is_dir() else "llama.cpp"

    @property
    def model(self) -> str:
        return f"{self.path.name}+{self.adapter.name}" if self.adapter else self.path.name

    @property
    def streams(self) -> bool:
        """A GGUF model hands over its answer as it decodes; an ONNX folder answers at once."""
        return not self.path.is_dir()

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 64,
        temperature: float = 0.0,
        on_text: Callable[[str], None] | None = None,
    ) -> Completion:
        with self.pool.using(self.path, self.adapter) as runtime:
            if isinstance(runtime, LlamaRuntime):
                return runtime.complete(
                    messages,
                    schema=schema,
                    max_tokens=max_tokens,
                    temperature=temperature,
                    cache_key=self.role,
                    on_text=on_text,
                )
            return runtime.complete(messages, schema=schema, max_tokens=max_tokens, temperature=temperature)
