"""The models service as both faces use it: given a models folder, `overview()` says what is there
and how each role is answered; `use`, `describe_server`, `add`, `pull` and `remove` change one
thing, check it first, and leave the folder as it was when they refuse. Pulls go to a Hugging Face
cache in a temporary folder (the stand-in hub's), read back with huggingface-hub's own functions."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from pathlib import Path

import huggingface_hub
import pytest

from app.config import Settings
from app.errors import DeskhandError
from app.services import models
from app.services.models import CatalogEntry, DownloadCancelled, ModelCopyError, UnknownModelError
from tests.hub_server import HubStandIn, hub_stand_in, small_model

BUILTIN = "smollm2-135m-instruct"
REPO = "deskhand-tests/tiny-GGUF"
FILE = "tiny-F32.gguf"


@pytest.fixture
def models_dir(deskhand_home: Path) -> Path:
    return Settings().models_dir


@pytest.fixture(scope="module")
def builtin_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = models.find(BUILTIN, tmp_path_factory.mktemp("no-models")).path
    assert path is not None
    return path


def test_hardware_is_what_this_machine_has() -> None:
    assert models.hardware().cpu_cores >= 1


def test_a_fresh_install_lists_the_builtin_model_for_every_role(models_dir: Path) -> None:
    found = models.overview(models_dir)
    assert found.acceleration[0].startswith("CPU:")
    assert any(line.startswith("llama.cpp:") for line in found.acceleration)
    (builtin,) = [f for f in found.files if f.source == f"catalog: {BUILTIN}"]
    assert builtin.details is not None and builtin.problem is None
    assert (builtin.details.architecture, builtin.details.quantization) == ("llama", "Q4_1")
    assert builtin.details.context_length == 8192 and builtin.details.has_chat_template
    assert builtin.runs_as  # the offload plan in words: GPU layers, or why the CPU
    roles = {r.role: r for r in found.roles}
    assert {"grounder", "actor"} <= set(roles)
    assert all(r.path == builtin.path and r.problem is None and r.fallback is None for r in roles.values())
    catalog = {m.entry.name: m for m in found.catalog}
    assert catalog[BUILTIN].present and not catalog[BUILTIN].downloadable
    assert not catalog["qwen3-1.7b"].present and catalog["qwen3-1.7b"].downloadable


def test_a_broken_file_is_listed_with_why_and_a_missing_binding_with_the_fallback(models_dir: Path) -> None:
    models_dir.mkdir(parents=True)
    (models_dir / "broken.gguf").write_text("oops")
    models.roles_file(models_dir).write_text('[roles]\nactor = "gone.gguf"\n')
    found = models.overview(models_dir)
    (broken,) = [f for f in found.files if f.path.name == "broken.gguf"]
    assert broken.details is None and broken.runs_as is None
    assert broken.source == "models folder" and "not a GGUF model file" in str(broken.problem)
    actor = next(r for r in found.roles if r.role == "actor")
    assert actor.ref == "gone.gguf" and actor.path is not None
    assert "using the built-in model" in str(actor.fallback)


def test_a_role_bound_to_nothing_usable_says_why(models_dir: Path) -> None:
    catalog = {"roles": {"actor": "gone.gguf"}, "models": {}}
    (actor,) = models.overview(models_dir, catalog).roles
    assert actor.path is None and "does not exist" in str(actor.problem)


def test_use_binds_a_role_only_to_a_usable_model(models_dir: Path, builtin_gguf: Path) -> None:
    models_dir.mkdir(parents=True)
    (models_dir / "broken.gguf").write_text("oops")
    with pytest.raises(DeskhandError, match="not a GGUF model file"):
        models.use("actor", "broken.gguf", models_dir)
    assert not models.roles_file(models_dir).exists()
    shutil.copyfile(builtin_gguf, models_dir / "mine.gguf")
    bound = models.use("actor", "mine.gguf", models_dir)
    assert (bound.role, bound.path, bound.server) == ("actor", models_dir / "mine.gguf", None)
    actor = next(r for r in models.overview(models_dir).roles if r.role == "actor")
    assert (actor.ref, actor.path) == ("mine.gguf", models_dir / "mine.gguf")


def test_a_server_is_described_then_changed_and_a_role_bound_to_it(models_dir: Path) -> None:
    with pytest.raises(DeskhandError, match="needs --url and --model"):
        models.describe_server("team-gpu", models_dir, url="http://gpu.lan:8000/v1")
    with pytest.raises(DeskhandError, match="not an http"):
        models.describe_server("team-gpu", models_dir, url="gpu.lan", model="qwen")
    server = models.describe_server("team-gpu", models_dir, url="http://gpu.lan:8000/v1", model="qwen")
    assert not server.trusted
    trusted = models.describe_server("team-gpu", models_dir, trusted=True)
    assert (trusted.base_url, trusted.model, trusted.trusted) == ("http://gpu.lan:8000/v1", "qwen", True)
    bound = models.use("grounder", "server:team-gpu", models_dir)
    assert bound.server == trusted
    grounder = next(r for r in models.overview(models_dir).roles if r.role == "grounder")
    assert grounder.server == trusted and grounder.problem is None


def test_add_copies_a_checked_file_once(models_dir: Path, builtin_gguf: Path, tmp_path: Path) -> None:
    downloaded = tmp_path / "Downloads" / "my-model.bin"
    downloaded.parent.mkdir()
    shutil.copyfile(builtin_gguf, downloaded)
    added = models.add(downloaded, models_dir)
    assert added.path == models_dir / "my-model.gguf" and not added.already_there
    assert added.details.architecture == "llama" and added.path.read_bytes() == downloaded.read_bytes()
    assert models.add(added.path, models_dir).already_there
    with pytest.raises(DeskhandError, match=r"already has a my-model\.gguf"):
        models.add(downloaded, models_dir)
    with pytest.raises(DeskhandError, match=r"takes a \.gguf file"):
        models.add(tmp_path, models_dir)
    assert [p.name for p in models_dir.iterdir()] == ["my-model.gguf"]


def test_add_onto_a_full_disk_keeps_no_partial_copy(
    models_dir: Path, builtin_gguf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(source: Path, target: Path) -> None:
        Path(target).write_bytes(b"GGUF")  # a few bytes made it before the disk filled
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full_disk)
    with pytest.raises(ModelCopyError, match="No space left"):
        models.add(builtin_gguf, models_dir)
    assert not any(models_dir.iterdir())


def test_find_names_the_catalog_models_when_the_name_is_unknown(models_dir: Path) -> None:
    with pytest.raises(UnknownModelError, match=r"choose one of: .*qwen3-1\.7b"):
        models.find("gpt-9", models_dir)
    assert models.find(BUILTIN, models_dir).present
    assert models.find("qwen3-1.7b", models_dir).path is None


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubStandIn]:
    with hub_stand_in() as state:
        state.add(REPO, FILE, small_model(tmp_path / "served.gguf"))
        yield state


TINY = CatalogEntry(name="tiny", file=FILE, format="gguf", description="", license="MIT", repo=REPO)


def test_pull_reports_progress_and_the_model_is_then_present(models_dir: Path, hub: HubStandIn) -> None:
    seen: list[tuple[int, int | None]] = []
    path = models.pull(TINY, models_dir, lambda done, total: seen.append((done, total)), endpoint=hub.url)
    assert path.is_relative_to(hub.cache) and path.read_bytes() == hub.files[f"{REPO}/{FILE}"]
    assert seen and seen[-1] == (path.stat().st_size, path.stat().st_size)
    assert [f.details is not None for f in models.overview(models_dir).files if f.path == path] == [True]


def test_a_pull_cancelled_from_its_progress_keeps_nothing(models_dir: Path, hub: HubStandIn) -> None:
    def cancel(_done: int, _total: int | None) -> None:
        raise DownloadCancelled("cancelled")

    with pytest.raises(DownloadCancelled):
        models.pull(TINY, models_dir, cancel, endpoint=hub.url)
    assert not [p for p in models_dir.rglob("*") if p.suffix in (".gguf", ".incomplete")]


def test_rm_deletes_what_deskhand_pulled_and_says_what_it_freed(models_dir: Path, hub: HubStandIn) -> None:
    path = models.pull(TINY, models_dir, endpoint=hub.url)
    size = len(hub.files[f"{REPO}/{FILE}"])
    plan = models.removal("tiny", models_dir)
    assert (plan.deletes, plan.size_bytes, plan.kept_because) == (path, size, None)
    assert models.remove(plan, models_dir) == size
    assert not isinstance(huggingface_hub.try_to_load_from_cache(REPO, FILE, cache_dir=hub.cache), str)
    assert sum(r.size_on_disk for r in huggingface_hub.scan_cache_dir(hub.cache).repos) == 0
    assert path not in {f.path for f in models.overview(models_dir).files}
    with pytest.raises(DeskhandError, match="no model 'tiny'"):
        models.removal("tiny", models_dir)


def test_rm_keeps_a_file_another_tool_put_in_the_cache(models_dir: Path, hub: HubStandIn) -> None:
    theirs = Path(huggingface_hub.hf_hub_download(REPO, FILE, cache_dir=hub.cache, endpoint=hub.url))
    assert models.pull(TINY, models_dir, endpoint=hub.url) == theirs  # referenced, not fetched again
    plan = models.removal("tiny", models_dir)
    assert plan.deletes is None and "hf cache delete" in str(plan.kept_because)
    assert models.remove(plan, models_dir) == 0 and theirs.is_file()
    assert huggingface_hub.try_to_load_from_cache(REPO, FILE, cache_dir=hub.cache) == str(theirs)


def test_a_hub_reference_is_found_pulled_and_bound_to_a_role(models_dir: Path, hub: HubStandIn) -> None:
    hub.add(REPO, "tiny-Q4_K_M.gguf", hub.files[f"{REPO}/{FILE}"])
    known = models.find(f"hf.co/{REPO}:Q4_K_M", models_dir, endpoint=hub.url)
    assert known.path is None and known.entry.file == "tiny-Q4_K_M.gguf"
    path = models.pull(known.entry, models_dir, endpoint=hub.url)
    assert models.find(f"{REPO}:Q4_K_M", models_dir).path == path  # the cache answers, not the hub
    assert models.use("actor", f"{REPO}:Q4_K_M", models_dir).path == path
    plan = models.removal(f"{REPO}:Q4_K_M", models_dir)
    assert plan.roles == ("actor",) and plan.deletes == path


def test_add_with_link_references_the_file_where_it_lies(
    models_dir: Path, builtin_gguf: Path, tmp_path: Path
) -> None:
    downloaded = tmp_path / "Downloads" / "my-model.gguf"
    downloaded.parent.mkdir()
    shutil.copyfile(builtin_gguf, downloaded)
    added = models.add(downloaded, models_dir, link=True)
    assert added.linked and added.path == downloaded and added.name == "my-model.gguf"
    assert not list(models_dir.glob("*.gguf"))  # nothing copied
    assert downloaded in {f.path for f in models.overview(models_dir).files}
    assert models.use("actor", "my-model.gguf", models_dir).path == downloaded
    assert models.add(downloaded, models_dir, link=True).already_there
    plan = models.removal("my-model.gguf", models_dir)
    assert plan.deletes is None and "it is yours" in str(plan.kept_because)
    assert models.remove(plan, models_dir) == 0 and downloaded.is_file()


def test_rm_deletes_a_copied_file_from_the_models_folder(
    models_dir: Path, builtin_gguf: Path, tmp_path: Path
) -> None:
    added = models.add(builtin_gguf, models_dir)
    plan = models.removal(added.name, models_dir)
    assert plan.deletes == added.path
    assert models.remove(plan, models_dir) == builtin_gguf.stat().st_size and not added.path.exists()
    with pytest.raises(DeskhandError, match="ships with Deskhand"):
        models.removal(BUILTIN, models_dir)
