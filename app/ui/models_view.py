"""The models Deskhand can use: the hardware they run on, the files found, which role uses which.

A file dropped into the models folder shows up on Refresh; a broken one shows why it is unusable.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.runtimes.base import ModelError
from app.runtimes.catalog import bind_role, discover, role_bindings


def hardware_lines() -> list[str]:
    """What the hardware probe says, or honestly that there is no probe in this build."""
    try:
        from app.runtimes import hardware
    except ImportError:
        return ["hardware probe: not available in this version of Deskhand"]
    try:
        return hardware.acceleration_summary(hardware.probe())
    except Exception as exc:  # a probe failure must not take the window down
        return [f"hardware probe failed: {type(exc).__name__}: {exc}"]


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)


class ModelsView(QWidget):
    def __init__(self, models_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models_dir = models_dir
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        folder = QLabel(f"Models folder: <code>{models_dir}</code> — drop .gguf files here")
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
            ["File", "Where from", "Architecture", "Quantization", "Context", "Size", "Status"]
        )
        self.found.setAccessibleName("Models found")
        found_layout.addWidget(self.found)
        layout.addWidget(found_box, 2)

        roles_box = QGroupBox("Roles")
        roles_layout = QVBoxLayout(roles_box)
        self.roles = _table(["Role", "Model", "File in use"])
        self.roles.setAccessibleName("Which model each role uses")
        roles_layout.addWidget(self.roles)
        layout.addWidget(roles_box, 1)
        self.refresh()

    def refresh(self) -> None:
        self.hardware.setText("\n".join(hardware_lines()))
        rows = []
        for model in discover(self.models_dir):
            h = model.header
            rows.append(
                [
                    model.path.name,
                    model.source,
                    h.architecture if h else "",
                    h.quantization if h else "",
                    str(h.context_length or "") if h else "",
                    f"{h.size_bytes / 1e6:.0f} MB" if h else "",
                    "usable" if h else f"unusable: {model.error}",
                ]
            )
        _fill(self.found, rows)
        roles = []
        for role, ref in sorted(role_bindings(self.models_dir).items()):
            try:
                binding = bind_role(role, self.models_dir)
                in_use = binding.path.name + (f" (fallback: {binding.fallback})" if binding.fallback else "")
            except ModelError as exc:
                in_use = f"not usable: {exc}"
            roles.append([role, ref, in_use])
        _fill(self.roles, roles)
