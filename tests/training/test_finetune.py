"""Fine-tuning end to end on the real built-in model: examples -> LoRA -> GGUF adapter -> llama.cpp.

Tiny data and one epoch, so the tests show the plumbing (the adapter loads, changes what the
model says, and llama.cpp computes what transformers trained), not a quality gain: that is
measured by `python -m bench.training`.
"""

from __future__ import annotations

import json
from pathlib import Path

import llama_cpp
import numpy as np
import pytest
import torch
from transformers.modeling_gguf_pytorch_utils import LlamaTensorProcessor

from app.agent.specialists import prompt
from app.runtimes.base import Message
from app.runtimes.catalog import resolve_role
from app.runtimes.llama import LlamaRuntime
from app.runtimes.pool import ModelPool
from app.training.adapter import Matrix, write_adapter
from app.training.examples import ChatExample
from app.training.finetune import (
    FineTune,
    FineTuneConfig,
    FineTuneResult,
    answer_text,
    lora_weights,
    prepare,
)

pytestmark = pytest.mark.model

SCREEN = ["Name", "Email", "Phone", "Password", "Address"]
ASKED = [("e-mail address", "Email"), ("telephone number", "Phone"), ("secret word", "Password")]
ASKED += [("where I live", "Address"), ("what I am called", "Name"), ("mobile number", "Phone")]
ASKED += [("inbox", "Email"), ("home street", "Address")]
SCHEMA = {
    "type": "object",
    "properties": {"element": {"type": "string", "enum": SCREEN}},
    "required": ["element"],
    "additionalProperties": False,
}
#: Big steps, so that eight examples move the weights visibly (not a recipe for real training).
#: Only q and k, the projections whose layout differs between transformers and llama.cpp.
CONFIG = FineTuneConfig(
    epochs=1, batch_size=1, learning_rate=5e-3, dropout=0.0, target_modules=("q_proj", "k_proj")
)


def _example(i: int, description: str, answer: str) -> ChatExample:
    screen = "\n".join(f'- field "{name}"' for name in SCREEN)
    user = f'Screen elements:\n{screen}\n\nDescription: "{description}"\n'
    user += "Which element does the description mean?"
    return ChatExample(
        prompt=({"role": "system", "content": prompt("grounder")}, {"role": "user", "content": user}),
        answer=json.dumps({"element": answer}),  # with a space, as a cloud teacher writes it
        role="grounder",
        schema=SCHEMA,
        call_id=i,
        run_id=1,
        source="teacher",
    )


EXAMPLES = [_example(i, d, a) for i, (d, a) in enumerate(ASKED)]
ASK = tuple(Message(m["role"], m["content"]) for m in EXAMPLES[0].prompt)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return resolve_role("grounder", tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="module")
def tuned(base: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[FineTune, FineTuneResult]:
    tune = prepare(base, EXAMPLES, CONFIG)
    return tune, tune.run(tmp_path_factory.mktemp("adapters") / "grounder.gguf", progress=False)


def test_a_run_is_estimated_first_and_reports_what_it_did(tuned: tuple[FineTune, FineTuneResult]) -> None:
    tune, result = tuned
    assert tune.estimate_s > 0 and tune.examples == len(EXAMPLES) and tune.left_out == 0
    assert (result.examples, result.epochs, result.steps) == (len(EXAMPLES), 1, len(EXAMPLES))
    assert result.adapter.is_file() and np.isfinite(result.final_loss) and result.device == "cpu"


def test_the_adapter_changes_what_the_model_says(base: Path, tuned: tuple[FineTune, FineTuneResult]) -> None:
    plain = LlamaRuntime(base, threads=2)
    special = LlamaRuntime(base, threads=2, lora_path=tuned[1].adapter)
    assert special.model == f"{base.name}+grounder.gguf"
    said = [r.complete(ASK, max_tokens=24).text for r in (plain, special)]
    assert said[0] != said[1]


def _llama_logits(base: Path, tokens: list[int], adapter: Path | None = None) -> Matrix:
    llm = llama_cpp.Llama(
        str(base), n_ctx=512, logits_all=True, verbose=False, n_threads=2, lora_path=adapter and str(adapter)
    )
    llm.eval(tokens)
    logits = np.array(llm.scores[: len(tokens)], dtype=np.float32)
    llm.close()
    return logits


def test_llama_cpp_computes_the_change_transformers_trained(
    base: Path, tuned: tuple[FineTune, FineTuneResult], tmp_path: Path
) -> None:
    """The logit change the adapter makes in llama.cpp follows the one peft makes; written
    without the RoPE permutation of q and k, the same weights change something else."""
    tune, result = tuned
    runtime = LlamaRuntime(base, threads=2)
    tokens = runtime.tokenize(runtime.render(ASK)[0])
    model = tune.model.eval()
    with torch.no_grad():
        with model.disable_adapter():
            before = model(input_ids=torch.tensor([tokens])).logits[0].numpy()
        after = model(input_ids=torch.tensor([tokens])).logits[0].numpy()
    plain = _llama_logits(base, tokens)

    def agreement(adapter: Path) -> float:
        change = _llama_logits(base, tokens, adapter) - plain
        return float(np.corrcoef((after - before).ravel(), change.ravel())[0, 1])

    undo = LlamaTensorProcessor(config={})._reverse_permute_weights
    heads = {"q_proj": 9, "k_proj": 3}
    unpermuted = {
        name: (a, undo(b, 9, heads[name.rsplit(".", 1)[1]]))
        for name, (a, b) in lora_weights(tune.model).items()
    }
    wrong = write_adapter(tmp_path / "unpermuted.gguf", base, unpermuted, alpha=CONFIG.alpha).path
    assert agreement(result.adapter) > 0.8
    assert agreement(wrong) < 0.5


def test_the_pool_keeps_base_and_base_plus_adapter_apart(
    base: Path, tuned: tuple[FineTune, FineTuneResult], tmp_path: Path
) -> None:
    adapter = tuned[1].adapter
    pool = ModelPool(tmp_path, threads=2)
    plain, special = pool.runtime_for("grounder"), pool.runtime_for("grounder", adapter=adapter)
    assert pool.loaded == [base.resolve(), adapter.resolve()] and pool.loads == 2
    assert special.model == f"{base.name}+{adapter.name}" and plain.model == base.name
    direct = LlamaRuntime(base, threads=2, lora_path=adapter).complete(ASK, max_tokens=24).text
    assert special.complete(ASK, max_tokens=24).text == direct
    assert plain.complete(ASK, max_tokens=24).text != direct


def test_answers_are_trained_in_the_compact_json_the_schema_grammar_writes() -> None:
    assert answer_text(EXAMPLES[0]) == '{"element":"Email"}'


def test_examples_longer_than_the_limit_leave_nothing_to_train(base: Path) -> None:
    with pytest.raises(ValueError, match="longer than max_tokens=16"):
        prepare(base, EXAMPLES, FineTuneConfig(max_tokens=16))
