"""The models a person has and how they run, once for `deskhand models` and the Models tab.

`app.runtimes` knows the pieces: the hardware probe and offload plan, the catalog and the
models folder, role bindings in roles.toml, model servers, the download from the hub. This
module is the one doorway the two faces use: `overview()` reads all of it into small typed rows
(the acceleration lines, each model file with what it is and how it would run here, which model
answers each role, the catalog's models and whether each is on this machine), and the
operations (`use`, `describe_server`, `add`, `find`, `pull`, `removal`/`remove`) change one thing
and say what they did. Neither face reads a model file, roles.toml or the catalog itself.

Pulled models live in the Hugging Face cache and are referenced, not copied; `add` copies a file
into the models folder or, when the person agrees, references it where it lies; `remove` drops
Deskhand's reference and deletes the file only when Deskhand owns it (it downloaded it, or it
sits in the models folder), saying how much that freed.

What a person can act on is raised as a `ModelError` (a `DeskhandError`) whose message says
what to do: an unusable file, an unknown catalog name, a name clash in the models folder, a
download that failed (`DownloadCancelled` when the person stopped it).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.runtimes.base import ModelError
from app.runtimes.catalog import (
    ROLES_FILE,
    CatalogEntry,
    FoundModel,
    ModelHeader,
    RemoteServer,
    add_server,
    bind_role,
    catalog_entries,
    discover,
    entry_path,
    role_bindings,
    servers,
    use_model,
    validate_model,
)
from app.runtimes.download import DownloadCancelled, Progress, hub_entry
from app.runtimes.download import pull as _download
from app.runtimes.gguf_file import GGUFHeader
from app.runtimes.hardware import Hardware, acceleration_summary, plan_offload, probe
from app.runtimes.hub_cache import (
    ModelReference,
    delete_cached,
    drop_reference,
    in_cache,
    references,
    save_reference,
)
from app.runtimes.smoke import main as smoke_test_child

__all__ = [
    "Added",
    "CatalogEntry",
    "CatalogModel",
    "DownloadCancelled",
    "Hardware",
    "ModelCopyError",
    "ModelDetails",
    "ModelFile",
    "ModelsOverview",
    "Progress",
    "Pull",
    "RemoteServer",
    "Removal",
    "RoleModel",
    "UnknownModelError",
    "add",
    "describe_server",
    "find",
    "hardware",
    "overview",
    "pull",
    "removal",
    "remove",
    "roles_file",
    "smoke_test_child",
    "use",
]

#: Download a catalog model into a folder, reporting bytes: `pull` by default; tests point it
#: at a stand-in hub.
Pull = Callable[[CatalogEntry, Path, Progress], Path]


class UnknownModelError(ModelError):
    """A name that is not in the catalog; the message lists the names that are."""


class ModelCopyError(ModelError):
    """A checked model file could not be copied into the models folder (disk full, no access)."""


@dataclass(frozen=True)
class ModelDetails:
    """What a usable model file or folder says about itself, without loading any weights."""

    architecture: str
    quantization: str
    context_length: int | None
    size_bytes: int
    has_chat_template: bool


@dataclass(frozen=True)
class ModelFile:
    """A model seen on disk: its details when readable, else the `problem` that makes it unusable.

    `runs_as` is the offload plan in words (GPU layers, context, or why the CPU): GGUF files
    only, and only when the hardware probe answered."""

    path: Path
    source: str
    details: ModelDetails | None
    problem: str | None = None
    runs_as: str | None = None


@dataclass(frozen=True)
class RoleModel:
    """Which model answers a role: `path` (the built-in model's when it stands in, `fallback`
    saying why), a `server` on the network, or `problem` when no model can answer."""

    role: str
    ref: str
    path: Path | None
    fallback: str | None = None
    server: RemoteServer | None = None
    problem: str | None = None


@dataclass(frozen=True)
class CatalogModel:
    """A model the catalog names, and where it is on this machine (`path` None: not here)."""

    entry: CatalogEntry
    path: Path | None

    @property
    def present(self) -> bool:
        return self.path is not None

    @property
    def downloadable(self) -> bool:
        """Fetched from the hub, as opposed to shipped inside a package Deskhand installs."""
        return not self.entry.shipped and self.entry.repo is not None


@dataclass(frozen=True)
class ModelsOverview:
    """Everything `deskhand models` prints and the Models tab shows, read once."""

    acceleration: tuple[str, ...]
    files: tuple[ModelFile, ...]
    roles: tuple[RoleModel, ...]
    catalog: tuple[CatalogModel, ...]


@dataclass(frozen=True)
class Added:
    """A model file copied into the models folder (`already_there`: it was that file), or
    referenced where it lies (`linked`), under `name` for `models use`."""

    path: Path
    details: ModelDetails
    already_there: bool = False
    linked: bool = False

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Removal:
    """What `models rm NAME` will do, for the person to agree to before `remove` does it.

    `deletes` is the file or folder deleted (None: only Deskhand's reference goes, the file is
    someone else's), `size_bytes` what it holds, `roles` the roles bound to NAME, which fall
    back to the built-in model afterwards."""

    name: str
    path: Path
    deletes: Path | None
    size_bytes: int
    roles: tuple[str, ...]
    kept_because: str | None = None


def hardware() -> Hardware:
    """What this machine can run a model on (GPUs, free memory, llama.cpp's offload build)."""
    return probe()


def roles_file(models_dir: Path) -> Path:
    """Where the person's role bindings and servers are saved."""
    return models_dir / ROLES_FILE


def overview(models_dir: Path, catalog: dict[str, Any] | None = None) -> ModelsOverview:
    """The hardware, the model files found, each role's model and the catalog, as rows.

    A probe that fails is reported among the acceleration lines (the files are then listed
    without a plan); roles.toml that cannot be read raises ModelFileError."""
    machine: Hardware | None
    try:
        machine = probe()
        acceleration = tuple(acceleration_summary(machine))
    except Exception as exc:  # a probe failure must not take the window or the listing down
        machine, acceleration = None, (f"hardware probe failed: {type(exc).__name__}: {exc}",)
    bindings = role_bindings(models_dir, catalog)
    return ModelsOverview(
        acceleration=acceleration,
        files=tuple(_model_file(found, machine) for found in discover(models_dir)),
        roles=tuple(_role_model(role, ref, models_dir, catalog) for role, ref in bindings.items()),
        catalog=tuple(_catalog_model(entry, models_dir) for entry in catalog_entries(catalog).values()),
    )


def _details(header: ModelHeader) -> ModelDetails:
    return ModelDetails(
        architecture=header.architecture,
        quantization=header.quantization,
        context_length=header.context_length,
        size_bytes=header.size_bytes,
        has_chat_template=header.has_chat_template,
    )


def _model_file(found: FoundModel, machine: Hardware | None) -> ModelFile:
    header = found.header
    if header is None:
        return ModelFile(found.path, found.source, None, problem=found.error)
    runs_as = (
        plan_offload(header, machine).reason
        if isinstance(header, GGUFHeader) and machine is not None
        else None
    )
    return ModelFile(found.path, found.source, _details(header), runs_as=runs_as)


def _role_model(role: str, ref: str, models_dir: Path, catalog: dict[str, Any] | None) -> RoleModel:
    try:
        binding = bind_role(role, models_dir, catalog)
    except ModelError as exc:
        return RoleModel(role, ref, None, problem=str(exc))
    return RoleModel(role, ref, binding.path, fallback=binding.fallback, server=binding.server)


def _catalog_model(entry: CatalogEntry, models_dir: Path) -> CatalogModel:
    try:
        return CatalogModel(entry, entry_path(entry, models_dir))
    except ModelError:
        return CatalogModel(entry, None)


def use(role: str, ref: str, models_dir: Path, catalog: dict[str, Any] | None = None) -> RoleModel:
    """Bind `role` to `ref` (a catalog name, a file or folder in the models folder, a path, or
    `server:NAME`) once the model validates; a bad reference raises and changes nothing."""
    binding = use_model(role, ref, models_dir, catalog)
    return RoleModel(role, ref, binding.path, server=binding.server)


def describe_server(
    name: str,
    models_dir: Path,
    *,
    url: str | None = None,
    model: str | None = None,
    trusted: bool | None = None,
) -> RemoteServer:
    """Describe a model server, or change what is given of one already described (`None`: keep)."""
    known = servers(models_dir).get(name)
    url = url or (known.base_url if known else None)
    model = model or (known.model if known else None)
    if not (url and model):
        raise ModelError(f"a new server needs --url and --model (server {name!r} is not described yet)")
    trusted = trusted if trusted is not None else bool(known and known.trusted)
    try:
        return add_server(RemoteServer(name, url, model, trusted), models_dir)
    except ValueError as exc:
        raise ModelError(str(exc)) from exc


def add(source: Path, models_dir: Path, *, link: bool = False) -> Added:
    """Copy a GGUF file into the models folder once it validates (what "Open with Deskhand" does),
    or with `link`, reference it where it lies: no copy of a multi-GB file, and it stays the
    person's (`models rm` never deletes it)."""
    source = source.expanduser()
    if source.is_dir():
        raise ModelError(
            f"{source} is a folder; `models add` takes a .gguf file "
            f"(copy an ONNX model folder into {models_dir} as it is)"
        )
    details = _details(validate_model(source))
    # Only `*.gguf` files are found in the models folder, whatever the file was called.
    target = models_dir / Path(source.name).with_suffix(".gguf").name
    if link:
        return _link(source, target.name, models_dir, details)
    if target.exists():
        if target.resolve() == source.resolve():
            return Added(target, details, already_there=True)
        raise ModelError(
            f"the models folder already has a {target.name}; rename the new file or remove {target} first"
        )
    models_dir.mkdir(parents=True, exist_ok=True)
    # Copy beside the target, then rename: a copy cut short never looks like a model.
    partial = target.with_name(f".{target.name}.partial")
    try:
        shutil.copyfile(source, partial)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ModelCopyError(f"could not copy {source} into {models_dir}: {exc}") from exc
    return Added(target, details)


def _link(source: Path, name: str, models_dir: Path, details: ModelDetails) -> Added:
    known = references(models_dir).get(name)
    path = source.absolute()
    if known is not None and known.path == path:
        return Added(path, details, already_there=True, linked=True)
    if known is not None or (models_dir / name).exists():
        raise ModelError(
            f"a model named {name} is already in the models folder; rename the new file, "
            f"or run `deskhand models rm {name}` first"
        )
    save_reference(ModelReference(name, path, owned=False), models_dir)
    return Added(path, details, linked=True)


def removal(name: str, models_dir: Path, catalog: dict[str, Any] | None = None) -> Removal:
    """What removing `name` (a catalog name, `ORG/REPO:QUANT`, or a file in the models folder)
    would do; ModelError when Deskhand has nothing of that name to remove."""
    bound = tuple(sorted(r for r, ref in role_bindings(models_dir, catalog).items() if ref == name))
    reference = references(models_dir).get(name)
    if reference is not None:
        if reference.owned and reference.path.exists():
            return Removal(name, reference.path, reference.path, _size(reference.path), bound)
        why = (
            "the file is already gone"
            if not reference.path.exists()
            else "it was there before Deskhand (another tool put it in the Hugging Face cache; "
            "`hf cache delete` frees it)"
            if reference.repo
            else "it is yours: it was added where it lies"
        )
        return Removal(name, reference.path, None, _size(reference.path), bound, kept_because=why)
    entries = catalog_entries(catalog)
    local = models_dir / (entries[name].file if name in entries else name)
    if local.exists() and local.resolve().is_relative_to(models_dir.resolve()):
        return Removal(name, local, local, _size(local), bound)
    if name in entries and entries[name].shipped:
        raise ModelError(
            f"{name!r} ships with Deskhand; it is removed with its package, not with `models rm`"
        )
    if name in entries and _catalog_model(entries[name], models_dir).present:
        raise ModelError(
            f"{name!r} is in the Hugging Face cache, put there by another tool, and Deskhand holds no "
            "reference to it: nothing of Deskhand's to remove (`hf cache delete` frees it)"
        )
    raise ModelError(f"Deskhand has no model {name!r}; `deskhand models` lists what it has")


def remove(plan: Removal, models_dir: Path) -> int:
    """Do what `plan` says: drop the reference, delete the file Deskhand owns; the bytes freed."""
    freed = 0
    if plan.deletes is not None:
        if in_cache(plan.deletes):
            freed = delete_cached(plan.deletes)
        elif plan.deletes.is_dir():
            freed = plan.size_bytes
            shutil.rmtree(plan.deletes)
        else:
            freed = plan.size_bytes
            plan.deletes.unlink()
    drop_reference(plan.name, models_dir)
    return freed


def _size(path: Path) -> int:
    if not path.exists():
        return 0
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def find(
    name: str, models_dir: Path, catalog: dict[str, Any] | None = None, *, endpoint: str | None = None
) -> CatalogModel:
    """The catalog's model `name`, or the GGUF that `hf.co/ORG/REPO:QUANT` names (asking the hub
    unless the cache has the repo), and where it is here; UnknownModelError lists the known names."""
    entries = catalog_entries(catalog)
    if name in entries:
        return _catalog_model(entries[name], models_dir)
    from_hub = hub_entry(name, endpoint=endpoint)
    if from_hub is None:
        raise UnknownModelError(
            f"no model {name!r} in the catalog; choose one of: {', '.join(entries)}, "
            "or name a Hugging Face repo as hf.co/ORG/REPO:QUANT"
        )
    return _catalog_model(from_hub, models_dir)


def pull(
    entry: CatalogEntry, models_dir: Path, progress: Progress | None = None, *, endpoint: str | None = None
) -> Path:
    """Download `entry` into `models_dir`, checked like a dropped file; returns its path.

    `progress` gets (bytes so far, total or None) instead of the terminal's bar and may stop
    the download by raising DownloadCancelled; `endpoint` is the hub (None: HF_ENDPOINT, else
    huggingface.co). Failures raise a ModelError saying what to do."""
    return _download(entry, models_dir, progress=progress, endpoint=endpoint)
