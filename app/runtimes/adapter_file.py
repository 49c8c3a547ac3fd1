"""LoRA adapter files: which base model an adapter belongs to, checked before llama.cpp loads it.

A fine-tuned specialist is the base GGUF model plus a small llama.cpp LoRA adapter (a GGUF file
with `general.type = adapter`). llama.cpp applies an adapter to any model whose tensor shapes fit,
so an adapter trained on one build of a model would load silently on another build or
quantization and just answer worse. Deskhand's adapters therefore carry their base file's SHA-256
and size (`app.training.adapter` writes them), and the runtime refuses a base that does not match.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import gguf

from app.runtimes.base import ModelFileError
from app.runtimes.gguf_file import read_header

#: Metadata keys Deskhand adds to an adapter (llama.cpp ignores keys it does not know).
BASE_SHA256 = "deskhand.base.sha256"
BASE_SIZE = "deskhand.base.size"


class AdapterMismatchError(ModelFileError):
    """An adapter was trained on another base model than the one it would be applied to."""


@dataclass(frozen=True)
class AdapterHeader:
    """A LoRA adapter's metadata: its architecture, alpha, and the base file it was trained on."""

    path: Path
    size_bytes: int
    architecture: str
    alpha: float
    base_name: str
    base_sha256: str
    base_size: int
    tensor_count: int


def read_adapter(path: Path) -> AdapterHeader:
    """Parse a LoRA adapter's header; raise `ModelFileError` if it is no Deskhand LoRA adapter."""
    header = read_header(path)
    meta = header.metadata
    if (
        meta.get(gguf.Keys.General.TYPE) != gguf.GGUFType.ADAPTER
        or meta.get(gguf.Keys.Adapter.TYPE) != "lora"
    ):
        raise ModelFileError(
            header.path,
            "this is not a LoRA adapter (general.type is not 'adapter')",
            "Pass the adapter file `deskhand train` wrote, or bind the role to a plain model",
        )
    if BASE_SHA256 not in meta or BASE_SIZE not in meta:
        raise ModelFileError(
            header.path,
            "the adapter does not say which base model it was trained on",
            "Use an adapter written by `deskhand train`, which records its base model",
        )
    return AdapterHeader(
        path=header.path,
        size_bytes=header.size_bytes,
        architecture=header.architecture,
        alpha=float(meta.get(gguf.Keys.Adapter.LORA_ALPHA, 0.0)),
        base_name=str(meta.get(gguf.Keys.General.BASE_MODEL_NAME.format(id=0), "")),
        base_sha256=str(meta[BASE_SHA256]),
        base_size=int(meta[BASE_SIZE]),
        tensor_count=header.tensor_count,
    )


def file_sha256(path: Path) -> str:
    """The SHA-256 of a model file, computed once per file version in this process."""
    stat = path.stat()
    return _sha256(path.resolve(), stat.st_size, stat.st_mtime_ns)


@cache
def _sha256(path: Path, size: int, mtime_ns: int) -> str:
    # size and mtime are part of the cache key: a replaced file is hashed again.
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def check_adapter(adapter: Path, base: Path) -> AdapterHeader:
    """The adapter's header, if it was trained on exactly `base`; else `AdapterMismatchError`."""
    header = read_adapter(adapter)
    base_arch = read_header(base).architecture
    # The size is compared first: a different file is almost always a different size, and it
    # costs no read of the whole base file.
    if (
        header.architecture != base_arch
        or base.stat().st_size != header.base_size
        or file_sha256(base) != header.base_sha256
    ):
        raise AdapterMismatchError(
            header.path,
            f"this adapter was trained on {header.base_name or 'another model'} "
            f"({header.base_size:,} bytes), not on {base.name}",
            f"Apply it to the model it was trained on, or train a new adapter on {base.name} "
            "with `deskhand train`",
        )
    return header
