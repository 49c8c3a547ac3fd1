"""The models Deskhand can use: the hardware they run on, the files found, which role uses which,
and the recommended models it can download.

The view shows what `app.services.models` reads and asks it for every change: a file dropped
into the models folder shows up on Refresh, a broken one with why it is unusable. A role is
swapped by picking a GGUF file or an ONNX folder, which the service validates before anything
changes (`models.use`). A recommended model downloads in a Python thread (`Downloader`) with a
progress bar and a Cancel button; what goes wrong (offline, a damaged file) is shown as the
service's message.
"""

from __future__ import annotations

import html
import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DeskhandError
from app.services import models
from app.services.models import CatalogEntry, CatalogModel, DownloadCancelled, ModelsOverview, Pull
from app.ui.theme import BAD, tinted

_log = logging.getLogger(__name__)

ERROR = tinted("{}", BAD)
#: The progress bar counts in thousandths: QProgressBar's int range cannot hold a file's bytes.
STEPS = 1000
#: What a catalog tier means, in the words of the person choosing.
SUITS = {"any": "any computer", "cpu-8gb": "8 GB RAM", "gpu-6gb": "a 6 GB GPU", "cpu-16gb": "16 GB RAM"}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    # Removing the rows first hides and releases their buttons; a replaced button would linger
    # on screen until Qt deletes it.
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)


def _megabytes(count: int) -> str:
    return f"{count / 1e6:,.0f} MB" if count >= 1e6 else f"{count / 1e6:.1f} MB"


class Downloader(QObject):
    """One download at a time, in a Python thread; progress and the result arrive as signals.

    Cancel is a flag the progress callback checks, so it takes effect at the next piece the
    download library hands over (huggingface-hub reports every 10 MiB).
    """

    progressed = Signal(object, object)  # bytes so far, total bytes or None (ints can pass 2**31)
    finished = Signal(object)  # the model's Path
    failed = Signal(str)  # what went wrong and what to do
    cancelled = Signal()

    def __init__(self, pull: Pull = models.pull, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pull = pull
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, entry: CatalogEntry, models_dir: Path) -> None:
        if self.busy:
            raise RuntimeError("a download is already running")
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(entry, models_dir), name=f"download-{entry.name}", daemon=True
        )
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def _run(self, entry: CatalogEntry, models_dir: Path) -> None:
        def report(done: int, total: int | None) -> None:
            if self._stop.is_set():
                raise DownloadCancelled(f"the download of {entry.name!r} was cancelled")
            self.progressed.emit(done, total)

        try:
            path = self._pull(entry, models_dir, report)
        except DownloadCancelled:
            self.cancelled.emit()
        except DeskhandError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not leave the window waiting forever
            _log.exception("downloading %s", entry.name)
            self.failed.emit(f"the download of {entry.name!r} failed: {type(exc).__name__}: {exc}")
        else:
            self.finished.emit(path)


class ModelsView(QWidget):
    """Hardware, models found, role bindings and downloads; `roles_changed` follows a swap."""

    roles_changed = Signal(str)  # the role whose model changed

    def __init__(
        self,
        models_dir: Path,
        parent: QWidget | None = None,
        *,
        catalog: dict[str, Any] | None = None,
        pull: Pull = models.pull,
    ) -> None:
        super().__init__(parent)
        self.models_dir = models_dir
        self.catalog = catalog
        self.downloader = Downloader(pull, self)
        self.downloader.progressed.connect(self._progressed)
        self.downloader.finished.connect(self._downloaded)
        self.downloader.failed.connect(self._download_failed)
        self.downloader.cancelled.connect(self._download_cancelled)
        self._downloading: CatalogEntry | None = None
        self._catalog: tuple[CatalogModel, ...] = ()

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        folder = QLabel(f"Models folder: <code>{html.escape(str(models_dir))}</code> — drop .gguf files here")
        folder.setAccessibleName("Models folder")
        top.addWidget(folder, 1)
        self.refresh_button = QPushButton("&Refresh")
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        hw_box = QGroupBox("Hardware")
        hw_layout = QVBoxLayout(hw_box)
        self.hardware = QLabel()
        self.hardware.setAccessibleName("Hardware")
        self.hardware.setWordWrap(True)
        hw_layout.addWidget(self.hardware)
        layout.addWidget(hw_box)

        found_box = QGroupBox("Models found")
        found_layout = QVBoxLayout(found_box)
        self.found = _table(
            [
                "File",
                "Where from",
                "Architecture",
                "Quantization",
                "Context",
                "Size",
                "Status",
                "Runs here as",
            ]
        )
        self.found.setAccessibleName("Models found")
        found_layout.addWidget(self.found)

        layout.addWidget(self._roles_box())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(found_box)
        split.addWidget(self._downloads_box())
        split.setSizes([200, 320])
        layout.addWidget(split, 1)
        self.refresh()

    def _roles_box(self) -> QGroupBox:
        box = QGroupBox("Roles")
        roles_layout = QVBoxLayout(box)
        self.roles = _table(["Role", "Model", "File in use", ""])
        self.roles.setAccessibleName("Which model each role uses")
        self.roles.horizontalHeader().setStretchLastSection(False)
        self.roles.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        roles_layout.addWidget(self.roles)
        self.roles_status = QLabel()
        self.roles_status.setWordWrap(True)
        self.roles_status.setAccessibleName("Role change")
        roles_layout.addWidget(self.roles_status)
        return box

    def _downloads_box(self) -> QGroupBox:
        box = QGroupBox("Recommended models to download")
        downloads_layout = QVBoxLayout(box)
        self.recommended = _table(["Name", "About", "Size", "Suits", "Roles", "Licence", "State", ""])
        self.recommended.setAccessibleName("Recommended models")
        self.recommended.setWordWrap(False)  # one line each; the full text is in the tooltip
        self.recommended.horizontalHeader().setStretchLastSection(False)
        self.recommended.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        downloads_layout.addWidget(self.recommended)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setFormat("no download running")
        self.progress.setAccessibleName("Download progress")
        self.cancel_button = QPushButton("&Cancel download")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.downloader.cancel)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        downloads_layout.addLayout(row)
        self.download_status = QLabel()
        self.download_status.setWordWrap(True)
        self.download_status.setAccessibleName("Download status")
        downloads_layout.addWidget(self.download_status)
        return box

    # -- what is on disk ---------------------------------------------------------------------

    def refresh(self) -> None:
        found = models.overview(self.models_dir, self.catalog)
        self.hardware.setText("\n".join(found.acceleration))
        rows = []
        for model in found.files:
            d = model.details
            rows.append(
                [
                    model.path.name,
                    model.source,
                    d.architecture if d else "",
                    d.quantization if d else "",
                    str(d.context_length or "") if d else "",
                    f"{d.size_bytes / 1e6:.0f} MB" if d else "",
                    "usable" if d else f"unusable: {model.problem}",
                    model.runs_as or "",  # the backend, or why 0 layers go to a GPU
                ]
            )
        _fill(self.found, rows)
        self._fill_roles(found)
        self._catalog = tuple(m for m in found.catalog if m.downloadable)
        self._fill_recommended()

    def _fill_roles(self, found: ModelsOverview) -> None:
        roles = []
        for bound in sorted(found.roles, key=lambda b: b.role):
            if bound.path is None:
                in_use = f"not usable: {bound.problem}"
            else:
                in_use = bound.path.name + (f" (fallback: {bound.fallback})" if bound.fallback else "")
            roles.append([bound.role, bound.ref, in_use, ""])
        _fill(self.roles, roles)
        for row, (role, *_rest) in enumerate(roles):
            self.roles.setCellWidget(row, 3, self._use_button(role))
        # Every role in sight, no scrolling: there are only a few.
        self.roles.setFixedHeight(
            self.roles.horizontalHeader().sizeHint().height()
            + sum(self.roles.rowHeight(r) for r in range(len(roles)))
            + 2 * self.roles.frameWidth()
        )

    def _use_button(self, role: str) -> QPushButton:
        button = QPushButton("Use a file…")
        button.setAccessibleName(f"Use a file for the {role}")
        menu = QMenu(button)
        menu.addAction("A GGUF model file…", lambda: self.choose_file(role))
        menu.addAction("An ONNX model folder…", lambda: self.choose_folder(role))
        button.setMenu(menu)
        return button

    def _fill_recommended(self) -> None:
        rows = []
        for model in self._catalog:
            entry = model.entry
            rows.append(
                [
                    entry.name,
                    entry.description,
                    f"{entry.size_mb:,} MB" if entry.size_mb else "?",
                    SUITS.get(entry.tier or "", entry.tier or "?"),
                    ", ".join(entry.roles) or "—",
                    entry.license,
                    "downloaded" if model.present else "not downloaded",
                    "",
                ]
            )
        _fill(self.recommended, rows)
        busy = self.downloader.busy
        for row, model in enumerate(self._catalog):
            if model.present:
                continue
            button = QPushButton("Download")
            button.setAccessibleName(f"Download {model.entry.name}")
            button.setEnabled(not busy)
            button.clicked.connect(lambda _checked=False, e=model.entry: self.download(e))
            self.recommended.setCellWidget(row, 7, button)

    # -- swapping a role's model -------------------------------------------------------------

    def _start_folder(self) -> str:
        # A folder that does not exist yet would be offered as a file name in the dialog.
        self.models_dir.mkdir(parents=True, exist_ok=True)
        return str(self.models_dir)

    def choose_file(self, role: str) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, f"A GGUF model for the {role}", self._start_folder(), "GGUF models (*.gguf)"
        )
        if chosen:
            self.use_file(role, Path(chosen))

    def choose_folder(self, role: str) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, f"An ONNX model folder for the {role}", self._start_folder()
        )
        if chosen:
            self.use_file(role, Path(chosen))

    def use_file(self, role: str, path: Path) -> bool:
        """Bind `role` to `path` once it validates; otherwise say why and change nothing."""
        try:
            models.use(role, str(path), self.models_dir, self.catalog)
        except DeskhandError as exc:
            self.roles_status.setText(ERROR.format(html.escape(str(exc))))
            return False
        self.refresh()
        self.roles_status.setText(
            f"The {html.escape(role)} now uses <b>{html.escape(path.name)}</b> "
            f"(saved in {html.escape(str(models.roles_file(self.models_dir)))})."
        )
        self.roles_changed.emit(role)
        return True

    # -- downloads ---------------------------------------------------------------------------

    def download(self, entry: CatalogEntry) -> None:
        """Start downloading `entry` into the models folder (one download at a time)."""
        if self.downloader.busy:
            return
        self._downloading = entry
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        self.progress.setFormat(f"{entry.name}: asking the hub…")
        self.download_status.setText(
            f"Downloading {html.escape(entry.name)} ({html.escape(entry.license)} licence) "
            f"into the models folder."
        )
        self.cancel_button.setEnabled(True)
        self.downloader.start(entry, self.models_dir)
        self._fill_recommended()

    def _progressed(self, done: int, total: int | None) -> None:
        name = self._downloading.name if self._downloading else ""
        if total:
            self.progress.setRange(0, STEPS)
            self.progress.setValue(min(STEPS, done * STEPS // total))
            self.progress.setFormat(f"{name}: %p% — {_megabytes(done)} of {_megabytes(total)}")
        else:  # the hub did not say how big: a busy bar and the count so far
            self.progress.setRange(0, 0)
            self.progress.setFormat(f"{name}: {_megabytes(done)}")

    def _download_over(self, status: str, bar: str) -> None:
        self.cancel_button.setEnabled(False)
        self._downloading = None
        self.download_status.setText(status)
        self.progress.setFormat(bar)
        self.refresh()

    def _downloaded(self, path: Path) -> None:
        name = self._downloading.name if self._downloading else path.name
        self.progress.setRange(0, STEPS)
        self.progress.setValue(STEPS)
        self._download_over(
            f"<b>{html.escape(name)}</b> is ready: {html.escape(str(path))}. "
            "Give it a role with <i>Use a file…</i> under Roles.",
            f"{name}: %p% — done",
        )

    def _download_failed(self, message: str) -> None:
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        self._download_over(ERROR.format(html.escape(message)), "download failed")

    def _download_cancelled(self) -> None:
        name = self._downloading.name if self._downloading else "the model"
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        self._download_over(
            f"The download of {html.escape(name)} was cancelled; nothing was kept.", "download cancelled"
        )
