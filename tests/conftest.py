"""Fixtures shared by every test: a private user folder, a virtual display, the practice app.

- Every test gets its own `DESKHAND_HOME` (autouse), so no test reads or writes real user data.
- `virtual_display` (session): a private Xvfb; while it lives, `DISPLAY` points at it. Tests
  that need it are skipped when Xvfb is missing, unless the `CI` variable is set, where a
  missing Xvfb fails them instead of hiding them.
- `practice_app` / `practice_app_factory`: the practice form running on that display; read what
  it recorded with `.state()`. Mark such tests `@pytest.mark.display`.
- `practice_desk`, `practice_web`: the other two practice programs (a PySide6 desk with menus
  and dialogs; HTML pages in chromium, skipped without chromium unless `CI` is set).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.desktop.practice import (
    CHROMIUM_HINT,
    PracticeApp,
    PracticeDesk,
    PracticeWeb,
    Scenario,
    chromium_binary,
)
from app.desktop.sandbox import INSTALL_HINT, VirtualDisplay


@pytest.fixture(autouse=True)
def deskhand_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty Deskhand user folder for each test (`DESKHAND_HOME`)."""
    home = tmp_path_factory.mktemp("deskhand-home")
    monkeypatch.setenv("DESKHAND_HOME", str(home))
    # Model lookups also read the Hugging Face cache: a developer's own cached models must not
    # change what a test sees.
    monkeypatch.setenv("HF_HOME", str(home / "hf"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    return home


@pytest.fixture(scope="session")
def require_xvfb() -> str:
    """The Xvfb binary; skips the test where it is missing, fails it where `CI` is set."""
    binary = shutil.which("Xvfb")
    if binary is None:
        message = f"Xvfb is not installed ({INSTALL_HINT})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return binary


@pytest.fixture(scope="session")
def virtual_display(require_xvfb: str) -> Iterator[VirtualDisplay]:
    """One private 1024x768 X display for the whole session; `DISPLAY` points at it."""
    with VirtualDisplay(size=(1024, 768)) as display:
        yield display


@pytest.fixture
def practice_app_factory(
    virtual_display: VirtualDisplay, tmp_path: Path
) -> Iterator[Callable[..., PracticeApp]]:
    """Start practice apps on the virtual display: `start(scenario="default")`.

    Each call returns a running `PracticeApp` (its window already painted); all are closed when
    the test ends. Start one at a time: they all sit at (0, 0) and the newest is on top.
    """
    started: list[PracticeApp] = []

    def start(scenario: Scenario = "default") -> PracticeApp:
        app = PracticeApp(
            tmp_path / f"practice-state-{len(started)}.json",
            scenario=scenario,
            display=virtual_display.display,
        ).start()
        started.append(app)
        return app

    yield start
    for app in started:
        app.close()


@pytest.fixture
def practice_app(
    request: pytest.FixtureRequest, practice_app_factory: Callable[..., PracticeApp]
) -> PracticeApp:
    """The practice app, running. Pick a scenario with
    `@pytest.mark.parametrize("practice_app", ["injection"], indirect=True)`."""
    scenario: Scenario = getattr(request, "param", "default")
    return practice_app_factory(scenario)


@pytest.fixture(scope="session")
def require_chromium() -> str:
    """Debian's chromium; skips the test where it is missing, fails it where `CI` is set."""
    binary = chromium_binary()
    if binary is None:
        message = f"chromium is not installed ({CHROMIUM_HINT})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return binary


@pytest.fixture
def practice_desk(virtual_display: VirtualDisplay, tmp_path: Path) -> Iterator[PracticeDesk]:
    """The practice desk (menus, tabs, a list, dialogs) running on the Contacts tab."""
    with PracticeDesk(tmp_path / "desk-state.json", display=virtual_display.display) as desk:
        yield desk


@pytest.fixture
def practice_web(
    virtual_display: VirtualDisplay, require_chromium: str, tmp_path: Path
) -> Iterator[PracticeWeb]:
    """The practice sign-up page in chromium, served from 127.0.0.1."""
    with PracticeWeb(tmp_path / "web-state.json", display=virtual_display.display) as web:
        yield web
