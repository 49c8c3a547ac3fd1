"""`pull` against a local stand-in for the Hugging Face hub (tests/hub_server.py): the real
huggingface-hub client over real HTTP, with a transfer that breaks off, a hub that claims the
wrong SHA-256, and a person who cancels."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from huggingface_hub.constants import DOWNLOAD_CHUNK_SIZE

from app.runtimes.catalog import CatalogEntry, discover, validate_model
from app.runtimes.download import DownloadCancelled, ModelDownloadError, pull
from tests.hub_server import HubStandIn, hub_stand_in, small_model

REPO = "deskhand-tests/tiny-GGUF"
ENTRY = CatalogEntry(
    name="tiny", file="tiny-F32.gguf", format="gguf", description="", license="MIT", repo=REPO
)


@pytest.fixture
def model_bytes(tmp_path: Path) -> bytes:
    return small_model(tmp_path / "source.gguf")


@pytest.fixture
def hub(model_bytes: bytes) -> Iterator[HubStandIn]:
    with hub_stand_in() as state:
        state.add(REPO, ENTRY.file, model_bytes)
        yield state


def leftovers(models_dir: Path) -> list[str]:
    """Model files and partial downloads in the folder, hidden folders included."""
    return sorted(
        str(p.relative_to(models_dir)) for p in models_dir.rglob("*") if p.suffix in (".gguf", ".incomplete")
    )


def test_a_model_downloads_with_its_progress_reported(
    hub: HubStandIn, model_bytes: bytes, tmp_path: Path
) -> None:
    seen: list[tuple[int, int | None]] = []
    path = pull(
        ENTRY, tmp_path / "models", progress=lambda done, total: seen.append((done, total)), endpoint=hub.url
    )
    assert path == tmp_path / "models" / ENTRY.file
    assert path.read_bytes() == model_bytes
    assert validate_model(path).architecture == "llama"
    assert seen and seen[-1] == (len(model_bytes), len(model_bytes))
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert hub.ranges() == [None]
    assert ENTRY.file in {m.path.name for m in discover(tmp_path / "models")}


def test_a_transfer_that_breaks_off_resumes_where_it_stopped(hub: HubStandIn, tmp_path: Path) -> None:
    # huggingface-hub writes (and can resume from) whole 10 MiB pieces, so the file is bigger.
    big = small_model(tmp_path / "big.gguf", floats=3_500_000)
    hub.add(REPO, ENTRY.file, big)
    hub.break_after = 12_000_000
    seen: list[int] = []
    path = pull(ENTRY, tmp_path / "models", progress=lambda done, _total: seen.append(done), endpoint=hub.url)
    assert path.read_bytes() == big
    first, again = hub.ranges()
    assert first is None and again == f"bytes={DOWNLOAD_CHUNK_SIZE}-"
    assert seen[-1] == len(big)


def test_a_file_that_does_not_match_the_hubs_sha256_is_rejected_and_deleted(
    hub: HubStandIn, tmp_path: Path
) -> None:
    hub.claimed_sha256[f"{REPO}/{ENTRY.file}"] = "ab" * 32
    models = tmp_path / "models"
    with pytest.raises(
        ModelDownloadError, match=r"the download is damaged \(SHA-256 .* the hub says abababab"
    ):
        pull(ENTRY, models, endpoint=hub.url)
    assert leftovers(models) == []
    assert ENTRY.file not in {m.path.name for m in discover(models)}


def test_a_cancelled_download_leaves_nothing_behind(hub: HubStandIn, tmp_path: Path) -> None:
    def stop(_done: int, _total: int | None) -> None:
        raise DownloadCancelled("stopped by the person")

    models = tmp_path / "models"
    with pytest.raises(DownloadCancelled):
        pull(ENTRY, models, progress=stop, endpoint=hub.url)
    assert leftovers(models) == []


def test_a_file_the_hub_does_not_have_says_the_catalog_may_be_out_of_date(
    hub: HubStandIn, tmp_path: Path
) -> None:
    missing = CatalogEntry(
        name="gone", file="gone.gguf", format="gguf", description="", license="MIT", repo=REPO
    )
    with pytest.raises(ModelDownloadError, match="is not on the hub \\(the catalog may be out of date\\)"):
        pull(missing, tmp_path / "models", endpoint=hub.url)


def test_a_full_disk_says_so_and_what_to_free(hub: HubStandIn, tmp_path: Path) -> None:
    def disk_full(_done: int, _total: int | None) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")  # as a write to a full disk fails

    with pytest.raises(ModelDownloadError, match="is full; free"):
        pull(ENTRY, tmp_path / "models", progress=disk_full, endpoint=hub.url)
