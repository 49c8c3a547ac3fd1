"""The models view: it follows the models folder, swaps a role's model by a picked file (only a
usable one), and downloads a recommended model from a stand-in hub with a progress bar."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import huggingface_hub
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.runtimes.catalog import load_catalog, resolve_role
from app.services import models
from app.services.models import Pull
from app.ui.models_view import STEPS, ModelsView
from tests.hub_server import HubStandIn, hub_stand_in, small_model

REPO = "deskhand-tests/tiny-GGUF"
FILE = "tiny-F32.gguf"


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [item.text() if (item := table.item(r, c)) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def drop(source: Path, destination: Path) -> None:
    """A second copy of a model file (a hard link where the filesystem allows: it is 98 MB)."""
    try:
        os.link(source, destination)
    except OSError:
        shutil.copyfile(source, destination)


def answer_file_dialog(qtbot: QtBot, path: Path) -> None:
    """When the next file dialog opens, pick `path` in it as a person would."""

    def pick() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, pick)
            return
        typed = dialogs[0].findChild(QLineEdit, "fileNameEdit")
        if not isinstance(typed, QLineEdit):  # not Qt's own dialog: give up, the test fails
            dialogs[0].reject()
            return
        typed.setText(str(path))  # as a person types or pastes the path
        dialogs[0].accept()

    QTimer.singleShot(50, pick)


def test_the_models_view_shows_a_model_file_dropped_into_the_models_folder(
    qtbot: QtBot, png_dir: Path
) -> None:
    settings = Settings()
    view = ModelsView(settings.models_dir)
    qtbot.addWidget(view)
    before = {row[0] for row in rows(view.found)}
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    drop(resolve_role("actor", settings.models_dir), settings.models_dir / "mine.gguf")
    (settings.models_dir / "broken.gguf").write_bytes(b"this is not a model")
    view.refresh_button.click()
    found = {row[0]: row for row in rows(view.found)}
    assert "mine.gguf" not in before and "broken.gguf" not in before
    assert found["mine.gguf"][1] == "models folder" and found["mine.gguf"][2] == "llama"
    assert found["mine.gguf"][6] == "usable"
    assert found["broken.gguf"][6].startswith("unusable")
    roles = {row[0]: row for row in rows(view.roles)}
    assert {"grounder", "actor"} <= set(roles)
    assert view.hardware.text().startswith("CPU:") or "not available" in view.hardware.text()
    # This machine's llama.cpp is a CPU build: the tab says so, and why each model gets 0 GPU layers.
    assert "llama.cpp: CPU only (built with CPU" in view.hardware.text()
    assert found["mine.gguf"][7].startswith("CPU, ") and "CPU-only build" in found["mine.gguf"][7]
    recommended = {row[0]: row for row in rows(view.recommended)}
    assert recommended["qwen3-1.7b"][6] == "not downloaded" and "smollm2-135m-instruct" not in recommended
    view.resize(1100, 760)
    view.grab().save(str(png_dir / "models.png"))


def test_picking_a_file_for_a_role_binds_it_only_when_the_file_is_usable(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings()
    view = ModelsView(settings.models_dir)
    qtbot.addWidget(view)
    changed: list[str] = []
    view.roles_changed.connect(changed.append)
    roles_before = rows(view.roles)
    broken = tmp_path / "half.gguf"
    broken.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\x00" * 20)

    assert not view.use_file("actor", broken)
    assert "half.gguf" in view.roles_status.text() and "cut off" in view.roles_status.text()
    assert rows(view.roles) == roles_before and not (settings.models_dir / "roles.toml").exists()
    assert changed == []

    good = tmp_path / "picked.gguf"
    drop(resolve_role("actor", settings.models_dir), good)
    answer_file_dialog(qtbot, good)
    view.choose_file("actor")
    roles = {row[0]: row for row in rows(view.roles)}
    assert roles["actor"][1] == str(good) and roles["actor"][2] == "picked.gguf"
    assert roles["grounder"] == next(r for r in roles_before if r[0] == "grounder")
    assert str(good) in (settings.models_dir / "roles.toml").read_text()
    assert changed == ["actor"] and "picked.gguf" in view.roles_status.text()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubStandIn]:
    with hub_stand_in() as state:
        state.add(REPO, FILE, small_model(tmp_path / "served.gguf"))
        yield state


def catalog_with_tiny_model() -> dict[str, object]:
    catalog = load_catalog()
    entry = {
        "file": FILE,
        "repo": REPO,
        "description": "a 2 MB model served by the stand-in hub",
        "size_mb": 2,
        "license": "MIT",
        "tier": "any",
        "roles": ["actor"],
    }
    catalog["models"] = {**catalog["models"], "tiny": entry}
    return catalog


def pull_from(endpoint: str) -> Pull:
    return lambda entry, folder, progress: models.pull(entry, folder, progress, endpoint=endpoint)


def row_of(table: QTableWidget, name: str) -> int:
    return next(r for r, cells in enumerate(rows(table)) if cells[0] == name)


def download_button(view: ModelsView, name: str) -> QPushButton:
    button = view.recommended.cellWidget(row_of(view.recommended, name), 7)
    assert isinstance(button, QPushButton)
    return button


def test_a_recommended_model_downloads_with_the_progress_bar_reaching_100_percent(
    qtbot: QtBot, hub: HubStandIn, png_dir: Path
) -> None:
    settings = Settings()
    view = ModelsView(settings.models_dir, catalog=catalog_with_tiny_model(), pull=pull_from(hub.url))
    qtbot.addWidget(view)
    seen: list[int] = []
    view.downloader.progressed.connect(lambda done, _total: seen.append(view.progress.value()))
    with qtbot.waitSignal(view.downloader.finished, timeout=60_000):
        download_button(view, "tiny").click()
    assert seen and view.progress.value() == view.progress.maximum() == STEPS
    assert view.progress.text().startswith("tiny: 100%")
    assert "is ready" in view.download_status.text()
    cached = huggingface_hub.try_to_load_from_cache(REPO, FILE, cache_dir=hub.cache)
    assert isinstance(cached, str) and Path(cached).read_bytes() == hub.files[f"{REPO}/{FILE}"]
    assert {row[0]: row for row in rows(view.found)}[FILE][6] == "usable"
    tiny = row_of(view.recommended, "tiny")
    assert rows(view.recommended)[tiny][6] == "downloaded" and view.recommended.cellWidget(tiny, 7) is None
    view.resize(1100, 760)
    view.grab().save(str(png_dir / "models-downloaded.png"))


def test_a_cancelled_download_keeps_nothing_and_says_so(qtbot: QtBot, hub: HubStandIn) -> None:
    settings = Settings()
    hub.piece_delay_s = 0.05  # about 1.3 s for the whole file: time to press Cancel
    view = ModelsView(settings.models_dir, catalog=catalog_with_tiny_model(), pull=pull_from(hub.url))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.downloader.cancelled, timeout=60_000):
        download_button(view, "tiny").click()
        assert view.cancel_button.isEnabled()
        view.cancel_button.click()
    assert "cancelled; nothing was kept" in view.download_status.text()
    assert not view.cancel_button.isEnabled() and download_button(view, "tiny").isEnabled()
    for folder in (settings.models_dir, hub.cache):
        assert not [p for p in folder.rglob("*") if p.suffix in (".gguf", ".incomplete")]


def test_with_the_hub_out_of_reach_the_view_says_so_in_words(qtbot: QtBot, png_dir: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    view = ModelsView(Settings().models_dir, pull=pull_from(closed))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.downloader.failed, timeout=60_000):
        download_button(view, "gemma-3-1b").click()
    status = view.download_status.text()
    assert f"the hub ({closed}) cannot be reached" in status and "Traceback" not in status
    assert "gemma-3-1b-it-Q4_K_M.gguf" in status
    assert view.progress.text() == "download failed" and download_button(view, "gemma-3-1b").isEnabled()
    view.resize(1100, 760)
    view.grab().save(str(png_dir / "models-offline.png"))
