"""`deskhand models add FILE`: what "Open with Deskhand" on a .gguf file does after installing.

Given the real built-in model under another name, the command copies it into the models folder
(or, with --link, uses it where it lies), where `deskhand models` finds it; a broken file, a
folder or a name clash is refused with a message and leaves the models folder as it was.
`deskhand models rm` asks first (or takes --yes), deletes only a file Deskhand owns, and says
what it freed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.config import Settings
from app.runtimes.catalog import catalog_entries, discover, entry_path


@pytest.fixture(scope="module")
def builtin_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    entry = catalog_entries()["smollm2-135m-instruct"]
    return entry_path(entry, tmp_path_factory.mktemp("no-models"))


@pytest.fixture
def downloaded(builtin_gguf: Path, tmp_path: Path) -> Path:
    """A GGUF file sitting in the person's Downloads folder."""
    path = tmp_path / "Downloads" / "my-model.gguf"
    path.parent.mkdir()
    shutil.copyfile(builtin_gguf, path)
    return path


def models_folder() -> Path:
    return Settings().models_dir


def test_adds_a_checked_gguf_file_that_models_then_finds(
    downloaded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "add", str(downloaded)]) == 0
    added = models_folder() / "my-model.gguf"
    assert added.read_bytes() == downloaded.read_bytes()
    assert "added" in capsys.readouterr().out
    assert [m.source for m in discover(models_folder()) if m.path == added] == ["models folder"]
    assert [p.name for p in models_folder().iterdir()] == ["my-model.gguf"]  # no partial copy left


def test_a_file_with_another_extension_is_added_as_gguf(downloaded: Path) -> None:
    renamed = downloaded.rename(downloaded.with_name("model.bin"))
    assert main(["models", "add", str(renamed)]) == 0
    assert (models_folder() / "model.gguf").is_file()


@pytest.mark.parametrize("cut_to", [0, 3000])
def test_a_broken_file_is_refused_and_nothing_is_copied(
    downloaded: Path, cut_to: int, capsys: pytest.CaptureFixture[str]
) -> None:
    with downloaded.open("r+b") as fh:
        fh.truncate(cut_to)
    assert main(["models", "add", str(downloaded)]) == 2
    assert str(downloaded) in capsys.readouterr().err
    assert not models_folder().exists() or not any(models_folder().iterdir())


def test_a_missing_file_or_a_folder_is_refused_with_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "add", str(tmp_path / "nothing.gguf")]) == 2
    assert "no such model file" in capsys.readouterr().err
    assert main(["models", "add", str(tmp_path)]) == 2
    assert "takes a .gguf file" in capsys.readouterr().err


def test_a_name_clash_is_refused_but_adding_the_same_file_again_is_fine(
    downloaded: Path, builtin_gguf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "add", str(downloaded)]) == 0
    added = models_folder() / "my-model.gguf"
    assert main(["models", "add", str(added)]) == 0
    assert "already in the models folder" in capsys.readouterr().out

    other = tmp_path / "elsewhere" / "my-model.gguf"
    other.parent.mkdir()
    shutil.copyfile(builtin_gguf, other)
    assert main(["models", "add", str(other)]) == 2
    assert "already has a my-model.gguf" in capsys.readouterr().err


def test_add_with_link_uses_the_file_where_it_lies(
    downloaded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "add", "--link", str(downloaded)]) == 0
    out = capsys.readouterr().out
    assert "linked (used where it lies, not copied)" in out and "models use actor my-model.gguf" in out
    assert not list(models_folder().glob("*.gguf"))
    assert downloaded in {m.path for m in discover(models_folder())}
    assert main(["models", "use", "actor", "my-model.gguf"]) == 0


def test_rm_asks_first_and_says_what_it_freed(downloaded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "add", "--copy", str(downloaded)]) == 0
    added = models_folder() / "my-model.gguf"
    capsys.readouterr()
    assert main(["models", "rm", "my-model.gguf"]) == 1  # no terminal to ask on, no --yes
    assert "add --yes" in capsys.readouterr().err and added.is_file()
    assert main(["models", "rm", "--yes", "my-model.gguf"]) == 0
    assert f"{downloaded.stat().st_size / 1e6:.1f} MB freed" in capsys.readouterr().out
    assert not added.exists() and downloaded.is_file()


def test_rm_of_a_linked_file_forgets_it_and_keeps_the_file(
    downloaded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "add", "--link", str(downloaded)]) == 0
    assert main(["models", "rm", "-y", "my-model.gguf"]) == 0
    out = capsys.readouterr().out
    assert "the file stays, it is yours" in out and "no file deleted" in out and downloaded.is_file()
    assert downloaded not in {m.path for m in discover(models_folder())}
