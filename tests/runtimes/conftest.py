"""Model files for runtime tests: the real built-in model, broken copies, a tiny ONNX model."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import gguf
import numpy as np
import pytest

from app.runtimes.catalog import resolve_role


@pytest.fixture(scope="session")
def builtin_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return resolve_role("actor", tmp_path_factory.mktemp("models"))


@pytest.fixture
def truncated_model(builtin_model: Path, tmp_path: Path) -> Path:
    """The built-in model cut off half way, like an interrupted download."""
    path = tmp_path / "half.gguf"
    with builtin_model.open("rb") as src:
        path.write_bytes(src.read(builtin_model.stat().st_size // 2))
    return path


@pytest.fixture
def alien_model(tmp_path: Path) -> Path:
    """A well-formed GGUF whose architecture no llama.cpp knows."""
    path = tmp_path / "alien.gguf"
    writer = gguf.GGUFWriter(str(path), "nosucharch")
    writer.add_tensor("w", np.zeros((4, 4), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "readme.gguf"
    path.write_text("not a model\n")
    return path


def _tiny_llama_checkpoint(folder: Path) -> None:
    """A 2-layer Llama with random weights and a byte-level BPE tokenizer trained here, offline."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    tokenizer = Tokenizer(models.BPE(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    corpus = ['{"action":"click","element":"Submit"}', "You operate a form. Answer in JSON."] * 50
    trainer = trainers.BpeTrainer(
        vocab_size=300,
        special_tokens=["<unk>", "<s>", "<|im_start|>", "<|im_end|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tokenizer.train_from_iterator(corpus, trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token="<s>",
        eos_token="<|im_end|>",
        unk_token="<unk>",
        chat_template=(
            "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
            "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
        ),
    )
    fast.save_pretrained(folder)
    config = LlamaConfig(
        vocab_size=tokenizer.get_vocab_size(),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=2048,
        bos_token_id=fast.bos_token_id,
        eos_token_id=fast.eos_token_id,
    )
    torch.manual_seed(0)
    LlamaForCausalLM(config).save_pretrained(folder)


@pytest.fixture(scope="session")
def tiny_onnx_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An ONNX GenAI model folder built offline by onnxruntime-genai's own model builder.

    Random weights: it shows the backend's plumbing (loading, chat template, providers,
    guidance, token counting), not answer quality. Needs the `onnx` and `onnx-build` extras;
    without them the test is skipped, except in CI (`CI` set), where it fails.
    """
    missing = [
        m
        for m in ("onnxruntime_genai", "torch", "transformers", "onnx_ir")
        if importlib.util.find_spec(m) is None
    ]
    if missing:
        message = f"{', '.join(missing)} not installed: pip install -e '.[onnx,onnx-build]'"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    root = tmp_path_factory.mktemp("tiny-onnx")
    _tiny_llama_checkpoint(root / "hf")
    out = root / "tiny-llama-onnx"
    builder = [sys.executable, "-m", "onnxruntime_genai.models.builder"]
    result = subprocess.run(
        [*builder, "-i", str(root / "hf"), "-o", str(out), "-p", "int4", "-e", "cpu"],
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out
