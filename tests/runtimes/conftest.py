"""Model files for runtime tests: the real built-in model and broken copies made from it."""

from __future__ import annotations

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
