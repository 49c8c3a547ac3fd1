"""How much work the local models carry: the escalation figures (`deskhand stats`), four charts
over the last days (where calls ran, escalations, latency per role, cost saved), recent runs
with an HTML report of any of them, and search over every logged model call.

Every number comes from `app.services.insights` (the same figures as `deskhand stats`); the small
builders below only turn them into the charts' bars, boxes and points.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
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
from app.errors import DeskhandError
from app.services import insights
from app.services.insights import (
    DayCalls,
    DayCost,
    DayRuns,
    EscalationFigures,
    RoleLatencies,
    escalation_figures,
)
from app.ui.charts import (
    CostChart,
    CostPoint,
    EscalationChart,
    LatencyBox,
    LatencyChart,
    RateBar,
    ShareBar,
    ShareChart,
)
from app.ui.models_view import _fill, _table
from app.ui.theme import BAD, tinted
from app.ui.timeline import found_calls_text

#: `deskhand stats`'s figures; tests may hand in another source.
Figures = Callable[[Settings], EscalationFigures]
#: The charts show the last this many days that had any activity.
CHART_DAYS = 30
#: Runs listed in the table.
TABLE_RUNS = 50


def share_bars(days: tuple[DayCalls, ...]) -> list[ShareBar]:
    return [ShareBar(d.day, d.local_calls, d.cloud_calls) for d in days]


def rate_bars(days: tuple[DayRuns, ...]) -> list[RateBar]:
    return [RateBar(d.day, d.escalated, d.runs) for d in days]


def latency_boxes(groups: tuple[RoleLatencies, ...]) -> list[LatencyBox]:
    return [LatencyBox.of(g.role, g.cloud, g.latencies_ms) for g in groups if g.latencies_ms]


def cost_points(days: tuple[DayCost, ...]) -> list[CostPoint]:
    return [CostPoint(d.day, d.all_cloud_usd, d.cloud_usd) for d in days]


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


class InsightsView(QWidget):
    """Figures, charts, runs and search over the run log; `report_written` follows an export."""

    report_written = Signal(int, str)  # run id, path of the page

    def __init__(
        self, settings: Settings, figures: Figures = escalation_figures, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._figures = figures
        self.figures: EscalationFigures  # set by refresh(), below
        layout = QVBoxLayout(self)

        figures_box = QGroupBox("Where the work was done")
        grid = QGridLayout(figures_box)
        self.figure_labels: dict[str, QLabel] = {}
        self.figure_captions: dict[str, QLabel] = {}
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
            self.figure_captions[key] = caption
        layout.addWidget(figures_box)

        charts = QWidget()
        chart_grid = QGridLayout(charts)
        chart_grid.setContentsMargins(0, 0, 0, 0)
        self.share_chart = ShareChart()
        self.escalation_chart = EscalationChart()
        self.latency_chart = LatencyChart()
        self.cost_chart = CostChart()
        chart_grid.addWidget(self.share_chart, 0, 0)
        chart_grid.addWidget(self.escalation_chart, 0, 1)
        chart_grid.addWidget(self.latency_chart, 1, 0)
        chart_grid.addWidget(self.cost_chart, 1, 1)

        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self._runs_box())
        below.addWidget(self._search_box())
        below.setSizes([640, 460])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(charts)
        split.addWidget(below)
        split.setSizes([420, 260])
        layout.addWidget(split, 1)

        refresh = QPushButton("&Refresh")
        refresh.clicked.connect(self.refresh)
        layout.addWidget(refresh, 0, Qt.AlignmentFlag.AlignRight)
        self.refresh()

    def _runs_box(self) -> QGroupBox:
        box = QGroupBox("Recent runs")
        runs_layout = QVBoxLayout(box)
        self.runs = _table(["Run", "Task", "Outcome", "Steps", "Local", "Cloud", "Seconds"])
        self.runs.setAccessibleName("Recent runs")
        self.runs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.runs.horizontalHeader().setStretchLastSection(False)
        self.runs.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.runs.itemSelectionChanged.connect(self._selection_changed)
        runs_layout.addWidget(self.runs)
        row = QHBoxLayout()
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setOpenExternalLinks(True)
        self.export_status.setAccessibleName("Report export")
        self.export_button = QPushButton("&Export report…")
        self.export_button.setToolTip("Save the chosen run as a web page to share")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_selected_report)
        row.addWidget(self.export_status, 1)
        row.addWidget(self.export_button)
        runs_layout.addLayout(row)
        return box

    def _search_box(self) -> QGroupBox:
        box = QGroupBox("Search the model calls")
        search_layout = QVBoxLayout(box)
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
        return box

    def refresh(self) -> None:
        self.figures = f = self._figures(self.settings)
        self.figure_labels["runs"].setText(str(f.runs))
        self.figure_labels["model_calls"].setText(str(f.model_calls))
        self.figure_captions["model_calls"].setText(
            f"Model calls ({f.local_calls} local, {f.cloud_calls} cloud)"
        )
        self.figure_labels["local_share"].setText(_percent(f.local_share))
        self.figure_labels["escalation_rate"].setText(_percent(f.escalation_rate))
        self.figure_labels["cost_saved_usd"].setText(f"${f.cost_saved_usd:.4f}")
        chosen = self.selected_run_id()
        runs = insights.recent_runs(self.settings, TABLE_RUNS)
        _fill(
            self.runs,
            [
                [
                    str(r.id),
                    r.task,
                    r.outcome or "running",
                    str(r.steps),
                    str(r.local_calls),
                    str(r.cloud_calls),
                    f"{r.wall_s:.1f}" if r.wall_s is not None else "",
                ]
                for r in runs
            ],
        )
        for row, r in enumerate(runs):
            if r.id == chosen:
                self.runs.selectRow(row)
        history = insights.history(self.settings, CHART_DAYS)
        self.share_chart.set_data(share_bars(history.calls))
        self.escalation_chart.set_data(rate_bars(history.runs))
        self.latency_chart.set_data(latency_boxes(history.latencies))
        self.cost_chart.set_data(cost_points(history.cost))

    def selected_run_id(self) -> int | None:
        rows = self.runs.selectionModel().selectedRows()
        item = self.runs.item(rows[0].row(), 0) if rows else None
        return int(item.text()) if item is not None else None

    def _selection_changed(self) -> None:
        self.export_button.setEnabled(self.selected_run_id() is not None)

    def export_selected_report(self) -> None:
        """Ask where to save the chosen run's report, then write it (the Export button)."""
        run_id = self.selected_run_id()
        if run_id is None:
            return
        suggested = Path.home() / f"deskhand-run-{run_id}.html"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, f"Save run {run_id} as a web page", str(suggested), "Web page (*.html)"
        )
        if chosen:
            self.export_report(run_id, Path(chosen))

    def export_report(self, run_id: int, out: Path) -> Path | None:
        """Write run `run_id`'s HTML report to `out`; says in the panel where it went, or why not."""
        try:
            insights.write_run_report(self.settings, run_id, out)
        except DeskhandError as exc:
            self.export_status.setText(tinted(html.escape(str(exc)), BAD))
            return None
        except OSError as exc:
            self.export_status.setText(
                f"<span style='color:{BAD}'>cannot write {html.escape(str(out))}: "
                f"{html.escape(exc.strerror or str(exc))}; choose another folder</span>"
            )
            return None
        link = QUrl.fromLocalFile(str(out.resolve())).toString()
        self.export_status.setText(
            f"Run {run_id} saved as <a href='{html.escape(link)}'>{html.escape(out.name)}</a>"
        )
        self.report_written.emit(run_id, str(out))
        return out

    def search(self) -> None:
        query = self.query.text().strip()
        if not query:
            self.results.setPlainText("")
            return
        found = insights.search_calls(self.settings, query, limit=50)
        self.results.setPlainText(found_calls_text(found) if found else f"no model call mentions {query!r}")
