"""Real damaged copies of a GGUF model file, made the way disks and downloads damage them."""

from __future__ import annotations

import shutil
from pathlib import Path


def nan_weights(model: Path, path: Path) -> Path:
    """`model` with the second half of its bytes set to 0xFF: the header, vocabulary and chat
    template stay intact (every check before loading passes), but the weights there decode to
    NaN, and llama.cpp's grammar sampler aborts the process on the first constrained token."""
    shutil.copyfile(model, path)
    size = path.stat().st_size
    with path.open("r+b") as out:
        out.seek(size // 2)
        out.write(b"\xff" * (size - size // 2))
    return path


def cut_short(model: Path, path: Path) -> Path:
    """The first half of `model`, like an interrupted download."""
    with model.open("rb") as src:
        path.write_bytes(src.read(model.stat().st_size // 2))
    return path
