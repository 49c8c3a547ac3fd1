"""`pull` against a local stand-in for the Hugging Face hub (tests/hub_server.py): the real
huggingface-hub client over real HTTP into a Hugging Face cache in a temporary folder, with a
transfer that breaks off, a hub that claims the wrong SHA-256, and a person who cancels; a model
Deskhand pulled is found by huggingface-hub's own cache functions, and one they put there is
found by Deskhand without a download."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import huggingface_hub
import pytest
from huggingface_hub.constants import DOWNLOAD_CHUNK_SIZE

from app.runtimes.catalog import CatalogEntry, discover, entry_path, validate_model
from app.runtimes.download import DownloadCancelled, ModelDownloadError, hub_entry, pull
from app.runtimes.hub_cache import references
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


def leftovers(*folders: Path) -> list[str]:
    """Model files, blobs and partial downloads in the folders, hidden folders included."""
    return sorted(
        str(p.relative_to(folder))
        for folder in folders
        for p in folder.rglob("*")
        if p.suffix in (".gguf", ".incomplete") or (p.parent.name == "blobs" and p.is_file())
    )


def test_a_model_downloads_into_the_hf_cache_where_huggingface_hub_finds_it(
    hub: HubStandIn, model_bytes: bytes, tmp_path: Path
) -> None:
    seen: list[tuple[int, int | None]] = []
    models = tmp_path / "models"
    path = pull(ENTRY, models, progress=lambda done, total: seen.append((done, total)), endpoint=hub.url)
    assert path.is_relative_to(hub.cache) and path.read_bytes() == model_bytes
    assert huggingface_hub.try_to_load_from_cache(REPO, ENTRY.file, cache_dir=hub.cache) == str(path)
    [repo] = huggingface_hub.scan_cache_dir(hub.cache).repos
    assert (repo.repo_id, repo.size_on_disk) == (REPO, len(model_bytes))
    assert validate_model(path).architecture == "llama"
    assert seen and seen[-1] == (len(model_bytes), len(model_bytes))
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert hub.ranges() == [None]
    # Referenced, not copied: the models folder holds no model file, and Deskhand sees it.
    assert references(models)["tiny"].owned and leftovers(models) == []
    assert entry_path(ENTRY, models) == path and path in {m.path for m in discover(models)}


def test_a_file_another_tool_put_in_the_cache_is_used_without_a_download(
    hub: HubStandIn, model_bytes: bytes, tmp_path: Path
) -> None:
    # What `hf download REPO FILE` does: huggingface-hub's own download into the cache.
    theirs = huggingface_hub.hf_hub_download(REPO, ENTRY.file, cache_dir=hub.cache, endpoint=hub.url)
    hub.requests.clear()
    models = tmp_path / "models"
    assert entry_path(ENTRY, models) == Path(theirs)  # found before any pull, offline
    assert pull(ENTRY, models, endpoint=hub.url) == Path(theirs)
    assert hub.requests == [] and not references(models)["tiny"].owned


def test_pull_by_hub_reference_picks_the_gguf_of_that_quantization(
    hub: HubStandIn, model_bytes: bytes, tmp_path: Path
) -> None:
    for name in ("tiny-Q8_0.gguf", "tiny-Q4_K_M.gguf", "mmproj-tiny-Q4_K_M.gguf", "README.md"):
        hub.add(REPO, name, model_bytes)
    entry = hub_entry(f"hf.co/{REPO}:q8_0", endpoint=hub.url)
    assert entry is not None and (entry.name, entry.file) == (f"{REPO}:Q8_0", "tiny-Q8_0.gguf")
    path = pull(entry, tmp_path / "models", endpoint=hub.url)
    assert huggingface_hub.try_to_load_from_cache(REPO, "tiny-Q8_0.gguf", cache_dir=hub.cache) == str(path)
    default = hub_entry(REPO, endpoint=hub.url)  # no quantization: llama.cpp's default, Q4_K_M
    assert default is not None and default.file == "tiny-Q4_K_M.gguf"
    hub.requests.clear()
    again = hub_entry(f"{REPO}:Q8_0", endpoint=hub.url)  # now answered from the cache
    assert again is not None and again.file == "tiny-Q8_0.gguf" and hub.requests == []
    with pytest.raises(
        ModelDownloadError, match=r"no single-file GGUF of quantization Q2_K; it offers: .*Q8_0"
    ):
        hub_entry(f"{REPO}:Q2_K", endpoint=hub.url)
    assert hub_entry("qwen3-4b") is None  # a catalog name is not a hub reference


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
    assert leftovers(models, hub.cache) == []
    assert ENTRY.file not in {m.path.name for m in discover(models)}


def test_a_cancelled_download_leaves_nothing_behind(hub: HubStandIn, tmp_path: Path) -> None:
    def stop(_done: int, _total: int | None) -> None:
        raise DownloadCancelled("stopped by the person")

    models = tmp_path / "models"
    with pytest.raises(DownloadCancelled):
        pull(ENTRY, models, progress=stop, endpoint=hub.url)
    assert leftovers(models, hub.cache) == []


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


def test_an_onnx_folder_is_pulled_into_the_cache_as_a_snapshot(
    hub: HubStandIn, tiny_onnx_model: Path, tmp_path: Path
) -> None:
    repo, subfolder = "deskhand-tests/tiny-onnx", "cpu/int4"
    for file in tiny_onnx_model.rglob("*"):
        if file.is_file():
            hub.add(repo, f"{subfolder}/{file.relative_to(tiny_onnx_model)}", file.read_bytes())
    hub.add(repo, "README.md", b"not part of the model")
    entry = CatalogEntry("tiny-onnx", "tiny-onnx", "onnx", "", "MIT", repo=repo, subfolder=subfolder)
    models = tmp_path / "models"
    path = pull(entry, models, endpoint=hub.url)
    assert path.is_relative_to(hub.cache) and path.name == "int4"
    assert validate_model(path).architecture == "llama"
    config = huggingface_hub.try_to_load_from_cache(
        repo, f"{subfolder}/genai_config.json", cache_dir=hub.cache
    )
    assert config == str(path / "genai_config.json")
    assert not isinstance(huggingface_hub.try_to_load_from_cache(repo, "README.md", cache_dir=hub.cache), str)
    assert entry_path(entry, models) == path and references(models)["tiny-onnx"].owned
