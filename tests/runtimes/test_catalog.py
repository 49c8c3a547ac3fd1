"""The model catalog: the built-in model, files a person drops in, and role bindings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.runtimes.base import ModelFileError, ModelNotFoundError
from app.runtimes.catalog import discover, resolve_role, role_bindings


def test_every_role_defaults_to_the_builtin_model(tmp_path: Path) -> None:
    bindings = role_bindings(tmp_path)
    assert set(bindings) >= {"grounder", "actor"}
    for role in bindings:
        path = resolve_role(role, tmp_path)
        assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf" and path.is_file()


def test_a_dropped_gguf_can_be_bound_to_a_role(tmp_path: Path, builtin_model: Path) -> None:
    shutil.copyfile(builtin_model, tmp_path / "mine.gguf")
    (tmp_path / "roles.toml").write_text('[roles]\ngrounder = "mine.gguf"\n')
    assert resolve_role("grounder", tmp_path) == tmp_path / "mine.gguf"
    assert resolve_role("actor", tmp_path) == builtin_model
    found = {m.path.name: m for m in discover(tmp_path)}
    assert found["mine.gguf"].source == "models folder" and found["mine.gguf"].header is not None


def test_a_binding_to_a_missing_file_says_where_to_fix_it(tmp_path: Path) -> None:
    (tmp_path / "roles.toml").write_text('[roles]\nactor = "gone.gguf"\n')
    with pytest.raises(ModelNotFoundError) as info:
        resolve_role("actor", tmp_path)
    assert "gone.gguf" in str(info.value) and "roles.toml" in str(info.value)


def test_an_unreadable_roles_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "roles.toml").write_text("[roles\nactor = ")
    with pytest.raises(ModelFileError, match="cannot read role bindings"):
        role_bindings(tmp_path)


def test_an_unknown_role_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="no model is bound to role 'poet'"):
        resolve_role("poet", tmp_path)


def test_broken_files_are_listed_with_the_reason_not_hidden(tmp_path: Path) -> None:
    (tmp_path / "half.gguf").write_bytes(b"GGUF\x03\x00\x00\x00")
    (found,) = [m for m in discover(tmp_path) if m.path.name == "half.gguf"]
    assert found.header is None
    assert found.error is not None and "ends inside its header" in found.error
