"""`deskhand models pull`: fetch a recommended model from Hugging Face into the models folder.

huggingface-hub does the transfer (a progress bar, and an interrupted download resumes from its
`.incomplete` file). Before the transfer we ask the hub for the file's metadata, which fails at
once when the machine is offline (or `HF_HUB_OFFLINE=1`) instead of retrying for half a minute,
and which gives the SHA-256 the hub stores for large files; the finished file is hashed and
compared, then validated like any dropped file. The library is optional (`deskhand[download]`)
and imported only here.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from app.runtimes.base import ModelError
from app.runtimes.catalog import CatalogEntry, validate_model

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
#: Seconds to wait for the hub's first answer; an unreachable host fails faster than that.
METADATA_TIMEOUT_S = 10.0


class ModelDownloadError(ModelError):
    """A model could not be downloaded; the message says why and what to do instead."""


def _import_hub() -> Any:
    try:
        import huggingface_hub
    except ImportError as exc:
        raise ModelDownloadError(
            "huggingface-hub is not installed: run `pip install 'deskhand[download]'`"
        ) from exc
    return huggingface_hub


def pull(entry: CatalogEntry, models_dir: Path) -> Path:
    """Download `entry` into `models_dir` (resuming a partial download); returns its path."""
    if entry.repo is None:
        raise ModelDownloadError(f"{entry.name!r} ships with Deskhand and is not downloaded")
    hub = _import_hub()
    models_dir.mkdir(parents=True, exist_ok=True)
    if entry.format == "onnx":
        return _pull_folder(hub, entry, models_dir)
    url = hub.hf_hub_url(entry.repo, entry.file)
    try:
        meta = hub.get_hf_file_metadata(url, timeout=METADATA_TIMEOUT_S)
        path = Path(hub.hf_hub_download(entry.repo, entry.file, local_dir=models_dir))
    except Exception as exc:  # the hub's errors come from several libraries (httpx, its own)
        raise _explain(hub, exc, entry, models_dir) from exc
    expected = str(meta.etag or "").strip('"')
    if _SHA256.match(expected):
        actual = _sha256(path)
        if actual != expected:
            path.unlink()
            raise ModelDownloadError(
                f"{path.name}: the download is damaged (SHA-256 {actual[:12]}..., the hub says "
                f"{expected[:12]}...); it was deleted. Run `deskhand models pull {entry.name}` again"
            )
    validate_model(path)
    return path


def _pull_folder(hub: Any, entry: CatalogEntry, models_dir: Path) -> Path:
    staging = models_dir / ".download" / entry.name
    pattern = f"{entry.subfolder}/*" if entry.subfolder else "*"
    config = f"{entry.subfolder}/genai_config.json" if entry.subfolder else "genai_config.json"
    try:
        hub.get_hf_file_metadata(hub.hf_hub_url(entry.repo, config), timeout=METADATA_TIMEOUT_S)
        hub.snapshot_download(entry.repo, allow_patterns=[pattern], local_dir=staging)
    except Exception as exc:  # see pull()
        raise _explain(hub, exc, entry, models_dir) from exc
    source = staging / entry.subfolder if entry.subfolder else staging
    target = models_dir / entry.file
    source.rename(target)
    validate_model(target)
    return target


def _sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _explain(hub: Any, exc: Exception, entry: CatalogEntry, models_dir: Path) -> ModelDownloadError:
    errors = hub.errors
    by_hand = (
        f"or download {entry.file} from https://huggingface.co/{entry.repo} on a connected machine "
        f"and put it in {models_dir}"
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
    return ModelDownloadError(
        f"cannot download {entry.name!r}: the hub ({hub.constants.ENDPOINT}) cannot be reached "
        f"({type(exc).__name__}: {exc}). Check the connection and try again, {by_hand}"
    )
