"""Read an ONNX Runtime GenAI model folder's description, and tell a usable folder from a broken one.

An ONNX language model is a folder, not a file: `genai_config.json` (architecture, context length,
layer count, which .onnx file is the decoder), the ONNX graph and its weights, and the tokenizer
files. Reading the JSON is enough to list the folder and catch what would fail later — no config,
a decoder file that is missing, no chat template — without importing onnxruntime-genai.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.runtimes.base import ModelFileError, ModelNotFoundError

CONFIG_FILE = "genai_config.json"
_REBUILD = (
    "Export the model again with `python -m onnxruntime_genai.models.builder`, "
    "or download the whole folder again"
)


@dataclass(frozen=True)
class OnnxFolder:
    """What `deskhand models` shows for an ONNX model folder (the fields match `GGUFHeader`'s)."""

    path: Path
    size_bytes: int
    architecture: str
    name: str
    quantization: str
    context_length: int | None
    block_count: int | None
    has_chat_template: bool
    config: dict[str, Any]


def is_onnx_folder(path: Path) -> bool:
    return path.is_dir() and (path / CONFIG_FILE).is_file()


def read_onnx_folder(path: Path) -> OnnxFolder:
    """Parse and check `path/genai_config.json`; raise a `ModelFileError` if the folder is unusable."""
    path = Path(path)
    config_path = path / CONFIG_FILE
    if not path.is_dir():
        raise ModelNotFoundError(path, "no such model folder", "Check the path, or run `deskhand models`")
    if not config_path.is_file():
        raise ModelFileError(
            path, f"this folder has no {CONFIG_FILE}, so it is not an ONNX GenAI model", _REBUILD
        )
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
        model = config["model"]
        decoder = model["decoder"]
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError) as exc:
        raise ModelFileError(
            config_path, f"the model description cannot be read ({exc!r})", _REBUILD
        ) from exc
    weights = path / str(decoder.get("filename", "model.onnx"))
    if not weights.is_file():
        raise ModelFileError(
            weights, "the folder's ONNX graph is missing (an incomplete download?)", _REBUILD
        )
    return OnnxFolder(
        path=path,
        size_bytes=sum(f.stat().st_size for f in path.iterdir() if f.is_file()),
        architecture=str(model.get("type", "unknown")),
        name=path.name,
        quantization=_precision(weights),
        context_length=_int(model.get("context_length")),
        block_count=_int(decoder.get("num_hidden_layers")),
        has_chat_template=_has_chat_template(path),
        config=config,
    )


def _has_chat_template(path: Path) -> bool:
    if (path / "chat_template.jinja").is_file():
        return True
    tokenizer_config = path / "tokenizer_config.json"
    if not tokenizer_config.is_file():
        return False
    try:
        return bool(json.loads(tokenizer_config.read_text(encoding="utf-8")).get("chat_template"))
    except (json.JSONDecodeError, UnicodeDecodeError, AttributeError):
        return False


def _precision(weights: Path) -> str:
    # The config does not say; int4 graphs use MatMulNBits nodes, which protobuf writes before
    # the weights, so the start of the file is enough.
    with weights.open("rb") as fh:
        head = fh.read(4 * 1024 * 1024)
    return "int4" if b"MatMulNBits" in head else "float"


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, int) else None
