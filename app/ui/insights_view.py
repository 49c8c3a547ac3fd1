"""How much work the local models carry: recent runs, search over every logged model call,
the escalation figures (`deskhand stats`) and a chart of local against cloud calls per run.

The chart is drawn with QPainter: QtCharts is not part of PySide6-Essentials.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.main import escalation_figures, open_log
from app.ui.models_view import _fill, _table
from app.ui.timeline import call_rows_text

LOCAL = QColor(46, 139, 87)
CLOUD = QColor(220, 120, 30)
#: `deskhand stats`'s figures; tests may hand in another source.
Figures = Callable[[Settings], dict[str, Any]]
#: Runs shown in the chart, newest on the right.
CHART_RUNS = 20


@dataclass(frozen=True)
class Bar:
    run_id: int
    local: int
    cloud: int


class CallsChart(QWidget):
    """Stacked bars: local (green) and cloud (orange) model calls of each recent run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setMinimumHeight(180)
        self.setAccessibleName("Model calls per run, local and cloud")

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setAccessibleDescription(
            "; ".join(f"run {b.run_id}: {b.local} local, {b.cloud} cloud" for b in bars) or "no runs"
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text = self.palette().text().color()
        painter.setPen(text)
        left, top, bottom = 36.0, 24.0, 22.0
        area = QRectF(left, top, self.width() - left - 8, self.height() - top - bottom)
        painter.drawText(QRectF(8, 2, self.width() - 16, 20), "Model calls per run:  ")
        legend_x = 8 + painter.fontMetrics().horizontalAdvance("Model calls per run:  ")
        for color, name in ((LOCAL, "local"), (CLOUD, "cloud")):
            painter.fillRect(QRectF(legend_x, 7, 10, 10), color)
            painter.drawText(QRectF(legend_x + 14, 2, 60, 20), name)
            legend_x += 70
        if not self.bars:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "no finished runs yet")
            painter.end()
            return
        peak = max(max(b.local + b.cloud for b in self.bars), 1)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawText(QRectF(0, area.top() - 8, left - 4, 16), Qt.AlignmentFlag.AlignRight, str(peak))
        painter.drawText(QRectF(0, area.bottom() - 8, left - 4, 16), Qt.AlignmentFlag.AlignRight, "0")
        slot = area.width() / len(self.bars)
        width = min(48.0, max(4.0, slot * 0.6))
        for i, bar in enumerate(self.bars):
            x = area.left() + i * slot + (slot - width) / 2
            local_h = area.height() * bar.local / peak
            cloud_h = area.height() * bar.cloud / peak
            painter.fillRect(QRectF(x, area.bottom() - local_h, width, local_h), LOCAL)
            painter.fillRect(QRectF(x, area.bottom() - local_h - cloud_h, width, cloud_h), CLOUD)
            label = QRectF(x - 10, area.bottom() + 2, width + 20, bottom - 4)
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, str(bar.run_id))
        painter.end()


def plain_words(query: str) -> str:
    """The search box takes plain words, not FTS syntax: each word is quoted, all must match."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in query.split())


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


class InsightsView(QWidget):
    def __init__(
        self, settings: Settings, figures: Figures = escalation_figures, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._figures = figures
        self.figures: dict[str, Any] = {}
        layout = QVBoxLayout(self)

        figures_box = QGroupBox("Where the work was done")
        grid = QGridLayout(figures_box)
        self.figure_labels: dict[str, QLabel] = {}
        names = (
            ("runs", "Runs"),
            ("model_calls", "Model calls"),
            ("local_share", "Local share"),
            ("escalation_rate", "Runs that consulted the cloud"),
            ("cost_saved_usd", "Estimated cost saved"),
        )
        for column, (key, title) in enumerate(names):
            caption = QLabel(title)
            value = QLabel("—")
            value.setObjectName(f"figure_{key}")
            value.setAccessibleName(title)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            value.setFont(font)
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column)
            self.figure_labels[key] = value
        layout.addWidget(figures_box)

        self.chart = CallsChart()
        layout.addWidget(self.chart)

        split = QSplitter(Qt.Orientation.Horizontal)
        runs_box = QGroupBox("Recent runs")
        runs_layout = QVBoxLayout(runs_box)
        self.runs = _table(["Run", "Task", "Outcome", "Steps", "Local", "Cloud", "Seconds"])
        self.runs.setAccessibleName("Recent runs")
        self.runs.horizontalHeader().setStretchLastSection(False)
        self.runs.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        runs_layout.addWidget(self.runs)
        split.addWidget(runs_box)

        search_box = QGroupBox("Search the model calls")
        search_layout = QVBoxLayout(search_box)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText("words in a prompt or an answer, e.g. Submit")
        self.query.setAccessibleName("Search the model calls")
        self.query.returnPressed.connect(self.search)
        search_button = QPushButton("&Search")
        search_button.clicked.connect(self.search)
        row.addWidget(self.query, 1)
        row.addWidget(search_button)
        search_layout.addLayout(row)
        self.results = QPlainTextEdit()
        self.results.setReadOnly(True)
        self.results.setAccessibleName("Model calls found")
        search_layout.addWidget(self.results)
        split.addWidget(search_box)
        layout.addWidget(split, 1)

        refresh = QPushButton("&Refresh")
        refresh.clicked.connect(self.refresh)
        layout.addWidget(refresh, 0, Qt.AlignmentFlag.AlignRight)
        self.refresh()

    def refresh(self) -> None:
        self.figures = self._figures(self.settings)
        f = self.figures
        self.figure_labels["runs"].setText(str(f["runs"]))
        self.figure_labels["model_calls"].setText(
            f"{f['model_calls']} ({f['local_calls']} local, {f['cloud_calls']} cloud)"
        )
        self.figure_labels["local_share"].setText(_percent(f["local_share"]))
        self.figure_labels["escalation_rate"].setText(_percent(f["escalation_rate"]))
        self.figure_labels["cost_saved_usd"].setText(f"${f['cost_saved_usd']:.4f}")
        if not self.settings.db_path.exists():
            _fill(self.runs, [])
            self.chart.set_bars([])
            return
        log = open_log(self.settings)
        runs = log.recent_runs(50)
        _fill(
            self.runs,
            [
                [
                    str(r["id"]),
                    r["task"] or "",
                    r["outcome"] or "running",
                    str(r["steps"] or 0),
                    str(r["local_calls"] or 0),
                    str(r["cloud_calls"] or 0),
                    f"{r['wall_s']:.1f}" if r["wall_s"] is not None else "",
                ]
                for r in runs
            ],
        )
        finished = [r for r in runs if r["outcome"]][:CHART_RUNS]
        self.chart.set_bars(
            [Bar(r["id"], r["local_calls"] or 0, r["cloud_calls"] or 0) for r in reversed(finished)]
        )
        log.db.close()

    def search(self) -> None:
        query = self.query.text().strip()
        if not query or not self.settings.db_path.exists():
            self.results.setPlainText("")
            return
        log = open_log(self.settings)
        try:
            rows = log.search_calls(plain_words(query), limit=50)
        finally:
            log.db.close()
        self.results.setPlainText(call_rows_text(rows) if rows else f"no model call mentions {query!r}")
