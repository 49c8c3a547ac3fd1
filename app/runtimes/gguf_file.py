"""Read a GGUF file's header fast, and tell a usable model file from a broken one.

`gguf.GGUFReader` parses every vocabulary entry into Python objects (about 5 s for the
built-in 135M model), too slow for listing a models folder. This reader walks the header once
with `struct` and skips large arrays, using the `gguf` package's own tables for value types,
tensor sizes, file types and known architectures. It also catches what would make llama.cpp
fail later — wrong magic, a cut-off download, an architecture it does not know — so the error
can name the file and say what to do.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gguf

from app.runtimes.base import (
    ModelFileError,
    ModelNotFoundError,
    NotGGUFError,
    TruncatedModelError,
    UnsupportedArchitectureError,
)

_SCALARS: dict[int, str] = {
    gguf.GGUFValueType.UINT8: "<B",
    gguf.GGUFValueType.INT8: "<b",
    gguf.GGUFValueType.UINT16: "<H",
    gguf.GGUFValueType.INT16: "<h",
    gguf.GGUFValueType.UINT32: "<I",
    gguf.GGUFValueType.INT32: "<i",
    gguf.GGUFValueType.FLOAT32: "<f",
    gguf.GGUFValueType.BOOL: "<?",
    gguf.GGUFValueType.UINT64: "<Q",
    gguf.GGUFValueType.INT64: "<q",
    gguf.GGUFValueType.FLOAT64: "<d",
}
_KNOWN_ARCHITECTURES = frozenset(gguf.MODEL_ARCH_NAMES.values())
_REDOWNLOAD = "Download the file again or pick another model file"


@dataclass(frozen=True)
class GGUFHeader:
    """What `deskhand models` shows and the loader checks, without loading any weights."""

    path: Path
    size_bytes: int
    version: int
    architecture: str
    name: str
    quantization: str
    context_length: int | None
    block_count: int | None
    has_chat_template: bool
    tensor_count: int
    metadata: dict[str, Any]


class _Cursor:
    def __init__(self, buf: mmap.mmap, path: Path) -> None:
        self.buf = buf
        self.pos = 0
        self.path = path

    def take(self, n: int) -> bytes:
        end = self.pos + n
        if end > len(self.buf):
            raise TruncatedModelError(
                self.path, "the file ends inside its header (an incomplete download?)", _REDOWNLOAD
            )
        chunk = self.buf[self.pos : end]
        self.pos = end
        return chunk

    def unpack(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        return self.take(self.unpack("<Q")).decode("utf-8", errors="replace")

    def value(self, vtype: int) -> Any:
        if vtype == gguf.GGUFValueType.STRING:
            return self.string()
        if vtype == gguf.GGUFValueType.ARRAY:
            item_type = self.unpack("<I")
            count = self.unpack("<Q")
            if item_type in _SCALARS:
                # Fixed-size items: skip them in one jump; nobody lists 49k token scores.
                self.take(count * struct.calcsize(_SCALARS[item_type]))
            else:
                for _ in range(count):
                    self.value(item_type)
            return f"<array of {count}>"
        fmt = _SCALARS.get(vtype)
        if fmt is None:
            raise NotGGUFError(self.path, f"unknown metadata value type {vtype}", _REDOWNLOAD)
        return self.unpack(fmt)


def read_header(path: Path) -> GGUFHeader:
    """Parse and check a GGUF file's header; raise a `ModelFileError` subclass if unusable."""
    path = Path(path)
    if not path.is_file():
        raise ModelNotFoundError(
            path, "no such model file", "Check the path, or run `deskhand models` to see what is found"
        )
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            magic = fh.read(4)
            if magic != b"GGUF":
                raise NotGGUFError(
                    path,
                    "this is not a GGUF model file",
                    "Deskhand's llama.cpp runtime needs a .gguf file (convert or download a GGUF build)",
                )
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as buf:
                return _parse(_Cursor(buf, path), size)
    except OSError as exc:
        raise ModelFileError(
            path,
            f"cannot read the file ({exc.strerror or exc})",
            f"Let your user read it (e.g. `chmod a+r '{path}'`) or pick another model file",
        ) from exc


def _parse(cur: _Cursor, size: int) -> GGUFHeader:
    path = cur.path
    cur.take(4)
    version = cur.unpack("<I")
    if version not in (2, 3):
        raise NotGGUFError(path, f"GGUF version {version} is not supported", _REDOWNLOAD)
    tensor_count = cur.unpack("<Q")
    kv_count = cur.unpack("<Q")
    metadata: dict[str, Any] = {}
    for _ in range(kv_count):
        key = cur.string()
        metadata[key] = cur.value(cur.unpack("<I"))
    alignment = int(metadata.get("general.alignment", gguf.GGUF_DEFAULT_ALIGNMENT))
    data_end = 0
    for _ in range(tensor_count):
        cur.string()
        dims = [cur.unpack("<Q") for _ in range(cur.unpack("<I"))]
        ggml_type = cur.unpack("<I")
        offset = cur.unpack("<Q")
        try:
            block, type_size = gguf.GGML_QUANT_SIZES[gguf.GGMLQuantizationType(ggml_type)]
        except (KeyError, ValueError):
            raise UnsupportedArchitectureError(
                path, f"tensor type {ggml_type} is unknown to this llama.cpp", _UPGRADE
            ) from None
        elements = 1
        for d in dims:
            elements *= d
        data_end = max(data_end, offset + elements // block * type_size)
    data_start = -(-cur.pos // alignment) * alignment
    if data_start + data_end > size:
        missing = data_start + data_end - size
        raise TruncatedModelError(
            path, f"the file is cut off ({missing:,} bytes of weights missing)", _REDOWNLOAD
        )
    arch = str(metadata.get("general.architecture", ""))
    if arch not in _KNOWN_ARCHITECTURES:
        raise UnsupportedArchitectureError(
            path, f"model architecture {arch or '(none)'!r} is not supported by this llama.cpp", _UPGRADE
        )
    file_type = metadata.get("general.file_type")
    return GGUFHeader(
        path=path,
        size_bytes=size,
        version=version,
        architecture=arch,
        name=str(metadata.get("general.name", path.stem)),
        quantization=_quantization_name(file_type),
        context_length=_int_or_none(metadata.get(f"{arch}.context_length")),
        block_count=_int_or_none(metadata.get(f"{arch}.block_count")),
        has_chat_template="tokenizer.chat_template" in metadata,
        tensor_count=tensor_count,
        metadata=metadata,
    )


_UPGRADE = "Upgrade llama-cpp-python (pip install -U llama-cpp-python) or pick another model"


def _quantization_name(file_type: Any) -> str:
    try:
        return gguf.LlamaFileType(int(file_type)).name.removeprefix("MOSTLY_")
    except (TypeError, ValueError):
        return "unknown"


def _int_or_none(value: Any) -> int | None:
    return int(value) if isinstance(value, int) else None
