"""Models in the Hugging Face cache, and Deskhand's references to model files it does not copy.

People who use the `hf` CLI, llama.cpp's `-hf` or LM Studio's importer already keep GGUF files
in the Hugging Face cache (`HF_HUB_CACHE`, else `HF_HOME/hub`, else `~/.cache/huggingface/hub`).
`deskhand models pull` downloads into that same cache, so a model is on disk once whichever tool
fetched it, and a file already there is found without a download. The cache's layout is a public
contract (`models--OWNER--NAME/refs/main` names the commit, `snapshots/COMMIT/FILE` links to
`blobs/HASH`); it is read here directly so that finding a model needs neither huggingface-hub
nor the network.

A reference (`<models folder>/references.toml`) names a model file Deskhand uses where it lies:
one it pulled into the cache (`owned`: Deskhand may delete it on `models rm`), one it found
there, or one the person added with `models add --link` (never deleted: it is theirs).
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import tomli_w

from app.runtimes.base import ModelFileError

REFERENCES_FILE = "references.toml"
#: The quantization llama.cpp's `-hf ORG/REPO` picks when none is named.
DEFAULT_QUANT = "Q4_K_M"
_HUB_PREFIXES = ("https://huggingface.co/", "http://huggingface.co/", "huggingface.co/", "hf.co/")
_REPO = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
_SPLIT = re.compile(r"-\d{5}-of-\d{5}\.gguf$")


@dataclass(frozen=True)
class ModelReference:
    """A model file Deskhand uses where it lies; `owned`: Deskhand downloaded it."""

    name: str
    path: Path
    owned: bool
    repo: str | None = None


@dataclass(frozen=True)
class HubRef:
    """`hf.co/ORG/REPO:QUANT` (or `ORG/REPO:QUANT`, or without the quantization)."""

    repo: str
    quant: str

    @property
    def name(self) -> str:
        return f"{self.repo}:{self.quant}"


def cache_dir() -> Path:
    """The Hugging Face hub cache, by the same rules huggingface-hub follows (read each call, so a
    changed environment is honoured)."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME") or "~/.cache"
    home = os.environ.get("HF_HOME") or os.path.join(xdg, "huggingface")
    return Path(home).expanduser() / "hub"


def repo_folder(repo: str) -> Path:
    return cache_dir() / f"models--{repo.replace('/', '--')}"


def _snapshots(repo: str) -> list[Path]:
    """The repo's snapshots in the cache, the one `refs/main` names first, then newest first."""
    folder = repo_folder(repo)
    snapshots = folder / "snapshots"
    if not snapshots.is_dir():
        return []
    found = sorted(snapshots.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
    main = folder / "refs" / "main"
    if main.is_file():
        commit = main.read_text(encoding="utf-8").strip()
        found.sort(key=lambda p: p.name != commit)
    return found


def cached_file(repo: str, filename: str) -> Path | None:
    """`filename` of `repo` in the cache (its snapshot path), or None."""
    for snapshot in _snapshots(repo):
        candidate = snapshot / filename
        if candidate.exists():
            return candidate
    return None


def cached_files(repo: str) -> list[str]:
    """Every file of `repo` in the cache, as paths inside the repo."""
    names: set[str] = set()
    for snapshot in _snapshots(repo):
        names.update(str(p.relative_to(snapshot)) for p in snapshot.rglob("*") if p.is_file())
    return sorted(names)


def in_cache(path: Path) -> bool:
    return path.absolute().is_relative_to(cache_dir().absolute())


def parse_hub_ref(text: str) -> HubRef | None:
    """`hf.co/ORG/REPO:QUANT` and its shorter forms; None for anything else (a catalog name)."""
    rest = text
    for prefix in _HUB_PREFIXES:
        if rest.startswith(prefix):
            rest = rest.removeprefix(prefix)
            break
    repo, _, quant = rest.partition(":")
    if not _REPO.match(repo):
        return None
    return HubRef(repo, (quant or DEFAULT_QUANT).upper())


def quant_file(files: list[str], ref: HubRef) -> str | None:
    """The GGUF of `ref.quant` among `files` (not a vision projector, not a split part), or None.

    Several matches (a repo may keep `X-Q4_K_M.gguf` and `sub/X-Q4_K_M.gguf`): the shortest path."""
    token = re.compile(rf"(?i)(?:^|[-_.]){re.escape(ref.quant)}(?:[-_.]|$)")
    matches = [
        f
        for f in files
        if f.lower().endswith(".gguf")
        and not Path(f).name.lower().startswith("mmproj")
        and not _SPLIT.search(f)
        and token.search(Path(f).name.removesuffix(".gguf"))
    ]
    return min(matches, key=lambda f: (len(f), f), default=None)


def quantizations(files: list[str]) -> list[str]:
    """The quantizations a repo's GGUF files offer, for a message that lists them."""
    found = {
        m.group(1).upper()
        for f in files
        if f.lower().endswith(".gguf") and not Path(f).name.lower().startswith("mmproj")
        for m in [re.search(r"(?i)[-_.]((?:UD-)?(?:I?Q\d\w*|F16|BF16|F32))(?:\.gguf|-\d{5}-of)", f)]
        if m
    }
    return sorted(found)


def references(models_dir: Path) -> dict[str, ModelReference]:
    file = models_dir / REFERENCES_FILE
    if not file.is_file():
        return {}
    try:
        with file.open("rb") as fh:
            raw = tomllib.load(fh).get("references", {})
    except tomllib.TOMLDecodeError as exc:
        raise ModelFileError(file, f"cannot read model references ({exc})", "Fix or delete the file") from exc
    return {
        str(name): ModelReference(str(name), Path(str(r["path"])), bool(r.get("owned", False)), r.get("repo"))
        for name, r in raw.items()
    }


def _write(models_dir: Path, refs: dict[str, ModelReference]) -> None:
    table = {
        name: {"path": str(r.path), "owned": r.owned, **({"repo": r.repo} if r.repo else {})}
        for name, r in sorted(refs.items())
    }
    models_dir.mkdir(parents=True, exist_ok=True)
    (models_dir / REFERENCES_FILE).write_text(tomli_w.dumps({"references": table}), encoding="utf-8")


def save_reference(ref: ModelReference, models_dir: Path) -> None:
    """Record `ref`; a reference of the same name is replaced, keeping `owned` if either was."""
    refs = references(models_dir)
    before = refs.get(ref.name)
    owned = ref.owned or bool(before and before.owned and before.path == ref.path)
    refs[ref.name] = ModelReference(ref.name, ref.path, owned, ref.repo)
    _write(models_dir, refs)


def drop_reference(name: str, models_dir: Path) -> None:
    refs = references(models_dir)
    if refs.pop(name, None) is not None:
        _write(models_dir, refs)


def delete_cached(path: Path) -> int:
    """Delete a file or folder of a cache snapshot and the blobs no other snapshot links to;
    returns the bytes freed. (On Windows without symlinks the snapshot holds the bytes itself.)"""
    files = [p for p in path.rglob("*") if not p.is_dir()] if path.is_dir() else [path]
    snapshot_root = next((p for p in path.parents if p.name == "snapshots"), None)
    freed = 0
    for file in files:
        if file.is_symlink():
            blob = file.resolve()
            file.unlink()
            if blob.exists() and not _linked_elsewhere(blob, snapshot_root):
                freed += blob.stat().st_size
                blob.unlink()
        elif file.exists():
            freed += file.stat().st_size
            file.unlink()
    for folder in [path, *path.parents] if path.is_dir() else list(path.parents):
        if snapshot_root is None or folder == snapshot_root or not folder.is_relative_to(snapshot_root):
            break
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return freed


def _linked_elsewhere(blob: Path, snapshots: Path | None) -> bool:
    if snapshots is None or not snapshots.is_dir():
        return False
    return any(p.is_symlink() and p.resolve() == blob for p in snapshots.rglob("*"))
