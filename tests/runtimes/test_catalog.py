"""The model catalog: the built-in model, files a person drops in, and role bindings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.runtimes.base import ModelFileError, ModelNotFoundError
from app.runtimes.catalog import (
    ModelFallbackWarning,
    bind_role,
    catalog_entries,
    discover,
    resolve_role,
    role_bindings,
    use_model,
)


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


def test_a_binding_to_a_missing_file_falls_back_to_the_builtin_model_with_a_warning(
    tmp_path: Path, builtin_model: Path
) -> None:
    (tmp_path / "roles.toml").write_text('[roles]\nactor = "gone.gguf"\n')
    binding = bind_role("actor", tmp_path)
    assert binding.path == builtin_model and binding.ref == "gone.gguf"
    assert binding.fallback is not None
    assert (
        "gone.gguf" in binding.fallback
        and "roles.toml" in binding.fallback
        and "built-in" in binding.fallback
    )
    with pytest.warns(ModelFallbackWarning, match="gone.gguf"):
        assert resolve_role("actor", tmp_path) == builtin_model
    assert bind_role("grounder", tmp_path).fallback is None


def test_without_the_builtin_model_a_missing_binding_is_an_error(tmp_path: Path) -> None:
    catalog = {"fallback": "nowhere", "models": {"nowhere": {"file": "x.gguf", "package": "no_such_pkg"}}}
    (tmp_path / "roles.toml").write_text('[roles]\nactor = "gone.gguf"\n')
    with pytest.raises(ModelNotFoundError) as info:
        bind_role("actor", tmp_path, catalog)
    assert "gone.gguf" in str(info.value) and "roles.toml" in str(info.value)


def test_the_catalog_marks_shipped_and_downloadable_models() -> None:
    entries = catalog_entries()
    assert [e.name for e in entries.values() if e.shipped] == ["smollm2-135m-instruct"]
    downloadable = [e for e in entries.values() if not e.shipped]
    assert len(downloadable) >= 8
    for entry in downloadable:
        assert entry.repo and entry.file and entry.license and entry.context_length and entry.min_memory_gb
        assert entry.roles and entry.tier in TIER_MEMORY_GB
        assert entry.format == "onnx" or entry.file.endswith(".gguf")


#: The most a tier's machine has available for one model: an 8 GB PC keeps about 5 GB free
#: after the OS and a browser; a 6 GB GPU keeps a margin for llama.cpp's buffers.
TIER_MEMORY_GB = {"any": 2.0, "cpu-8gb": 5.0, "gpu-6gb": 5.0, "cpu-16gb": 11.0}


@pytest.mark.parametrize("name", list(catalog_entries()))
def test_each_entrys_memory_floor_holds_its_weights_and_fits_its_tier(name: str) -> None:
    entry = catalog_entries()[name]
    assert entry.size_mb and entry.min_memory_gb and entry.tier and entry.architecture
    # The weights are mapped whole, plus a KV cache and buffers: 10% over the download at least.
    assert entry.min_memory_gb * 1000 >= entry.size_mb * 1.1, f"{name}: memory floor below its weights"
    assert entry.min_memory_gb <= TIER_MEMORY_GB[entry.tier], f"{name}: too big for tier {entry.tier}"


def test_the_phi_4_mini_onnx_folder_is_sized_as_it_downloads() -> None:
    """Issue 17: the int4 folder is 4.93 GB, so it needs more than an 8 GB machine."""
    entry = catalog_entries()["phi-4-mini-onnx"]
    assert (entry.size_mb, entry.tier) == (4930, "cpu-16gb") and entry.min_memory_gb >= 5.5


def test_use_binds_a_role_after_validating_the_model(
    tmp_path: Path, builtin_model: Path, text_file: Path
) -> None:
    shutil.copyfile(builtin_model, tmp_path / "mine.gguf")
    use_model("grounder", "mine.gguf", tmp_path)
    use_model("actor", "smollm2-135m-instruct", tmp_path)
    assert role_bindings(tmp_path) == {
        "grounder": "mine.gguf",
        "actor": "smollm2-135m-instruct",
        "parser": "smollm2-135m-instruct",
        "answerer": "smollm2-135m-instruct",
    }
    assert resolve_role("grounder", tmp_path) == tmp_path / "mine.gguf"
    with pytest.raises(ModelFileError, match="not a GGUF model file"):
        use_model("actor", str(text_file), tmp_path)
    with pytest.raises(ModelNotFoundError):
        use_model("actor", "qwen3-4b", tmp_path)  # in the catalog, not downloaded
    assert role_bindings(tmp_path)["actor"] == "smollm2-135m-instruct"


def test_a_dropped_onnx_folder_is_found_and_can_be_bound(tmp_path: Path, tiny_onnx_model: Path) -> None:
    shutil.copytree(tiny_onnx_model, tmp_path / "tiny-onnx")
    (found,) = [m for m in discover(tmp_path) if m.path.name == "tiny-onnx"]
    assert found.header is not None and found.header.architecture == "llama"
    assert found.header.quantization == "int4" and found.header.context_length == 2048
    assert found.header.has_chat_template
    use_model("actor", "tiny-onnx", tmp_path)
    assert resolve_role("actor", tmp_path) == tmp_path / "tiny-onnx"


def test_an_unreadable_roles_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "roles.toml").write_text("[roles\nactor = ")
    with pytest.raises(ModelFileError, match="cannot read role bindings"):
        role_bindings(tmp_path)


def test_an_unknown_role_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="no model is bound to role 'poet'"):
        resolve_role("poet", tmp_path)


def test_broken_files_are_listed_with_the_reason_not_hidden(tmp_path: Path, truncated_model: Path) -> None:
    (tmp_path / "header.gguf").write_bytes(b"GGUF\x03\x00\x00\x00")
    assert truncated_model == tmp_path / "half.gguf"
    (tmp_path / "no-config").mkdir()
    (tmp_path / "empty-onnx").mkdir()
    (tmp_path / "empty-onnx" / "genai_config.json").write_text("{}")
    found = {m.path.name: m for m in discover(tmp_path)}
    assert found["header.gguf"].header is None and "ends inside its header" in str(found["header.gguf"].error)
    assert found["half.gguf"].header is None and "cut off" in str(found["half.gguf"].error)
    assert found["empty-onnx"].header is None and "cannot be read" in str(found["empty-onnx"].error)
    assert "no-config" not in found
    assert found["SmolLM2-135M-Instruct.Q4_1.gguf"].header is not None  # the rest is still usable
