"""The GGUF LoRA adapter writer and the wrong-base check, on the built-in model's header.

Fast: no model is loaded. The adapter's agreement with llama.cpp is in test_finetune.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import gguf
import numpy as np
import pytest
from transformers.modeling_gguf_pytorch_utils import LlamaTensorProcessor

from app.runtimes.adapter_file import AdapterMismatchError, check_adapter, read_adapter
from app.runtimes.base import ModelFileError, UnsupportedArchitectureError
from app.runtimes.catalog import resolve_role
from app.runtimes.llama import LlamaRuntime
from app.training.adapter import Matrix, rope_permute, write_adapter

HEADS, KV_HEADS, HIDDEN, HEAD_DIM, RANK = 9, 3, 576, 64, 4
SHAPES = {"q_proj": HEADS * HEAD_DIM, "k_proj": KV_HEADS * HEAD_DIM, "v_proj": KV_HEADS * HEAD_DIM}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return resolve_role("grounder", tmp_path_factory.mktemp("models"))


def _lora(layers: int = 2) -> dict[str, tuple[Matrix, Matrix]]:
    """Random LoRA pairs shaped like the built-in model's attention (rank x in, out x rank)."""
    rng = np.random.default_rng(0)
    return {
        f"model.layers.{layer}.self_attn.{proj}": (
            rng.standard_normal((RANK, HIDDEN), dtype=np.float32),
            rng.standard_normal((out, RANK), dtype=np.float32),
        )
        for layer in range(layers)
        for proj, out in SHAPES.items()
    }


def _tensors(path: Path) -> dict[str, np.ndarray]:
    return {t.name: np.asarray(t.data) for t in gguf.GGUFReader(path).tensors}


def test_the_adapter_has_llama_cpps_names_shapes_and_metadata(base: Path, tmp_path: Path) -> None:
    header = write_adapter(tmp_path / "a.gguf", base, _lora(), alpha=16)
    assert (header.architecture, header.alpha, header.base_name) == ("llama", 16.0, base.name)
    assert header.base_size == base.stat().st_size and len(header.base_sha256) == 64
    tensors = _tensors(tmp_path / "a.gguf")
    expected = {
        f"blk.{layer}.attn_{proj}.weight.lora_{ab}" for layer in (0, 1) for proj in "qkv" for ab in "ab"
    }
    assert set(tensors) == expected
    # numpy's (rows, cols) is ggml's (ne1, ne0): lora_a is rank x in, lora_b is out x rank.
    assert tensors["blk.0.attn_q.weight.lora_a"].shape == (RANK, HIDDEN)
    assert tensors["blk.1.attn_k.weight.lora_b"].shape == (KV_HEADS * HEAD_DIM, RANK)
    metadata = gguf.GGUFReader(tmp_path / "a.gguf").fields
    assert bytes(metadata["general.type"].parts[-1]) == b"adapter"
    assert bytes(metadata["adapter.type"].parts[-1]) == b"lora"


def test_q_and_k_get_the_rope_permutation_that_transformers_undoes(base: Path, tmp_path: Path) -> None:
    lora = _lora(layers=1)
    write_adapter(tmp_path / "a.gguf", base, lora, alpha=8)
    stored = _tensors(tmp_path / "a.gguf")
    undo = LlamaTensorProcessor(config={})._reverse_permute_weights  # transformers' GGUF -> HF
    q_a, q_b = lora["model.layers.0.self_attn.q_proj"]
    k_b = lora["model.layers.0.self_attn.k_proj"][1]
    v_b = lora["model.layers.0.self_attn.v_proj"][1]
    assert not np.array_equal(stored["blk.0.attn_q.weight.lora_b"], q_b)
    np.testing.assert_array_equal(undo(stored["blk.0.attn_q.weight.lora_b"], HEADS, HEADS), q_b)
    np.testing.assert_array_equal(undo(stored["blk.0.attn_k.weight.lora_b"], HEADS, KV_HEADS), k_b)
    np.testing.assert_array_equal(stored["blk.0.attn_q.weight.lora_a"], q_a)  # columns keep their order
    np.testing.assert_array_equal(stored["blk.0.attn_v.weight.lora_b"], v_b)  # v has no rotary


def test_rope_permute_refuses_rows_that_do_not_split_into_heads() -> None:
    with pytest.raises(ValueError, match="rotary pairs"):
        rope_permute(np.zeros((10, 2), dtype=np.float32), 3)


def test_a_module_llama_cpp_does_not_know_is_refused(base: Path, tmp_path: Path) -> None:
    lora = {"model.layers.0.self_attn.rotary_emb": _lora(1)["model.layers.0.self_attn.q_proj"]}
    with pytest.raises(ValueError, match=r"no llama\.cpp tensor"):
        write_adapter(tmp_path / "a.gguf", base, lora, alpha=8)


def _synthetic_base(path: Path, arch: str, heads: int = HEADS, kv_heads: int = KV_HEADS) -> Path:
    """A GGUF header of `arch` with the attention shape the LoRA needs: no weights worth loading."""
    writer = gguf.GGUFWriter(str(path), arch)
    writer.add_block_count(2)
    writer.add_head_count(heads)
    writer.add_head_count_kv(kv_heads)
    writer.add_tensor("w", np.zeros((4, 4), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def test_an_adapter_for_an_unknown_architecture_is_refused(tmp_path: Path) -> None:
    other = _synthetic_base(tmp_path / "phi.gguf", "phi3")
    with pytest.raises(UnsupportedArchitectureError, match="supports gemma3, llama, qwen2, qwen3 models"):
        write_adapter(tmp_path / "a.gguf", other, _lora(1), alpha=8)


@pytest.mark.parametrize("arch", ["qwen2", "qwen3", "gemma3"])
def test_neox_rope_architectures_keep_q_and_k_rows_as_trained(arch: str, tmp_path: Path) -> None:
    """Qwen2/Qwen3/Gemma 3: llama.cpp's converter does not permute q and k, so neither may we."""
    base = _synthetic_base(tmp_path / f"{arch}.gguf", arch)
    lora = _lora()
    lora["model.layers.1.mlp.down_proj"] = lora["model.layers.1.self_attn.q_proj"]
    header = write_adapter(tmp_path / "a.gguf", base, lora, alpha=16)
    assert header.architecture == arch
    tensors = _tensors(tmp_path / "a.gguf")
    assert {n.removesuffix(".weight.lora_b") for n in tensors if n.endswith("lora_b")} == {
        *(f"blk.{layer}.attn_{proj}" for layer in (0, 1) for proj in "qkv"),
        "blk.1.ffn_down",
    }
    for layer in (0, 1):
        for proj, short in (("q_proj", "q"), ("k_proj", "k")):
            trained = lora[f"model.layers.{layer}.self_attn.{proj}"][1]
            assert np.array_equal(tensors[f"blk.{layer}.attn_{short}.weight.lora_b"], trained)


@pytest.mark.parametrize(
    ("arch", "norm"),
    [("qwen3", "self_attn.q_norm"), ("gemma3", "post_feedforward_layernorm"), ("llama", "input_layernorm")],
)
def test_a_norm_is_never_written_as_a_lora_target(arch: str, norm: str, tmp_path: Path) -> None:
    base = _synthetic_base(tmp_path / f"{arch}.gguf", arch)
    rng = np.random.default_rng(1)
    pair = (
        rng.standard_normal((RANK, HEAD_DIM), dtype=np.float32),
        rng.standard_normal((HEAD_DIM, RANK), dtype=np.float32),
    )
    with pytest.raises(ValueError, match="normalisation layer"):
        write_adapter(tmp_path / "a.gguf", base, {**_lora(1), f"model.layers.0.{norm}": pair}, alpha=8)
    assert not (tmp_path / "a.gguf").exists()


def test_the_adapter_matches_its_own_base(base: Path, tmp_path: Path) -> None:
    written = write_adapter(tmp_path / "a.gguf", base, _lora(1), alpha=8)
    assert check_adapter(tmp_path / "a.gguf", base) == written


def test_an_adapter_is_refused_on_another_build_of_the_base(base: Path, tmp_path: Path) -> None:
    """Same name, same size, one weight byte changed: the SHA-256 tells them apart."""
    write_adapter(tmp_path / "a.gguf", base, _lora(1), alpha=8)
    other = tmp_path / "other" / base.name
    other.parent.mkdir()
    shutil.copyfile(base, other)
    with other.open("r+b") as fh:
        fh.seek(-100, 2)
        byte = fh.read(1)
        fh.seek(-100, 2)
        fh.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(AdapterMismatchError, match="train a new adapter") as caught:
        check_adapter(tmp_path / "a.gguf", other)
    assert caught.value.path == tmp_path / "a.gguf"
    with pytest.raises(AdapterMismatchError):  # the runtime checks before llama.cpp loads anything
        LlamaRuntime(other, lora_path=tmp_path / "a.gguf")


def test_a_model_file_is_not_an_adapter(base: Path) -> None:
    with pytest.raises(ModelFileError, match="not a LoRA adapter"):
        read_adapter(base)
