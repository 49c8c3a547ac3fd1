"""Fixtures for the window's tests: Qt offscreen, one loaded model, a sandbox, PNG renders.

`QT_QPA_PLATFORM=offscreen` is set here, before anything imports Qt, so the window needs no
display of its own; the practice form still runs on the Xvfb of the `virtual_display`
fixture (`PracticeApp` starts it with `QT_QPA_PLATFORM=xcb`). Renders of each view are saved
under `DESKHAND_UI_PNG_DIR` when set (to look at them), else under a temporary folder.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.desktop.sandbox import VirtualDisplay
from app.services.insights import escalation_figures
from app.services.run import Session, open_session
from app.ui.targets import SandboxTarget, Target
from app.ui.window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def preferences_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The window's QSettings live in a fresh folder for each test, never in the person's own."""
    folder = tmp_path_factory.mktemp("qsettings")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(scope="session")
def png_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chosen = os.environ.get("DESKHAND_UI_PNG_DIR")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("ui-png")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def acting_session(virtual_display: VirtualDisplay, tmp_path_factory: pytest.TempPathFactory) -> Session:
    """The real built-in model, OCR and hands on the virtual display, loaded once per module."""
    return open_session(Settings(data_dir=tmp_path_factory.mktemp("session-home")), dry_run=False)


@pytest.fixture
def sandbox(virtual_display: VirtualDisplay, tmp_path: Path) -> SandboxTarget:
    """The window's sandbox target, reusing the session's Xvfb (the window closes it)."""
    return SandboxTarget(tmp_path / "practice-state.json", display=virtual_display.display)


@pytest.fixture
def window_factory(qtbot: QtBot, deskhand_home: Path) -> Iterator[WindowFactory]:
    """`make(targets=[...], open_session=...)`: a shown MainWindow, closed when the test ends."""
    windows: list[MainWindow] = []

    def make(targets: Sequence[Target], open_session: Callable[[Settings], Session]) -> MainWindow:
        window = MainWindow(
            Settings(), figures=escalation_figures, targets=targets, open_session=open_session
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
