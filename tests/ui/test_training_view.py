"""The Training tab over a real run log: its tables say what the conversion loop's library says.

The run log is written by the real controller (tests/training/conftest.py's RunRecorder, two
task families, some rescued by a local cloud stand-in); each expected figure is computed here
by calling the library again or by reading the rows, never taken from the view itself.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.store.db import open_db
from app.store.log import RunLog
from app.training.dataset import build_dataset
from app.training.finetune import FineTuneConfig
from app.training.loop import adapters_dir, cluster, export, recommend
from app.training.promote import Promotions
from app.ui.targets import DesktopTarget
from app.ui.training_process import StageFailed, specialize_in_child
from app.ui.training_view import SHOWN_RECOMMENDATIONS, TrainingQuestion, TrainingView
from tests.cloud_server import cloud_stand_in
from tests.training.conftest import RunRecorder
from tests.training.test_clusters import record_families
from tests.ui.conftest import WindowFactory

FIGURES = 20_000  # ms a quick stage (export, clustering) may take on a shared CPU


@pytest.fixture
def recorder(tmp_path: Path) -> Iterator[RunRecorder]:
    """Tests/training's recorder, writing where `Settings(data_dir=tmp_path)` reads the log."""
    with cloud_stand_in() as server:
        yield RunRecorder(RunLog(open_db(Settings(data_dir=tmp_path).db_path)), server)


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def said(view: TrainingView) -> str:
    """The view's message as a person reads it (the label holds rich text)."""
    return QTextDocumentFragment.fromHtml(view.message.text()).toPlainText()


def pct(value: float | None) -> str:
    return "-" if value is None else f"{round(value * 100)}%"


def render(qtbot: QtBot, view: TrainingView) -> None:
    """Shown at the size it has in the window, laid out, ready to grab."""
    view.resize(1260, 760)
    view.show()
    qtbot.waitExposed(view)


def answer_yes(view: TrainingView, asked: list[str], png: Path) -> None:
    """Click the yes button of every question the view opens, as a person would (the first
    question is rendered to `png`)."""

    def click(dialog: QDialog) -> None:
        assert isinstance(dialog, TrainingQuestion) and dialog.isVisible()
        if not asked:
            dialog.grab().save(str(png))
        asked.append(dialog.accessibleDescription())
        dialog.yes_button.click()

    view.question_shown.connect(click)


def test_build_dataset_and_find_tasks_fill_the_tables_with_the_librarys_figures(
    qtbot: QtBot, recorder: RunRecorder, tmp_path: Path, png_dir: Path
) -> None:
    record_families(recorder, rounds=3)
    settings = Settings(data_dir=tmp_path, min_cluster_examples=6)
    view = TrainingView(settings)
    qtbot.addWidget(view)
    assert view.card.rowCount() == view.cluster_table.rowCount() == 0
    assert view.card_box.title() == "Dataset: none yet (Build dataset)"

    with qtbot.waitSignal(view.stage_ended, timeout=FIGURES):
        view.export_button.click()
        assert not view.export_button.isEnabled()  # one stage at a time, off the GUI thread
    card = build_dataset(recorder.log.db, tmp_path / "again")  # the same seed: the same dataset
    shown = dict(map(tuple, rows(view.card)))
    assert shown["Logged calls considered"] == str(card.considered)
    assert (shown["Training examples"], shown["Test examples"]) == (str(card.train), str(card.test))
    assert shown["Runs (train / test)"] == f"{len(card.train_runs)} / {len(card.test_runs)}"
    left_out = {k.removeprefix("Left out: "): int(v) for k, v in shown.items() if k.startswith("Left out")}
    assert left_out == card.removed and card.removed
    sources = {
        s: card.by_source["train"].get(s, 0) + card.by_source["test"].get(s, 0)
        for s in ("success", "teacher")
    }
    assert shown["By source"] == ", ".join(f"{s} {n}" for s, n in sources.items() if n)
    assert f"{card.train} training and {card.test} test examples" in said(view)

    with qtbot.waitSignal(view.stage_ended, timeout=FIGURES):
        view.find_button.click()
    clusters = cluster(settings)  # fitted again, seeded: what the library returns
    assert view.clusters == list(clusters.clusters)
    assert rows(view.cluster_table) == [
        [
            str(c.id),
            c.name.removeprefix(f"{c.role}: "),
            c.role,
            str(c.train_examples),
            str(c.test_examples),
            pct(c.local_success_rate),
            pct(c.escalation_share),
            "ready" if c.ready else "not ready",
            c.why,
        ]
        for c in clusters.clusters
    ]
    ranked = recommend(settings, clusters)
    assert clusters.ready() and set(ranked) == {c.id for c in clusters.ready()}
    assert [(r[1], r[2]) for r in rows(view.recommendation_table)] == [
        (str(r.rank), r.model) for c in clusters.ready() for r in ranked[c.id][:SHOWN_RECOMMENDATIONS]
    ]
    assert view.selected_cluster() in clusters.ready()  # Specialize has a ready task to work on
    assert f"{clusters.k} tasks found, {len(clusters.ready())} ready" in said(view)

    # A new view reads the same state back from the training folder.
    again = TrainingView(settings)
    qtbot.addWidget(again)
    assert rows(again.cluster_table) == rows(view.cluster_table)
    # (the free memory in each reason is measured again)
    assert [r[:3] for r in rows(again.recommendation_table)] == [
        r[:3] for r in rows(view.recommendation_table)
    ]
    assert rows(again.card)[:-1] == rows(view.card)[:-1]  # all but the build time (built twice)
    render(qtbot, view)
    view.grab().save(str(png_dir / "training.png"))


def test_what_cannot_be_done_is_a_message_in_the_view(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    view = TrainingView(settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.stage_ended, timeout=FIGURES):
        view.export_button.click()
    assert f"Could not build the dataset: no run log at {settings.db_path}" in said(view)
    with qtbot.waitSignal(view.stage_ended, timeout=FIGURES):
        view.find_button.click()
    assert "Could not find tasks: no dataset at" in said(view)
    view.specialize_button.click()
    assert "Nothing is ready to specialize" in said(view) and view.stage is None
    assert view.export_button.isEnabled() and view.find_button.isEnabled()


def escalation(log: RunLog, at: str, after: bool) -> str:
    """The share of finished runs that consulted the cloud on one side of `at`, from the rows."""
    moment = datetime.fromisoformat(at)
    flags = [
        row["cloud_calls"] > 0
        for row in log.db.query("SELECT started_at, cloud_calls FROM runs WHERE outcome IS NOT NULL")
        if (datetime.fromisoformat(row["started_at"]) >= moment) == after
    ]
    return f"{round(sum(flags) / len(flags) * 100)}% of {len(flags)} runs"


def test_specialists_show_the_escalation_rate_around_their_promotion_and_roll_back(
    qtbot: QtBot, recorder: RunRecorder, tmp_path: Path, png_dir: Path
) -> None:
    record_families(recorder, rounds=1)  # half the mail runs escalate
    time.sleep(1.0)  # a promotion's time has whole seconds: the runs above are all before it
    settings = Settings(data_dir=tmp_path)
    promotions = Promotions(settings.training_dir)
    seeded = {"base": "/models/base.gguf", "examples": 40, "accuracy_before": 0.5}
    first = promotions.promote(
        role="grounder",
        cluster=0,
        cluster_name="grounder: mail, subject",
        adapter=tmp_path / "a.gguf",
        accuracy_after=0.7,
        **seeded,
    )
    second = promotions.promote(
        role="grounder",
        cluster=0,
        cluster_name="grounder: mail, subject",
        adapter=tmp_path / "b.gguf",
        accuracy_after=0.8,
        **seeded,
    )
    other = promotions.promote(
        role="actor",
        cluster=1,
        cluster_name="actor: form, submit",
        adapter=tmp_path / "c.gguf",
        accuracy_after=0.6,
        **seeded,
    )
    for phrase, field in (("person", "Name"), ("e-mail address", "Email")):  # after: no escalation
        recorder.run(f"Type Ada into the {phrase} box", {"element": field}, {"element": field})

    view = TrainingView(settings)
    qtbot.addWidget(view)
    shown = rows(view.specialist_table)
    assert [r[0] for r in shown] == [str(second.id), str(other.id)]
    for row, p in zip(shown, (second, other), strict=True):
        task = p.cluster_name.removeprefix(f"{p.role}: ")
        assert row[1:4] == [p.role, f"{p.cluster}: {task}", f"50% → {pct(p.accuracy_after)}"]
        assert row[4] == escalation(recorder.log, p.at, after=False)
        assert row[5] == escalation(recorder.log, p.at, after=True) == "0% of 2 runs"
    assert shown[0][4] != shown[0][5]  # half the mail runs escalated before; none since
    render(qtbot, view)
    view.grab().save(str(png_dir / "training-specialists.png"))

    asked: list[str] = []
    answer_yes(view, asked, png_dir / "training-rollback-question.png")
    view.specialist_table.selectRow(0)
    view.rollback_button.click()
    qtbot.waitUntil(lambda: rows(view.specialist_table)[0][0] == str(first.id))
    assert f"Specialist #{first.id}, which it replaced, answers that task again" in asked[0]
    active = Promotions(settings.training_dir).active()
    assert [p.id for p in active] == [first.id, other.id]  # the one it replaced is back
    assert [r[0] for r in rows(view.specialist_table)] == [str(first.id), str(other.id)]
    assert f"#{second.id} (grounder, task 0) is out of service" in said(view)


@pytest.mark.model
def test_specialize_trains_in_a_child_process_shows_progress_and_the_result_and_can_be_cancelled(
    qtbot: QtBot,
    recorder: RunRecorder,
    tmp_path: Path,
    png_dir: Path,
    record_property: Callable[[str, object], None],
) -> None:
    record_families(recorder, rounds=3)
    # Every candidate is promoted (the margin is below any difference): the result shows it.
    settings = Settings(data_dir=tmp_path, min_cluster_examples=6, promotion_margin=-1.0)
    export(settings)
    clusters = cluster(settings)
    view = TrainingView(settings, config=FineTuneConfig(epochs=1, max_examples=4))
    qtbot.addWidget(view)
    target = max(clusters.ready(), key=lambda c: c.train_examples)
    view.cluster_table.selectRow(view.clusters.index(target))
    asked: list[str] = []
    answer_yes(view, asked, png_dir / "training-estimate-question.png")
    progress: list[tuple[int, int]] = []
    cancel_at = [1]  # Cancel once the first example is trained; the next run goes through

    def progressed(done: int, total: int, _loss: float) -> None:
        progress.append((done, total))
        if done in cancel_at:
            view.cancel_button.click()

    view.worker.progressed.connect(progressed)
    with qtbot.waitSignal(view.stage_ended, timeout=300_000):
        view.specialize_button.click()
    assert "Training cancelled after" in said(view), said(view)
    assert progress and progress[-1][0] < progress[-1][1] == 4
    assert not list(adapters_dir(settings).glob("*.gguf")) and Promotions(settings.training_dir).all() == []
    assert f"on 4 of its {target.train_examples} examples" in asked[0], asked[0]

    cancel_at.clear()
    progress.clear()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    with qtbot.waitSignal(view.stage_ended, timeout=300_000):
        view.specialize_button.click()
    timer.stop()
    assert len(asked) == 2
    assert progress == [(n, 4) for n in range(1, 5)]
    assert (view.progress.value(), view.progress.maximum()) == (4, 4)
    (promotion,) = Promotions(settings.training_dir).active()
    assert promotion.cluster == target.id and Path(promotion.adapter).is_file()
    text = said(view)
    assert f"Promoted as #{promotion.id}" in text, text
    assert (
        f"accuracy {pct(promotion.accuracy_before)}" in text
        and f"accuracy {pct(promotion.accuracy_after)}" in text
    )
    assert rows(view.specialist_table)[0][0] == str(promotion.id)
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    record_property("longest_event_loop_pause_s", round(max(gaps), 3))  # (in --junitxml)
    assert len(ticks) > 20 and max(gaps) < 0.2, f"longest pause of the event loop: {max(gaps):.3f} s"
    render(qtbot, view)
    view.grab().save(str(png_dir / "training-specialized.png"))


def test_the_window_has_a_training_tab_on_ctrl_5(qtbot: QtBot, window_factory: WindowFactory) -> None:
    window = window_factory([DesktopTarget()], lambda _settings: pytest.fail("no run is started here"))
    with qtbot.waitActive(window):
        window.activateWindow()  # shortcuts reach the active window only
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.training_view
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Training"
    assert window.training_view.settings == window.settings


def test_a_failure_in_the_training_process_comes_back_as_its_message(tmp_path: Path) -> None:
    said: list[str] = []
    with pytest.raises(StageFailed, match=r"has no clusters\.json or clusters\.joblib: cluster the dataset"):
        specialize_in_child(
            Settings(data_dir=tmp_path),
            0,
            config=None,
            confirm=lambda _seconds, _examples: pytest.fail("nothing to train, nothing to ask"),
            say=said.append,
            on_step=lambda *_: pytest.fail("nothing to train"),
            cancelled=lambda: False,
        )
    assert said == []
