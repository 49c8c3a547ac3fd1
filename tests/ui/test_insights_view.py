"""The insights view: its figures and the numbers each chart draws match the run log, computed
here from the raw rows (not with the view's queries); the charts render; a run exports as HTML."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.services.insights import escalation_figures
from app.store.log import RunLog, open_log
from app.ui.charts import LOCAL, CostPoint, RateBar, ShareBar
from app.ui.insights_view import InsightsView
from tests.run_history import write_history


def local_day(stamp: str) -> str:
    return datetime.fromisoformat(stamp).astimezone().date().isoformat()


@pytest.fixture
def log(deskhand_home: Path) -> RunLog:
    log = open_log(Settings().db_path)
    write_history(log, days=6)
    return log


@pytest.fixture
def view(qtbot: QtBot, log: RunLog) -> InsightsView:
    view = InsightsView(Settings(), escalation_figures)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    return view


def pixels(widget: QWidget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    array = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return array.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3].reshape(
        image.height(), image.width(), 3
    )


def share_of(color: QColor, widget: QWidget) -> float:
    """The fraction of the widget's pixels painted in `color` (exactly)."""
    return float((pixels(widget) == [color.red(), color.green(), color.blue()]).all(axis=2).mean())


def test_the_figures_match_the_database(view: InsightsView, log: RunLog) -> None:
    db = log.db
    total = db.execute("SELECT count(*) FROM lm_calls").fetchone()[0]
    local = db.execute("SELECT count(*) FROM lm_calls WHERE runtime != 'cloud'").fetchone()[0]
    runs = db.execute("SELECT count(*) FROM runs WHERE outcome IS NOT NULL").fetchone()[0]
    escalated = db.execute("SELECT count(*) FROM runs WHERE cloud_calls > 0").fetchone()[0]
    labels = view.figure_labels
    assert labels["runs"].text() == str(runs)
    assert labels["model_calls"].text() == str(total)
    assert view.figure_captions["model_calls"].text() == f"Model calls ({local} local, {total - local} cloud)"
    assert labels["local_share"].text() == f"{local / total * 100:.0f}%"
    assert labels["escalation_rate"].text() == f"{escalated / runs * 100:.0f}%"
    assert view.runs.rowCount() == runs


def test_each_chart_draws_what_the_raw_rows_say(view: InsightsView, log: RunLog, png_dir: Path) -> None:
    calls = list(log.db.query("SELECT * FROM lm_calls"))
    share: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tokens: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    latencies: dict[tuple[str, bool], list[float]] = defaultdict(list)
    for c in calls:
        cloud = c["runtime"] == "cloud"
        day = local_day(c["created_at"])
        share[day][cloud] += 1
        tokens[day][2 * cloud] += c["tokens_in"]
        tokens[day][2 * cloud + 1] += c["tokens_out"]
        latencies[(c["role"], cloud)].append(c["latency_ms"])
    assert view.share_chart.data == [ShareBar(d, n[0], n[1]) for d, n in sorted(share.items())]
    assert len(view.share_chart.data) == 6

    runs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in log.db.query("SELECT started_at, cloud_calls FROM runs WHERE outcome IS NOT NULL"):
        runs[local_day(r["started_at"])][0] += 1
        runs[local_day(r["started_at"])][1] += r["cloud_calls"] > 0
    assert view.escalation_chart.data == [RateBar(d, n[1], n[0]) for d, n in sorted(runs.items())]

    boxes = view.latency_chart.data
    assert [(b.role, b.cloud) for b in boxes] == sorted(latencies)
    for box in boxes:
        values = np.array(latencies[(box.role, box.cloud)])
        assert box.calls == len(values)
        drawn_numbers = [box.low, box.q1, box.median, box.q3, box.high]
        assert np.allclose(drawn_numbers, [values.min(), *np.percentile(values, [25, 50, 75]), values.max()])

    prices = Settings().prices
    running_all = running_cloud = 0.0
    expected_cost = []
    for day, (lin, lout, cin, cout) in sorted(tokens.items()):
        cloud_usd = (cin * prices.input_per_million + cout * prices.output_per_million) / 1e6
        local_usd = (lin * prices.input_per_million + lout * prices.output_per_million) / 1e6
        running_all += local_usd + cloud_usd
        running_cloud += cloud_usd
        expected_cost.append((day, running_all, running_cloud))
    drawn = view.cost_chart.data
    assert [p.label for p in drawn] == [day for day, _, _ in expected_cost]
    assert np.allclose([(p.all_cloud_usd, p.cloud_usd) for p in drawn], [e[1:] for e in expected_cost])
    assert isinstance(drawn[-1], CostPoint)
    assert round(drawn[-1].saved_usd, 6) == view.figures.cost_saved_usd

    assert share_of(LOCAL, view.share_chart) > 0.05  # the bars are painted, mostly green
    view.grab().save(str(png_dir / "insights.png"))
    for name in ("share_chart", "escalation_chart", "latency_chart", "cost_chart"):
        chart = getattr(view, name)
        chart.resize(560, 260)
        chart.grab().save(str(png_dir / f"insights-{name}.png"))


def test_an_empty_log_shows_empty_charts_that_say_so(qtbot: QtBot) -> None:
    view = InsightsView(Settings(), escalation_figures)
    qtbot.addWidget(view)
    assert view.share_chart.data == [] and view.latency_chart.data == []
    assert view.share_chart.accessibleDescription() == "no model calls logged yet"
    assert view.figure_labels["local_share"].text() == "—"


def test_search_finds_the_logged_calls(view: InsightsView, log: RunLog) -> None:
    view.query.setText("Submit")
    view.search()
    found = view.results.toPlainText()
    expected = log.db.execute(
        "SELECT count(*) FROM lm_calls WHERE messages LIKE '%Submit%' OR output LIKE '%Submit%'"
    ).fetchone()[0]
    assert found.count("=== run") == min(expected, 50) > 0
    view.query.setText("nothing-like-this")
    view.search()
    assert "no model call mentions" in view.results.toPlainText()


def test_the_chosen_run_exports_as_a_report(view: InsightsView, log: RunLog, tmp_path: Path) -> None:
    assert not view.export_button.isEnabled()
    run_id = log.db.execute("SELECT id FROM runs WHERE cloud_calls > 0 LIMIT 1").fetchone()[0]
    row = next(r for r in range(view.runs.rowCount()) if view.runs.item(r, 0).text() == str(run_id))  # type: ignore[union-attr]
    view.runs.selectRow(row)
    assert view.selected_run_id() == run_id and view.export_button.isEnabled()
    written: list[tuple[int, str]] = []
    view.report_written.connect(lambda rid, path: written.append((rid, path)))
    out = tmp_path / "shared" / "run.html"
    assert view.export_report(run_id, out) == out
    page = out.read_text(encoding="utf-8")
    assert f"Deskhand run {run_id}" in page and "What left this machine" in page
    assert written == [(run_id, str(out))] and "run.html" in view.export_status.text()
    view.refresh()
    assert view.selected_run_id() == run_id  # a refresh keeps the choice

    assert view.export_report(4242, tmp_path / "none.html") is None
    assert "no run 4242" in view.export_status.text() and not (tmp_path / "none.html").exists()
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    assert view.export_report(run_id, blocked / "run.html") is None
    assert "cannot write" in view.export_status.text()
