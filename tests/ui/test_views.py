"""The models view follows the models folder; the insights figures and chart match the run log."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.config import Settings
from app.main import escalation_figures, open_log
from app.runtimes.catalog import resolve_role
from app.store.log import LMCallRecord, StepRecord
from app.ui.insights_view import Bar, InsightsView
from app.ui.models_view import ModelsView


def rows(table: object) -> list[list[str]]:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def drop(source: Path, destination: Path) -> None:
    """A second copy of a model file (a hard link where the filesystem allows: it is 140 MB)."""
    try:
        os.link(source, destination)
    except OSError:
        shutil.copyfile(source, destination)


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
    view.resize(1100, 700)
    view.grab().save(str(png_dir / "models.png"))


def call(runtime: str, output: str) -> LMCallRecord:
    return LMCallRecord(
        role="grounder",
        runtime=runtime,
        model="cloud-model" if runtime == "cloud" else "SmolLM2",
        messages=({"role": "user", "content": "Which element is the Submit button?"},),
        output=output,
        schema=None,
        valid=True,
        latency_ms=12.0,
        ttft_ms=None,
        tokens_in=300,
        tokens_out=10,
    )


def step(idx: int) -> StepRecord:
    return StepRecord(
        idx, "click Submit", "click #3", 3, "Submit", "local", "allowed", True, True, "", 9, "", 0, 0, 0, 0
    )


def test_the_insights_figures_and_chart_match_the_database(qtbot: QtBot, png_dir: Path) -> None:
    settings = Settings()
    log = open_log(settings)
    plan = [("llama", "llama"), ("llama", "cloud"), ("llama",)]
    for runtimes in plan:
        run_id = log.start_run("Click Submit", model="SmolLM2", dry_run=False, display=":9")
        calls = tuple(call(r, f'{{"element": "Submit", "run": {run_id}}}') for r in runtimes)
        log.record_step(run_id, step(0), calls)
        cloud = sum(1 for c in calls if c.runtime == "cloud")
        log.finish_run(
            run_id,
            outcome="done",
            reason="",
            steps=1,
            lm_calls=len(calls),
            local_calls=len(calls) - cloud,
            cloud_calls=cloud,
            wall_s=1.5,
        )
    view = InsightsView(settings, escalation_figures)
    qtbot.addWidget(view)

    db = log.db
    total = db.execute("SELECT count(*) FROM lm_calls").fetchone()[0]
    local = db.execute("SELECT count(*) FROM lm_calls WHERE runtime != 'cloud'").fetchone()[0]
    runs = db.execute("SELECT count(*) FROM runs WHERE outcome IS NOT NULL").fetchone()[0]
    escalated = db.execute("SELECT count(*) FROM runs WHERE cloud_calls > 0").fetchone()[0]
    labels = view.figure_labels
    assert labels["runs"].text() == str(runs) == "3"
    assert labels["model_calls"].text() == f"{total} ({local} local, {total - local} cloud)"
    assert labels["local_share"].text() == f"{local / total * 100:.0f}%" == "80%"
    assert labels["escalation_rate"].text() == f"{escalated / runs * 100:.0f}%" == "33%"
    assert labels["cost_saved_usd"].text() == f"${view.figures['cost_saved_usd']:.4f}"
    expected = [
        Bar(r["id"], r["local_calls"], r["cloud_calls"])
        for r in db.query("SELECT id, local_calls, cloud_calls FROM runs ORDER BY id")
    ]
    assert view.chart.bars == expected
    assert view.runs.rowCount() == 3

    view.query.setText("Submit")
    view.search()
    found = view.results.toPlainText()
    assert found.count("=== run") == total and "Which element is the Submit button?" in found
    view.query.setText("nothing-like-this")
    view.search()
    assert "no model call mentions" in view.results.toPlainText()
    view.resize(1100, 700)
    view.grab().save(str(png_dir / "insights.png"))
