"""LoRA fine-tuning of a GGUF model on this machine: examples in, a llama.cpp adapter out (S5).

The base weights come from the GGUF file itself (transformers dequantizes it; no download), so
the adapter is trained against exactly the numbers llama.cpp will run it on. Text is rendered
and tokenized by `LlamaRuntime` — the model's own chat template and llama.cpp's tokenizer — so
training sees the very tokens a specialist call sends; the loss covers only the answer and the
end-of-turn token that follows it, not the prompt.

Two phases, so a person can decide before the long part: `prepare()` loads the model, adds the
LoRA and times a couple of training passes, and its `estimate_s` says how long `run()` will
take; `run()` trains (a progress bar per example, with the loss) and writes the adapter with
`app.training.adapter`. Same seed, same examples: the same adapter, on the CPU.

torch, transformers and peft are optional (`pip install 'deskhand[train]'`).
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import numpy as np

from app.runtimes.base import Message, Role
from app.runtimes.gguf_file import read_header
from app.runtimes.llama import LlamaRuntime
from app.training.adapter import Matrix, check_supported, write_adapter
from app.training.examples import ChatExample

TRAIN_EXTRA = "pip install 'deskhand[train]'"
#: Training passes timed by `prepare()` for the estimate (the first pass warms up and is not counted).
TIMED_PASSES = 2
#: Told after each example trained: (examples done, examples in all epochs, recent mean loss).
StepProgress = Callable[[int, int, float], None]


@dataclass(frozen=True)
class FineTuneConfig:
    """LoRA hyperparameters. With the defaults, 240 teacher-labelled grounder calls and two epochs
    (15 minutes on a busy 2-core CPU) took the built-in 135M model from 20-48% to 63-78% right on
    held-out screens (bench/training.py)."""

    rank: int = 8
    alpha: float = 16.0
    dropout: float = 0.05
    target_modules: tuple[str, ...] = ("q_proj", "k_proj", "v_proj", "o_proj")
    epochs: int = 2
    learning_rate: float = 1e-3
    #: Examples per optimizer step (gradients are accumulated, so nothing is padded).
    batch_size: int = 4
    #: A larger set is sampled down to this many (time grows linearly; variety matters more).
    max_examples: int = 400
    #: Examples longer than this many tokens (prompt + answer) are left out.
    max_tokens: int = 1024
    seed: int = 0

    def __post_init__(self) -> None:
        if self.rank < 1 or self.epochs < 1 or self.batch_size < 1 or self.max_examples < 1:
            raise ValueError("rank, epochs, batch_size and max_examples must be at least 1")
        if not self.learning_rate > 0:
            raise ValueError("learning_rate must be positive")


@dataclass(frozen=True)
class FineTuneResult:
    """What a run produced: the adapter file and the figures the CLI and the log show."""

    adapter: Path
    base: Path
    examples: int
    epochs: int
    steps: int
    train_s: float
    final_loss: float
    device: str


@dataclass(frozen=True)
class _Tokenized:
    ids: list[int]
    #: Where the answer starts: the loss covers ids[answer_start:].
    answer_start: int


def _import_training() -> tuple[Any, Any, Any]:
    try:
        import peft
        import torch
        import transformers
    except ImportError as exc:
        raise ImportError(f"fine-tuning needs torch, transformers and peft: {TRAIN_EXTRA}") from exc
    return torch, transformers, peft


def load_base(base: Path, *, device: str = "cpu") -> Any:
    """The transformers model of a GGUF file, in float32, as plain trainable weights.

    Left to itself, transformers keeps a GGUF model marked as quantized (an `hf_quantizer` that
    forbids training and saving), and with its `kernels` package installed even leaves the
    weights packed, which LoRA cannot wrap. `GgufConfig(dequantize=True)` asks for plain dense
    weights and no quantized marking.
    """
    torch, transformers, _ = _import_training()
    if not hasattr(transformers, "GgufConfig"):
        raise ImportError(f"fine-tuning needs transformers 5 or newer: {TRAIN_EXTRA} --upgrade")
    model = transformers.AutoModelForCausalLM.from_pretrained(
        str(base.parent),
        gguf_file=base.name,
        quantization_config=transformers.GgufConfig(dequantize=True),
        dtype=torch.float32,
    )
    return model.to(device)


def answer_text(example: ChatExample) -> str:
    """The answer as the model must write it: JSON answers compact, as the schema grammar forces
    at inference (a teacher's `{"element": "x"}` would teach a space the grammar never allows)."""
    if example.schema is None:
        return example.answer
    try:
        parsed = json.loads(example.answer)
    except json.JSONDecodeError:
        return example.answer
    return json.dumps(parsed, ensure_ascii=False, separators=(",", ":"))


def tokenize(runtime: LlamaRuntime, example: ChatExample) -> _Tokenized:
    """Prompt tokens exactly as a specialist call sends them, then the answer and end of turn."""
    messages = [Message(cast(Role, m["role"]), m["content"]) for m in example.prompt]
    prompt, _ = runtime.render(messages)
    head = runtime.tokenize(prompt)
    answer = runtime.tokenize(answer_text(example), prompt=False)
    return _Tokenized(ids=[*head, *answer, runtime.end_of_turn], answer_start=len(head))


class FineTune:
    """A prepared run: the model with its LoRA, the tokenized examples, and a time estimate.

    Build it with `prepare()`; `estimate_s` is known before `run()` starts.
    """

    def __init__(
        self,
        base: Path,
        config: FineTuneConfig,
        model: Any,
        data: list[_Tokenized],
        *,
        left_out: int,
        device: str,
    ) -> None:
        self.base = base
        self.config = config
        self.device = device
        #: The peft model being trained (the base with its LoRA layers), for inspection.
        self.model = model
        self._data = data
        #: Examples left out for being longer than `config.max_tokens`.
        self.left_out = left_out
        self.examples = len(data)
        self.steps = config.epochs * -(-len(data) // config.batch_size)
        self.estimate_s = self._estimate()

    def _pass(self, item: _Tokenized) -> float:
        """Forward and backward on one example (gradients accumulate); returns its loss."""
        torch, _, _ = _import_training()
        ids = torch.tensor([item.ids], device=self.device)
        answer = ids[0, item.answer_start :]
        # Only the positions that predict the answer need the vocabulary projection (49k wide for
        # the built-in model, as much work per position as a quarter of the layers): the last
        # len(answer) + 1 positions, the very last predicting nothing.
        logits = self.model(input_ids=ids, logits_to_keep=len(answer) + 1).logits[0, :-1]
        loss = torch.nn.functional.cross_entropy(logits.float(), answer)
        (loss / self.config.batch_size).backward()
        return float(loss.item())

    def _estimate(self) -> float:
        """Seconds `run()` will take: timed passes scaled by token count (time is about linear)."""
        self.model.train()
        self._pass(self._data[0])  # the first pass allocates; it is not representative
        timed = self._data[1 : TIMED_PASSES + 1] or self._data[:1]
        started = time.perf_counter()
        for item in timed:
            self._pass(item)
        elapsed = time.perf_counter() - started
        self.model.zero_grad(set_to_none=True)
        timed_tokens = sum(len(i.ids) for i in timed)
        total_tokens = sum(len(i.ids) for i in self._data) * self.config.epochs
        return elapsed / timed_tokens * total_tokens

    def run(self, out: Path, *, progress: bool = True, on_step: StepProgress | None = None) -> FineTuneResult:
        """Train, then write the adapter to `out` (a .gguf file) and return the figures.

        `on_step` hears of each example trained (the window's progress bar); an exception it
        raises stops the training there, and no adapter is written (the window's Cancel)."""
        torch, transformers, _ = _import_training()
        from tqdm.auto import tqdm  # type: ignore[import-untyped]  # (no stubs installed)

        config = self.config
        _seed(torch, config.seed)
        order = random.Random(config.seed)
        params = [p for p in self.model.parameters() if p.requires_grad]
        optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=0.0)
        schedule = transformers.get_cosine_schedule_with_warmup(
            optimizer, num_warmup_steps=max(1, self.steps // 10), num_training_steps=self.steps
        )
        self.model.train()
        started = time.perf_counter()
        epoch_losses: list[float] = []
        total = config.epochs * len(self._data)
        bar = tqdm(total=total, disable=not progress, unit="example", file=sys.stderr)
        try:
            for epoch in range(config.epochs):
                data = list(self._data)
                order.shuffle(data)
                epoch_losses = []
                for i, item in enumerate(data, 1):
                    epoch_losses.append(self._pass(item))
                    if i % config.batch_size == 0 or i == len(data):
                        optimizer.step()
                        schedule.step()
                        optimizer.zero_grad(set_to_none=True)
                    loss = float(np.mean(epoch_losses[-20:]))
                    bar.update()
                    bar.set_postfix(loss=f"{loss:.3f}")
                    if on_step is not None:
                        on_step(epoch * len(data) + i, total, loss)
        finally:
            bar.close()
        train_s = time.perf_counter() - started
        write_adapter(out, self.base, lora_weights(self.model), alpha=config.alpha)
        return FineTuneResult(
            adapter=out,
            base=self.base,
            examples=len(self._data),
            epochs=config.epochs,
            steps=self.steps,
            train_s=train_s,
            final_loss=float(np.mean(epoch_losses)),
            device=self.device,
        )


def _seed(torch: Any, seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def lora_weights(model: Any) -> dict[str, tuple[Matrix, Matrix]]:
    """A peft model's LoRA as `write_adapter` takes it: base module name -> (lora_A, lora_B)."""
    _, _, peft = _import_training()
    state = peft.get_peft_model_state_dict(model, save_embedding_layers=False)
    pairs: dict[str, tuple[Matrix, Matrix]] = {}
    for key, tensor in state.items():
        if key.endswith(".lora_A.weight"):
            module = key.removesuffix(".lora_A.weight")
            lora_b = state[f"{module}.lora_B.weight"]
            pairs[module.removeprefix("base_model.model.")] = (
                tensor.detach().float().cpu().numpy(),
                lora_b.detach().float().cpu().numpy(),
            )
    return pairs


def prepare(base: Path, examples: Sequence[ChatExample], config: FineTuneConfig | None = None) -> FineTune:
    """Load `base` (a GGUF file), add the LoRA and time it: `prepare(...).estimate_s`, then `.run(out)`.

    Uses the GPU when torch sees one. Raises `ValueError` when no example is usable,
    `ModelFileError` for a base model that cannot be used, `ImportError` without the train extra.
    """
    config = config or FineTuneConfig()
    header = read_header(base)
    check_supported(header)  # before the slow load: an unsupported base fails at once
    torch, _, peft = _import_training()
    chosen = list(examples)
    if len(chosen) > config.max_examples:
        chosen = random.Random(config.seed).sample(chosen, config.max_examples)
    runtime = LlamaRuntime(base, n_ctx=max(config.max_tokens, 512), threads=1)
    try:
        tokenized = [tokenize(runtime, e) for e in chosen]
    finally:
        runtime.close()
    data = [t for t in tokenized if len(t.ids) <= config.max_tokens]
    if not data:
        raise ValueError(
            f"no usable training example: {len(examples)} given, {len(tokenized) - len(data)} longer "
            f"than max_tokens={config.max_tokens}"
        )
    device = "cuda" if torch.cuda.is_available() else "cpu"
    _seed(torch, config.seed)
    model = load_base(base, device=device)
    model.config.use_cache = False  # no KV cache while training: it only costs memory
    lora = peft.LoraConfig(
        r=config.rank,
        lora_alpha=config.alpha,
        lora_dropout=config.dropout,
        target_modules=list(config.target_modules),
        bias="none",
        task_type="CAUSAL_LM",
    )
    return FineTune(
        base,
        config,
        peft.get_peft_model(model, lora),
        data,
        left_out=len(tokenized) - len(data),
        device=device,
    )
