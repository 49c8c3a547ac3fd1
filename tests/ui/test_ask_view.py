"""The Ask tab: a question about a real folder is answered by the built-in model, the sources are
listed with the cited ones first, and a passage opens its file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.services.ask import AskResult
from app.ui.ask_view import ABOUT_FOLDER, ABOUT_SCREEN, AskView
from app.ui.targets import DesktopTarget
from tests.ui.conftest import WindowFactory

#: The model writes on 2 shared cores, where a loaded machine makes one answer take a minute.
ANSWER_TIMEOUT_MS = 600_000


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "manuals"
    folder.mkdir()
    (folder / "kettle.md").write_text(
        "# Kettle\n\nThe kettle's warranty lasts two years from the date of purchase.\n\n"
        "# Cleaning\n\nDescale the kettle with vinegar once a month.\n",
        encoding="utf-8",
    )
    (folder / "toaster.txt").write_text(
        "The toaster has four slots and a defrost button.\n", encoding="utf-8"
    )
    return folder


@pytest.mark.model
def test_a_question_about_a_folder_is_answered_with_its_sources(
    qtbot: QtBot, docs: Path, png_dir: Path
) -> None:
    opened: list[QUrl] = []
    view = AskView(Settings(), opener=opened.append)
    qtbot.addWidget(view)
    view.resize(900, 620)
    view.about.setCurrentIndex(ABOUT_SCREEN)
    assert not view.folder.isEnabled()
    view.about.setCurrentIndex(ABOUT_FOLDER)
    view.folder.setText(str(docs))
    view.question.setText("How long does the kettle warranty last?")

    with qtbot.waitSignal(view.worker.finished, timeout=ANSWER_TIMEOUT_MS) as finished:
        qtbot.mouseClick(view.ask_button, Qt.MouseButton.LeftButton)
        assert not view.ask_button.isEnabled()
    result = finished.args[0] if finished.args else None
    assert isinstance(result, AskResult) and result.error is None, result

    assert view.answer.toPlainText().strip() == result.answer
    assert view.ask_button.isEnabled()
    assert "Answered by the local model" in view.status.text()
    items = [view.sources.item(i) for i in range(view.sources.count())]
    assert len(items) == len(result.sources) >= 1
    # The warranty's passage is found by its words; what the answer is credited with comes first.
    first = items[0].text()
    assert "kettle.md:1-3" in " ".join(i.text() for i in items)
    if result.cited:
        assert first.startswith(f"✓ [{result.cited[0]}]")
    view.open_source(items[0])
    assert opened and Path(opened[0].toLocalFile()).parent == docs

    view.grab().save(str(png_dir / "ask.png"))


def test_an_empty_question_asks_nothing(qtbot: QtBot) -> None:
    view = AskView(Settings())
    qtbot.addWidget(view)
    view.question.setText("   ")
    view.ask()
    assert not view.worker.busy and view.ask_button.isEnabled()


def test_a_folder_that_does_not_exist_is_said_in_the_status(qtbot: QtBot, tmp_path: Path) -> None:
    view = AskView(Settings())
    qtbot.addWidget(view)
    view.folder.setText(str(tmp_path / "nowhere"))
    view.question.setText("Where is the manual?")
    with qtbot.waitSignal(view.worker.failed, timeout=30_000):
        view.ask()
    assert "does not exist" in view.status.text() and view.ask_button.isEnabled()


def test_the_window_has_an_ask_tab_on_ctrl_6_that_follows_the_run_panels_cloud_choice(
    qtbot: QtBot, window_factory: WindowFactory
) -> None:
    window = window_factory([DesktopTarget()], lambda _settings: pytest.fail("no run is started here"))
    with qtbot.waitActive(window):
        window.activateWindow()  # shortcuts reach the active window only
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.ask_view
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Ask"
    assert window.ask_view.worker.settings == window.settings
    assert window.ask_view.worker.cloud_choice() == window.cloud_choice()
