"""The Ask tab: a question answered by the local model from a folder of documents or the screen.

The window's face of `app.services.ask` (the command's is `deskhand ask`): a question box, what
the answer is about (a folder of documents, or what is on the screen now), the answer as it is
generated, and the sources it was given, the ones the answer is credited with marked; a passage
opens its file with the desktop's viewer. The question runs on a thread of its own (`AskWorker`),
so the window keeps responding while the model writes; the service's events come back as queued
signals. The models stay loaded between questions and are freed by `shut_down()`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.errors import DeskhandError
from app.services.ask import AnswerPiece, AskResult, AskStarted, Source, answer_pool, ask
from app.services.cloud import CloudChoice

_log = logging.getLogger(__name__)

#: A yes/no question for the person (the permission gate's), asked from the worker's thread.
Permission = Callable[[str], bool]
#: The about picker's entries: what the person reads, what the service is asked about.
ABOUT_FOLDER, ABOUT_SCREEN = 0, 1
#: Opens a source's file (the desktop's viewer; tests record the URL instead).
Opener = Callable[[QUrl], Any]
#: What each way of crediting sources is called above the list.
CREDITED = {
    "model": "Sources the answer cites (double-click opens the file)",
    "words": "The model cited no source; these hold the answer's words (double-click opens the file)",
    "none": "The answer cites no source and none holds its words; the sources it was given",
}


class AskWorker(QObject):
    """One question at a time, in a Python thread; the service's events come back as signals."""

    started = Signal(object)  # AskStarted
    piece = Signal(str)
    finished = Signal(object)  # AskResult
    failed = Signal(str)

    def __init__(self, settings: Settings, cloud: Callable[[], CloudChoice], permission: Permission) -> None:
        super().__init__()
        self.settings = settings
        self.cloud_choice = cloud
        self._permission = permission
        self._thread: threading.Thread | None = None
        self._pool: Any = None
        self._pool_lock = threading.Lock()

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, question: str, about: Path | Literal["screen"]) -> None:
        if self.busy:
            raise RuntimeError("a question is already being answered")
        cloud = self.cloud_choice()  # read on Qt's thread: the run panel's choice now
        self._thread = threading.Thread(
            target=self._drive, args=(question, about, cloud), name="deskhand-ask", daemon=True
        )
        self._thread.start()

    def _drive(self, question: str, about: Path | Literal["screen"], cloud: CloudChoice) -> None:
        try:
            with self._pool_lock:
                if self._pool is None:
                    self._pool = answer_pool(self.settings)
                pool = self._pool
            for event in ask(
                self.settings, question, about=about, cloud=cloud, permission=self._permission, pool=pool
            ):
                if isinstance(event, AskStarted):
                    self.started.emit(event)
                elif isinstance(event, AnswerPiece):
                    self.piece.emit(event.text)
                else:
                    self.finished.emit(event)
        except DeskhandError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a programming error: say so in the window, keep the traceback
            _log.exception("the question failed")
            self.failed.emit(f"internal error: {type(exc).__name__}: {exc}")

    def shut_down(self, timeout_s: float) -> None:
        """Wait for a question being answered, then free the models."""
        if self._thread is not None:
            self._thread.join(timeout_s)
        with self._pool_lock:
            if self._pool is not None and not self.busy:
                self._pool.close()
                self._pool = None


class AskView(QWidget):
    """Shows `app.services.ask`'s answer to a question, with its sources."""

    def __init__(
        self,
        settings: Settings,
        *,
        cloud: Callable[[], CloudChoice] = CloudChoice,
        permission: Permission = lambda _question: False,
        opener: Opener = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = AskWorker(settings, cloud, permission)
        self._open = opener

        self.question = QLineEdit()
        self.question.setPlaceholderText(
            "Ask about your documents or the screen, e.g. When does the warranty end?"
        )
        self.question.setAccessibleName("Question")
        self.about = QComboBox()
        self.about.addItems(["A folder of documents", "The screen"])
        self.about.setAccessibleName("Answer from")
        self.folder = QLineEdit(str(Path.home() / "Documents"))
        self.folder.setAccessibleName("Folder of documents")
        self.browse = QPushButton("Choose…")
        self.browse.setAccessibleName("Choose the folder")
        self.ask_button = QPushButton("Ask")
        self.ask_button.setDefault(True)
        self.ask_button.setAccessibleDescription("Answers the question with the local model")
        self.status = QLabel("The answer comes from the local model and only from these sources.")
        self.status.setWordWrap(True)
        self.answer = QPlainTextEdit()
        self.answer.setReadOnly(True)
        self.answer.setAccessibleName("Answer")
        self.answer.setPlaceholderText("The answer appears here as it is written.")
        self.sources_label = QLabel("Sources")
        self.sources = QListWidget()
        self.sources.setAccessibleName("Sources")
        self.sources.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(QLabel("Question:"))
        row.addWidget(self.question, 1)
        row.addWidget(self.ask_button)
        about_row = QHBoxLayout()
        about_row.addWidget(QLabel("Answer from:"))
        about_row.addWidget(self.about)
        about_row.addWidget(self.folder, 1)
        about_row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(about_row)
        layout.addWidget(self.status)
        layout.addWidget(self.answer, 2)
        layout.addWidget(self.sources_label)
        layout.addWidget(self.sources, 3)

        self.ask_button.clicked.connect(self.ask)
        self.question.returnPressed.connect(self.ask)
        self.browse.clicked.connect(self.choose_folder)
        self.about.currentIndexChanged.connect(self._about_changed)
        self.sources.itemActivated.connect(self.open_source)
        self.worker.started.connect(self._on_started)
        self.worker.piece.connect(self.answer.insertPlainText)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)

    def _about_changed(self, index: int) -> None:
        folder = index == ABOUT_FOLDER
        self.folder.setEnabled(folder)
        self.browse.setEnabled(folder)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Folder of documents", self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def ask(self) -> None:
        text = self.question.text().strip()
        if not text or self.worker.busy:
            return
        about: Path | Literal["screen"] = (
            "screen" if self.about.currentIndex() == ABOUT_SCREEN else Path(self.folder.text()).expanduser()
        )
        self.answer.clear()
        self.sources.clear()
        self.sources_label.setText("Sources")
        self.status.setText("reading the screen…" if about == "screen" else f"indexing {about}…")
        self.ask_button.setEnabled(False)
        self.worker.start(text, about)

    def _on_started(self, started: AskStarted) -> None:
        update = started.update
        where = (
            f"{started.about}: {update.files} files, {update.passages} passages"
            if update is not None
            else f"the screen: {len(started.sources)} elements"
        )
        self.status.setText(f"{where}; the local model is answering…")
        self._show_sources(started.sources, ())

    def _on_finished(self, result: AskResult) -> None:
        self.ask_button.setEnabled(True)
        if result.error is not None:
            self.status.setText(f"No answer: {result.error}")
        else:
            where = "the cloud" if result.origin == "cloud" else "the local model"
            self.status.setText(f"Answered by {where} ({result.model}) in {result.wall_s:.1f} s")
        self.sources_label.setText(CREDITED[result.cited_by])
        self._show_sources(result.sources, result.cited)

    def _on_failed(self, message: str) -> None:
        self.ask_button.setEnabled(True)
        self.status.setText(f"Could not ask: {message}")

    def _show_sources(self, sources: tuple[Source, ...], cited: tuple[int, ...]) -> None:
        self.sources.clear()
        ordered = sorted(sources, key=lambda s: (s.number not in cited, s.number))
        for source in ordered:
            mark = "✓ " if source.number in cited else ""
            excerpt = " ".join(source.text.split())
            item = QListWidgetItem(f"{mark}[{source.number}] {source.where}\n    {excerpt[:220]}")
            item.setToolTip(source.text)
            item.setData(Qt.ItemDataRole.UserRole, source)
            if source.number not in cited and cited:
                item.setForeground(self.palette().placeholderText())
            self.sources.addItem(item)

    def open_source(self, item: QListWidgetItem) -> None:
        """Open the passage's file with the desktop's viewer (a screen element has none)."""
        source: Source = item.data(Qt.ItemDataRole.UserRole)
        if source.path is not None:
            self._open(QUrl.fromLocalFile(str(source.path)))

    def shut_down(self, timeout_s: float) -> None:
        self.worker.shut_down(timeout_s)
