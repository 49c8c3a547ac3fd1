"""`deskhand models pull`: fetch a model from Hugging Face into the Hugging Face cache.

The file goes where the `hf` CLI and llama.cpp's `-hf` put theirs (`app.runtimes.hub_cache`), so
it is on disk once whichever tool fetched it; a file already in the cache is used as it is, with
no download. Deskhand then references it (`references.toml` in the models folder) instead of
copying it, and marks the reference `owned` when it did the download, so `models rm` deletes only
what Deskhand brought. A catalog name or `hf.co/ORG/REPO:QUANT` can be pulled: the latter picks
the repo's GGUF of that quantization (from the cache's copy of the repo, else the hub's listing).

huggingface-hub does the transfer. A dropped connection resumes from the last whole 10 MiB
piece written (the library retries with a Range request, up to five times); a cancelled or
killed pull starts over, because huggingface-hub 2.x deletes its partial file. Before the
transfer we ask the hub for the file's metadata, which fails at once when the machine is
offline (or `HF_HUB_OFFLINE=1`) instead of retrying for half a minute, and which gives the
SHA-256 the hub stores for large files; the finished file is hashed and compared, then
validated like any dropped file. Progress goes to the terminal's bar, or to a `Progress`
callback (the window's progress bar) that may stop the download by raising `DownloadCancelled`.
The library is optional (`deskhand[download]`) and imported only here.
"""

from __future__ import annotations

import errno
import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.runtimes.base import ModelError
from app.runtimes.catalog import CatalogEntry, validate_model
from app.runtimes.hub_cache import (
    HubRef,
    ModelReference,
    cache_dir,
    cached_file,
    cached_files,
    delete_cached,
    parse_hub_ref,
    quant_file,
    quantizations,
    save_reference,
)

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
#: Seconds to wait for the hub's first answer; an unreachable host fails faster than that.
METADATA_TIMEOUT_S = 10.0
#: Called with (bytes so far, total bytes or None) from the downloading thread.
Progress = Callable[[int, int | None], None]
#: huggingface-hub's progress bars that count the model's bytes (its others count files).
_BYTE_BARS = frozenset({"huggingface_hub.http_get", "huggingface_hub.snapshot_download"})


class ModelDownloadError(ModelError):
    """A model could not be downloaded; the message says why and what to do instead."""


class DownloadCancelled(ModelDownloadError):
    """The person stopped the download (raised by a `Progress` callback); nothing was kept."""


def _import_hub() -> Any:
    try:
        import huggingface_hub
    except ImportError as exc:
        raise ModelDownloadError(
            "huggingface-hub is not installed: run `pip install 'deskhand[download]'`"
        ) from exc
    return huggingface_hub


def hub_entry(text: str, *, endpoint: str | None = None) -> CatalogEntry | None:
    """A catalog-like entry for `hf.co/ORG/REPO:QUANT` (None when `text` is not of that form):
    the repo's GGUF of that quantization, found among the cached files or else the hub's listing."""
    ref = parse_hub_ref(text)
    if ref is None:
        return None
    chosen = quant_file(cached_files(ref.repo), ref)
    if chosen is None:
        chosen = _hub_quant_file(ref, endpoint)
    return CatalogEntry(
        name=ref.name,
        file=chosen,
        format="gguf",
        description=f"{ref.repo}, {ref.quant}",
        license="see the repo's model card",
        repo=ref.repo,
        quantization=ref.quant,
    )


def _hub_quant_file(ref: HubRef, endpoint: str | None) -> str:
    hub = _import_hub()
    try:
        files = [
            f.path
            for f in hub.HfApi(endpoint=endpoint).list_repo_tree(ref.repo, recursive=True)
            if isinstance(f, hub.hf_api.RepoFile)
        ]
    except Exception as exc:  # the hub's errors come from several libraries (httpx, its own)
        entry = CatalogEntry(ref.name, "", "gguf", "", "", repo=ref.repo)
        raise _explain(hub, exc, entry, endpoint) from exc
    chosen = quant_file(files, ref)
    if chosen is None:
        offered = ", ".join(quantizations(files)) or "none (no single-file GGUF)"
        raise ModelDownloadError(
            f"{ref.repo} has no single-file GGUF of quantization {ref.quant}; it offers: {offered}. "
            f"Pull one of those, e.g. `deskhand models pull hf.co/{ref.repo}:"
            f"{(quantizations(files) or ['Q4_K_M'])[0]}`"
        )
    return chosen


def pull(
    entry: CatalogEntry,
    models_dir: Path,
    *,
    progress: Progress | None = None,
    endpoint: str | None = None,
) -> Path:
    """Bring `entry` into the Hugging Face cache (unless it is there already) and reference it
    from `models_dir`; returns its path in the cache.

    `progress` receives the byte counts instead of the terminal's bar; `endpoint` is the hub
    (None: `HF_ENDPOINT`, else huggingface.co), e.g. a mirror.
    """
    if entry.repo is None:
        raise ModelDownloadError(f"{entry.name!r} ships with Deskhand and is not downloaded")
    if entry.format == "onnx":
        inside = f"{entry.subfolder}/genai_config.json" if entry.subfolder else "genai_config.json"
        found = cached_file(entry.repo, inside)
        already = None if found is None else found.parent
    else:
        already = cached_file(entry.repo, entry.file)
    if already is not None:
        validate_model(already)
        save_reference(ModelReference(entry.name, already, owned=False, repo=entry.repo), models_dir)
        return already
    hub = _import_hub()
    bar = None if progress is None else _reporting_bar(progress)
    if entry.format == "onnx":
        path = _pull_folder(hub, entry, bar, endpoint)
    else:
        path = _pull_file(hub, entry, bar, endpoint)
    save_reference(ModelReference(entry.name, path, owned=True, repo=entry.repo), models_dir)
    return path


def _pull_file(hub: Any, entry: CatalogEntry, bar: type | None, endpoint: str | None) -> Path:
    url = hub.hf_hub_url(entry.repo, entry.file, endpoint=endpoint)
    try:
        meta = hub.get_hf_file_metadata(url, timeout=METADATA_TIMEOUT_S, endpoint=endpoint)
        path = Path(
            hub.hf_hub_download(
                entry.repo, entry.file, cache_dir=cache_dir(), endpoint=endpoint, tqdm_class=bar
            )
        )
    except DownloadCancelled:
        raise
    except Exception as exc:  # the hub's errors come from several libraries (httpx, its own)
        raise _explain(hub, exc, entry, endpoint) from exc
    expected = str(meta.etag or "").strip('"')
    if _SHA256.match(expected):
        actual = _sha256(path)
        if actual != expected:
            delete_cached(path)
            raise ModelDownloadError(
                f"{path.name}: the download is damaged (SHA-256 {actual[:12]}..., the hub says "
                f"{expected[:12]}...); it was deleted. Run `deskhand models pull {entry.name}` again"
            )
    _keep_if_valid(path)
    return path


def _pull_folder(hub: Any, entry: CatalogEntry, bar: type | None, endpoint: str | None) -> Path:
    pattern = f"{entry.subfolder}/*" if entry.subfolder else "*"
    config = f"{entry.subfolder}/genai_config.json" if entry.subfolder else "genai_config.json"
    try:
        hub.get_hf_file_metadata(
            hub.hf_hub_url(entry.repo, config, endpoint=endpoint),
            timeout=METADATA_TIMEOUT_S,
            endpoint=endpoint,
        )
        snapshot = Path(
            hub.snapshot_download(
                entry.repo,
                allow_patterns=[pattern],
                cache_dir=cache_dir(),
                endpoint=endpoint,
                tqdm_class=bar,
            )
        )
    except DownloadCancelled:
        raise
    except Exception as exc:  # see pull()
        raise _explain(hub, exc, entry, endpoint) from exc
    target = snapshot / entry.subfolder if entry.subfolder else snapshot
    _keep_if_valid(target)
    return target


def _keep_if_valid(path: Path) -> None:
    """Validate a fresh download; one that cannot serve is deleted, not left taking up the disk."""
    try:
        validate_model(path)
    except ModelError:
        delete_cached(path)
        raise


def _reporting_bar(progress: Progress) -> type:
    """A huggingface-hub progress bar class that hands its byte counts to `progress`."""
    from huggingface_hub.utils.tqdm import tqdm

    class ReportingBar(tqdm):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self._reports = kwargs.pop("name", None) in _BYTE_BARS
            self._done = int(kwargs.get("initial") or 0)
            # Never drawn: a disabled tqdm skips its own counting, hence `_done`.
            super().__init__(*args, **{**kwargs, "disable": True})  # type: ignore[no-untyped-call]

        def update(self, n: float | None = 1) -> bool | None:
            self._done += int(n or 0)
            if self._reports:
                progress(self._done, int(self.total) if self.total else None)
            result: bool | None = super().update(n)
            return result

    return ReportingBar


def _sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _explain(hub: Any, exc: Exception, entry: CatalogEntry, endpoint: str | None) -> ModelDownloadError:
    errors = hub.errors
    by_hand = (
        f"or download {entry.file or 'the file'} from https://huggingface.co/{entry.repo} on a connected "
        f"machine and add it with `deskhand models add FILE`"
    )
    if isinstance(exc, errors.OfflineModeIsEnabled):
        return ModelDownloadError(
            f"cannot download {entry.name!r}: offline mode is on (HF_HUB_OFFLINE). "
            f"Unset HF_HUB_OFFLINE and try again, {by_hand}"
        )
    if isinstance(exc, errors.GatedRepoError):
        return ModelDownloadError(
            f"{entry.repo} is gated: accept its licence on huggingface.co and log in "
            f"(`hf auth login`), {by_hand}"
        )
    if isinstance(
        exc, errors.RepositoryNotFoundError | errors.EntryNotFoundError | errors.RevisionNotFoundError
    ):
        return ModelDownloadError(
            f"{entry.repo}/{entry.file} is not on the hub (the catalog may be out of date): {exc}"
        )
    if isinstance(exc, errors.HfHubHTTPError):
        return ModelDownloadError(f"the hub refused the download of {entry.name!r}: {exc}")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return ModelDownloadError(
            f"cannot download {entry.name!r}: the disk holding {cache_dir()} is full; free "
            f"{entry.size_mb or 'some'} MB there and pull again (nothing else was changed)"
        )
    return ModelDownloadError(
        f"cannot download {entry.name!r}: the hub ({endpoint or hub.constants.ENDPOINT}) cannot be reached "
        f"({type(exc).__name__}: {exc}). Check the connection and try again, {by_hand}"
    )
