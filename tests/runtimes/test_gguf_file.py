"""Reading GGUF headers: the built-in model's facts, and a typed error for each broken file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.runtimes.base import (
    ModelNotFoundError,
    NotGGUFError,
    TruncatedModelError,
    UnsupportedArchitectureError,
)
from app.runtimes.gguf_file import read_header


def test_builtin_model_header(builtin_model: Path) -> None:
    header = read_header(builtin_model)
    assert header.architecture == "llama"
    assert header.quantization == "Q4_1"
    assert header.context_length == 8192
    assert header.block_count == 30
    assert header.has_chat_template
    assert header.size_bytes == builtin_model.stat().st_size


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError) as info:
        read_header(tmp_path / "nope.gguf")
    assert "nope.gguf" in str(info.value) and "deskhand models" in str(info.value)


def test_not_a_gguf_file(text_file: Path) -> None:
    with pytest.raises(NotGGUFError, match="not a GGUF model file"):
        read_header(text_file)


def test_truncated_download(truncated_model: Path) -> None:
    with pytest.raises(TruncatedModelError) as info:
        read_header(truncated_model)
    assert "half.gguf" in str(info.value) and "Download the file again" in str(info.value)


def test_unknown_architecture(alien_model: Path) -> None:
    with pytest.raises(UnsupportedArchitectureError, match="'nosucharch'"):
        read_header(alien_model)


def test_header_cut_inside_metadata(builtin_model: Path, tmp_path: Path) -> None:
    path = tmp_path / "tiny.gguf"
    with builtin_model.open("rb") as src:
        path.write_bytes(src.read(4096))
    with pytest.raises(TruncatedModelError, match="ends inside its header"):
        read_header(path)
