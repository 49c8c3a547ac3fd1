"""The ONNX Runtime backend: ONNX GenAI model folders, JSON valid by construction through guidance.

onnxruntime-genai runs decoder models exported by its model builder (or published as ONNX
builds, like Microsoft's Phi-4-mini). Execution providers are tried in the order CUDA, DirectML,
CPU: asking for a provider this build lacks raises when the model is created (its CUDA library is
missing, or the package is the CPU one), so each failure is remembered in `provider_note` and
the next is tried; the person sees why the GPU is not used.

A JSON schema goes to the library's guidance (llguidance) as a grammar over the model's own
tokens. Like the llama.cpp backend we forbid free whitespace (`x-guidance.whitespace_flexible`):
a weak model otherwise pads spaces until the token limit. The library is optional
(`pip install 'deskhand[onnx]'`) and imported only when a model is loaded.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.runtimes.base import Completion, Message, ModelFileError, RuntimeUnavailableError, generated
from app.runtimes.onnx_folder import OnnxFolder, read_onnx_folder

#: Tried in this order; the name is onnxruntime-genai's, the label what the log and CLI show.
PROVIDERS: tuple[tuple[str, str], ...] = (("cuda", "CUDA"), ("dml", "DirectML"))


def _import_genai() -> Any:
    try:
        import onnxruntime_genai  # type: ignore[import-untyped]
    except ImportError as exc:
        raise RuntimeUnavailableError(
            "onnxruntime-genai is not installed: run `pip install 'deskhand[onnx]'` "
            "(or `scripts/install-gpu.sh` for the CUDA build)"
        ) from exc
    return onnxruntime_genai


def compact_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with guidance told to allow no whitespace between JSON tokens."""
    return {**schema, "x-guidance": {**schema.get("x-guidance", {}), "whitespace_flexible": False}}


class OnnxRuntime:
    """An ONNX GenAI model folder loaded once, answering chat messages (optionally as schema JSON)."""

    def __init__(self, path: Path, *, providers: Sequence[str] | None = None) -> None:
        self.path = Path(path)
        self.folder: OnnxFolder = read_onnx_folder(self.path)
        if not self.folder.has_chat_template:
            raise ModelFileError(
                self.path, "the model has no chat template", "Pick an instruct/chat build of the model"
            )
        self._og = _import_genai()
        started = time.perf_counter()
        self._model, self.provider, self.provider_note = self._create(
            [p for p in PROVIDERS if providers is None or p[0] in providers]
        )
        self._tokenizer = self._og.Tokenizer(self._model)
        self.load_s = time.perf_counter() - started
        self._lock = threading.Lock()

    def _create(self, providers: list[tuple[str, str]]) -> tuple[Any, str, str]:
        why_not: list[str] = []
        for name, label in providers:
            config = self._og.Config(str(self.path))
            config.clear_providers()
            try:
                config.append_provider(name)
                return self._og.Model(config), label, "the first provider in CUDA, DirectML, CPU order"
            except RuntimeError as exc:
                why_not.append(f"{label}: {str(exc).splitlines()[0]}")
        config = self._og.Config(str(self.path))
        config.clear_providers()
        try:
            model = self._og.Model(config)
        except RuntimeError as exc:
            raise ModelFileError(
                self.path,
                f"ONNX Runtime GenAI could not load it ({exc})",
                "The folder may be damaged or need a newer onnxruntime-genai; try another model",
            ) from exc
        return model, "CPU", "; ".join(why_not) or "CPU was asked for"

    @property
    def name(self) -> str:
        return "onnx"

    @property
    def model(self) -> str:
        return self.path.name

    def render(self, messages: Sequence[Message]) -> str:
        """The prompt text the model sees, from its own chat template."""
        chat = json.dumps([m.as_dict() for m in messages])
        return str(self._tokenizer.apply_chat_template(chat, add_generation_prompt=True))

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 64,
        temperature: float = 0.0,
    ) -> Completion:
        prompt = self.render(messages)
        with self._lock:
            tokens = self._tokenizer.encode(prompt)
            params = self._og.GeneratorParams(self._model)
            search: dict[str, Any] = {"max_length": len(tokens) + max_tokens, "do_sample": temperature > 0}
            if temperature > 0:
                search["temperature"] = temperature
            params.set_search_options(**search)
            if schema is not None:
                params.set_guidance("json_schema", json.dumps(compact_schema(schema)))
            started = time.perf_counter()
            generator = self._og.Generator(self._model, params)
            generator.append_tokens(tokens)
            stream = self._tokenizer.create_stream()
            first: float | None = None
            pieces: list[str] = []
            tokens_out = 0
            eos = set(self._eos_ids())
            last = -1
            while not generator.is_done():
                generator.generate_next_token()
                last = int(generator.get_next_tokens()[0])
                if first is None:
                    first = time.perf_counter() - started
                tokens_out += 1
                if last not in eos:
                    pieces.append(stream.decode(last))
            latency = time.perf_counter() - started
        finish = "stop" if last in eos or tokens_out < max_tokens else "length"
        return generated(
            "".join(pieces),
            finish,
            schema,
            tokens_in=len(tokens),
            tokens_out=tokens_out,
            latency_s=latency,
            ttft_s=first,
        )

    def _eos_ids(self) -> list[int]:
        eos = self.folder.config["model"].get("eos_token_id", [])
        return [int(e) for e in (eos if isinstance(eos, list) else [eos])]

    def close(self) -> None:
        """Drop the model; ONNX Runtime frees it when the last reference goes."""
        with self._lock:
            self._model = None
