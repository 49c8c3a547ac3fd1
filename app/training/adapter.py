"""A trained LoRA written as a llama.cpp GGUF adapter, loaded beside its unchanged base model.

Fine-tuning happens on the transformers model read from the base GGUF; the specialist then runs
as base GGUF + this adapter in llama.cpp, so the base keeps its quantization and the adapter is
a few MB. (Merging the LoRA and quantizing back to Q4_1 erased the gain in our measurement.)

The file is what llama.cpp's `convert_lora_to_gguf.py` writes: `general.type = adapter`,
`adapter.type = lora`, `adapter.lora.alpha`, and per target weight `<gguf name>.lora_a`
(rank x in) and `.lora_b` (out x rank). llama.cpp scales the product by alpha / rank, as peft does.

Each architecture has its rules, and getting one wrong fails silently (the adapter loads and
only answers worse), so only the architectures listed in `LAYOUTS` are written:

- llama (SmolLM2, Llama 3.2): llama.cpp's converter permutes the rows of the query and key
  weights (its RoPE rotates interleaved pairs, Hugging Face's rotates halves) and the GGUF loader
  of transformers undoes it. A LoRA trained on the un-permuted weights must get the same row
  permutation on `lora_b` of q and k.
- qwen2 (Qwen2.5, xLAM-2), qwen3, gemma3: their RoPE is the NeoX kind (halves) in both
  libraries, so the converter leaves q and k as they are and so does the adapter. Qwen3 and
  Gemma 3 also normalise q and k per head (`q_norm`, `k_norm`) and Gemma keeps its RMSNorm
  weights as w + 1 in GGUF; neither touches a LoRA, which only ever targets the linear
  projections: a norm named as a target is refused rather than written as a tensor llama.cpp
  would apply as a matrix product.

Tensor names come from gguf-py's map for the architecture (`model.layers.N.self_attn.q_proj` ->
`blk.N.attn_q`), the same map llama.cpp's converter uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import gguf
import numpy as np
import numpy.typing as npt

from app.runtimes.adapter_file import BASE_SHA256, BASE_SIZE, AdapterHeader, file_sha256, read_adapter
from app.runtimes.base import UnsupportedArchitectureError
from app.runtimes.gguf_file import GGUFHeader, read_header

#: Architectures whose weights we know how llama.cpp lays out: architecture -> whether q and k
#: rows are RoPE-permuted (see the module docstring).
LAYOUTS = {"llama": True, "qwen2": False, "qwen3": False, "gemma3": False}

Matrix = npt.NDArray[np.float32]


def check_supported(base: GGUFHeader) -> None:
    """Raise `UnsupportedArchitectureError` unless adapters can be written for `base`."""
    if not trainable(base.architecture):
        raise UnsupportedArchitectureError(
            base.path,
            f"fine-tuning supports {', '.join(sorted(LAYOUTS))} models, and this one is {base.architecture}",
            "Pick a llama, Qwen2/Qwen3 or Gemma 3 base model (the built-in SmolLM2 is a llama)",
        )


def trainable(architecture: str | None) -> bool:
    """Whether adapters can be written for a base of `architecture` (a GGUF `general.architecture`)."""
    return architecture in LAYOUTS


def rope_permute(rows: Matrix, n_head: int) -> Matrix:
    """llama.cpp's q/k row order from Hugging Face's, for a weight (or lora_b) with `n_head` heads.

    The same reshape as `permute` in llama.cpp's convert_hf_to_gguf.py: within each head, the
    rows of the two rotary halves are interleaved.
    """
    out = rows.shape[0]
    if out % (2 * n_head):
        raise ValueError(f"{out} rows do not split into {n_head} heads of rotary pairs")
    return rows.reshape(n_head, 2, out // n_head // 2, *rows.shape[1:]).swapaxes(1, 2).reshape(rows.shape)


def write_adapter(
    path: Path,
    base: Path,
    lora: Mapping[str, tuple[Matrix, Matrix]],
    *,
    alpha: float,
) -> AdapterHeader:
    """Write `lora` (Hugging Face module name -> (lora_A, lora_B)) as a GGUF adapter for `base`.

    Module names are those of the transformers model, e.g. `model.layers.0.self_attn.q_proj`;
    lora_A is rank x in, lora_B out x rank, as peft keeps them. Returns the header read back.
    """
    header = read_header(base)
    check_supported(header)
    arch = header.architecture
    meta = header.metadata
    n_head = int(meta[f"{arch}.attention.head_count"])
    n_head_kv = int(meta.get(f"{arch}.attention.head_count_kv", n_head))
    names = gguf.get_tensor_name_map(_model_arch(arch), header.block_count or 0)
    tensors: list[tuple[str, Matrix]] = []
    for module, (lora_a, lora_b) in sorted(lora.items()):
        if module.rsplit(".", 1)[-1].endswith("norm"):  # q_norm, input_layernorm...
            raise ValueError(f"{module} is a normalisation layer; a LoRA targets linear projections only")
        target = names.get_name(module)
        if target is None:
            raise ValueError(f"{module} has no llama.cpp tensor in a {arch} model")
        if lora_a.shape[0] != lora_b.shape[1]:
            raise ValueError(f"{module}: lora_A {lora_a.shape} and lora_B {lora_b.shape} differ in rank")
        if LAYOUTS[arch] and target.endswith((".attn_q", ".attn_k")):
            lora_b = rope_permute(lora_b, n_head if target.endswith(".attn_q") else n_head_kv)
        tensors += [
            (f"{target}.weight.lora_a", np.ascontiguousarray(lora_a, dtype=np.float32)),
            (f"{target}.weight.lora_b", np.ascontiguousarray(lora_b, dtype=np.float32)),
        ]
    if not tensors:
        raise ValueError("the LoRA has no weights to write")
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(str(path), arch)
    writer.add_type(gguf.GGUFType.ADAPTER)
    writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
    writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, float(alpha))
    writer.add_name(f"{header.name} LoRA")
    writer.add_base_model_count(1)
    writer.add_base_model_name(0, base.name)
    writer.add_string(BASE_SHA256, file_sha256(base))
    writer.add_uint64(BASE_SIZE, header.size_bytes)
    for name, tensor in tensors:
        writer.add_tensor(name, tensor)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return read_adapter(path)


def _model_arch(name: str) -> gguf.MODEL_ARCH:
    return next(arch for arch, arch_name in gguf.MODEL_ARCH_NAMES.items() if arch_name == name)
