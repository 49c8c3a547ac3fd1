"""The conversion loop in the window: where it stands, and each of its stages one click away.

The view shows what the training folder and the run log hold (the data card, the tasks found,
the base models recommended for the ready ones, the specialists in service with the escalation
rate before and after each promotion), all from the training service's `status()`, and runs the
service's stages: Build dataset (export), Find tasks (cluster and recommend), Specialize
(fine-tune, score, promote if better).

Each stage runs off the GUI thread and reports by queued signals: Build dataset and Find tasks
(seconds) in `TrainingWorker`'s Python thread, Specialize (minutes) in a child process that the
thread relays (`training_process` says why a thread is not enough there). Before training
starts, the time estimate is asked about in a dialog (the child waits, the window does not);
the progress bar follows the training example by example, and Cancel takes effect after the example
being trained: nothing is written or promoted then. Scoring after the last example cannot be
cancelled (Cancel is disabled then). What goes wrong (no run log, the train extra missing, no
ready task) is a message in the view, never a traceback.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.errors import DeskhandError
from app.services import training
from app.services.training import (
    CardSummary,
    Cluster,
    Escalations,
    Exported,
    FineTuneConfig,
    Found,
    Promotion,
    Recommendation,
    Specialist,
    Specialized,
    TrainingCancelled,
)
from app.ui.theme import BAD, GOOD, tinted
from app.ui.training_process import specialize_in_child

_log = logging.getLogger(__name__)

#: Base models shown per ready task.
SHOWN_RECOMMENDATIONS = 3
ERROR = tinted("<b>{title}</b> {text}", BAD)

CARD_COLUMNS = ["Figure", "Value"]
CLUSTER_COLUMNS = ["#", "Task", "Role", "Train", "Test", "Local success", "Escalated", "Ready", "Why"]
RECOMMENDATION_COLUMNS = ["Task #", "Rank", "Model", "Why (fit, licence, role, download)"]
SPECIALIST_COLUMNS = ["#", "Role", "Task", "Accuracy", "Escalation before", "Escalation since", "Since"]


@dataclass
class _Estimate:
    """The worker's question before fine-tuning; the view answers it."""

    seconds: float
    examples: int
    cluster: Cluster
    answer: bool = False
    done: threading.Event = field(default_factory=threading.Event)


def share(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def escalation_text(figures: Escalations) -> str:
    if figures.rate is None:
        return "no finished run"
    return f"{figures.rate:.0%} of {figures.runs} run{'s' if figures.runs != 1 else ''}"


def card_rows(card: CardSummary) -> list[list[str]]:
    """The data card as figure/value rows."""

    def counts(table: dict[str, int]) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(table.items())) or "none"

    return [
        ["Logged calls considered", str(card.considered)],
        ["Training examples", str(card.train)],
        ["Test examples", str(card.test)],
        ["Runs (train / test)", f"{card.train_runs} / {card.test_runs}"],
        ["By source", counts(card.by_source)],
        *([f"Left out: {reason}", str(n)] for reason, n in sorted(card.removed.items())),
        ["Personal values replaced", counts(card.replaced)],
        ["Built", _local_time(card.created_at)],
    ]


def task_name(name: str, role: str) -> str:
    """A cluster's name without its role in front (the tables show the role beside it)."""
    return name.removeprefix(f"{role}: ")


def cluster_rows(clusters: Sequence[Cluster]) -> list[list[str]]:
    return [
        [
            str(c.id),
            task_name(c.name, c.role),
            c.role,
            str(c.train_examples),
            str(c.test_examples),
            share(c.local_success_rate),
            share(c.escalation_share),
            "ready" if c.ready else "not ready",
            c.why,
        ]
        for c in clusters
    ]


def recommendation_rows(recommendations: dict[int, list[Recommendation]]) -> list[list[str]]:
    return [
        [str(cluster_id), str(r.rank), r.model, r.reason.removeprefix(f"{r.model}: ")]
        for cluster_id, ranked in recommendations.items()
        for r in ranked[:SHOWN_RECOMMENDATIONS]
    ]


def specialist_rows(specialists: Sequence[Specialist]) -> list[list[str]]:
    def escalation(figures: Escalations | None) -> str:
        return "no run log" if figures is None else escalation_text(figures)

    return [
        [
            str(s.promotion.id),
            s.promotion.role,
            f"{s.promotion.cluster}: {task_name(s.promotion.cluster_name, s.promotion.role)}",
            f"{s.promotion.accuracy_before:.0%} → {s.promotion.accuracy_after:.0%}",
            escalation(s.escalation_before),
            escalation(s.escalation_after),
            _local_time(s.promotion.at),
        ]
        for s in specialists
    ]


def _local_time(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _table(headers: list[str], name: str, *, wrap: int | None = None) -> QTableWidget:
    """A read-only table of whole rows; column `wrap` (long text) takes the spare width and
    wraps instead of being cut."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(wrap is not None)
    if wrap is not None:
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(wrap, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the wrapped text, whatever width the column ends up with.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


class TrainingWorker(QObject):
    """One stage at a time, in a Python thread; what happens comes back as signals."""

    said = Signal(str)  # a line about what the stage is doing
    progressed = Signal(int, int, float)  # examples trained, examples in all, recent loss
    estimate_asked = Signal(object)  # an _Estimate to answer
    finished = Signal(str, object)  # the stage's name, its result
    failed = Signal(str, str)  # the stage's name, what went wrong and what to do
    cancelled = Signal(str, str)  # the stage's name, how far it got

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, stage: str, job: Callable[[], object]) -> None:
        if self._thread is not None:
            self._thread.join(1.0)  # the previous stage has reported; its thread is ending
        if self.busy:
            raise RuntimeError("a training stage is already running")
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(stage, job), name=f"training-{stage}", daemon=True
        )
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def join(self, timeout_s: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout_s)

    def confirm(self, seconds: float, examples: int, target: Cluster) -> bool:
        """Asked by `specialize` with the estimate; blocks this thread only, until the person
        answers (or Cancel, which answers no)."""
        if self._stop.is_set():
            return False
        pending = _Estimate(seconds, examples, target)
        self.estimate_asked.emit(pending)
        while not pending.done.wait(0.1):
            if self._stop.is_set():
                return False
        return pending.answer and not self._stop.is_set()

    def specialize(self, settings: Settings, target: Cluster, config: FineTuneConfig | None) -> None:
        """Start Specialize: the service's `specialize` in a child process (see `training_process`)."""

        def job() -> Specialized | None:
            return specialize_in_child(
                settings,
                target.id,
                config=config,
                confirm=lambda seconds, examples: self.confirm(seconds, examples, target),
                say=self.said.emit,
                on_step=self.progressed.emit,
                cancelled=self._stop.is_set,
            )

        self.start("specialize", job)

    def _run(self, stage: str, job: Callable[[], object]) -> None:
        try:
            result = job()
        except TrainingCancelled as exc:
            self.cancelled.emit(stage, str(exc))
        except DeskhandError as exc:
            self.failed.emit(stage, str(exc))
        except Exception as exc:  # a programming error: say so in the view, keep the traceback
            _log.exception("the training stage %s failed", stage)
            self.failed.emit(stage, f"internal error: {type(exc).__name__}: {exc}")
        else:
            if result is None and self._stop.is_set():
                self.cancelled.emit(stage, "cancelled before it started")
            else:
                self.finished.emit(stage, result)


class TrainingQuestion(QDialog):
    """A yes/no question of the view (start training? roll back?), with its own button words."""

    def __init__(self, title: str, text: str, yes: str, no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(QTextDocumentFragment.fromHtml(text).toPlainText())
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setMinimumWidth(460)  # a word-wrapped label alone is squeezed to a narrow column
        layout.addWidget(label)
        buttons = QDialogButtonBox()
        self.no_button = buttons.addButton(no, QDialogButtonBox.ButtonRole.RejectRole)
        self.yes_button = buttons.addButton(yes, QDialogButtonBox.ButtonRole.AcceptRole)
        self.no_button.setAccessibleName(no.replace("&", ""))
        self.yes_button.setAccessibleName(yes.replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.no_button.setDefault(True)
        layout.addWidget(buttons)


class TrainingView(QWidget):
    """The Training tab. `config` is the fine-tuning setup Specialize uses (tests pass a tiny one)."""

    #: A question dialog is on screen (tests answer it).
    question_shown = Signal(QDialog)
    #: A stage ended (finished, failed or cancelled): its name.
    stage_ended = Signal(str)

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, config: FineTuneConfig | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.config = config
        self.clusters: list[Cluster] = []
        self.recommendations: dict[int, list[Recommendation]] = {}
        self.promotions: list[Promotion] = []
        self.question: TrainingQuestion | None = None
        #: The stage running ("export", "find", "specialize"), None when idle.
        self.stage: str | None = None
        self.worker = TrainingWorker(self)
        self.worker.said.connect(self._said)
        self.worker.progressed.connect(self._progressed)
        self.worker.estimate_asked.connect(self._ask_estimate)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)

        layout = QVBoxLayout(self)
        intro = QLabel(
            "Deskhand can learn from your own runs: build a dataset from the run log, find the tasks "
            "you repeat, then fine-tune a small local specialist for a ready task. It is promoted "
            "only if it scores better on held-out examples. Everything stays on this machine."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._buttons())
        self.message = QLabel("")
        self.message.setAccessibleName("Training message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        self.card = _table(CARD_COLUMNS, "Data card")
        self.cluster_table = _table(CLUSTER_COLUMNS, "Tasks found", wrap=len(CLUSTER_COLUMNS) - 1)
        self.recommendation_table = _table(
            RECOMMENDATION_COLUMNS, "Recommended base models", wrap=len(RECOMMENDATION_COLUMNS) - 1
        )
        self.specialist_table = _table(
            SPECIALIST_COLUMNS, "Specialists in service", wrap=SPECIALIST_COLUMNS.index("Task")
        )
        self.card_box = self._group(self.card)
        self.cluster_box = self._group(self.cluster_table)
        self.recommendation_box = self._group(self.recommendation_table)
        self.specialist_box = self._specialists_box()
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.card_box)
        top.addWidget(self.cluster_box)
        top.setSizes([340, 900])
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.recommendation_box)
        bottom.addWidget(self.specialist_box)
        bottom.setSizes([560, 680])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([330, 300])
        layout.addWidget(split, 1)
        self.refresh(recommend_too=True)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_button = QPushButton("&Build dataset")
        self.find_button = QPushButton("&Find tasks")
        self.specialize_button = QPushButton("&Specialize selected task")
        self.cancel_button = QPushButton("Cancel training")
        for button, description in (
            (self.export_button, "Curate the run log into a scrubbed dataset and its data card"),
            (self.find_button, "Group the dataset's examples into tasks; rank base models for ready ones"),
            (
                self.specialize_button,
                "Fine-tune a specialist for the task selected below; asks with a time estimate first",
            ),
            (self.cancel_button, "Stop the training after the example being trained; nothing is promoted"),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAccessibleDescription(description)
            button.setToolTip(description)
            row.addWidget(button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Training progress")
        self.progress.setFormat("%v / %m examples")
        self.progress.setFixedWidth(220)
        self.progress.setVisible(False)
        row.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setAccessibleName("Training status")
        row.addWidget(self.status, 1)
        self.cancel_button.setEnabled(False)
        self.export_button.clicked.connect(self.build_dataset)
        self.find_button.clicked.connect(self.find_tasks)
        self.specialize_button.clicked.connect(self.specialize_selected)
        self.cancel_button.clicked.connect(self.cancel)
        return row

    @staticmethod
    def _group(table: QTableWidget) -> QGroupBox:
        box = QGroupBox(table.accessibleName())
        QVBoxLayout(box).addWidget(table)
        return box

    def _specialists_box(self) -> QGroupBox:
        box = self._group(self.specialist_table)
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)  # made by _group
        row = QHBoxLayout()
        self.escalation_note = QLabel(
            "Escalation: the share of finished runs (all tasks) that consulted the cloud, "
            "before and since the promotion."
        )
        self.escalation_note.setWordWrap(True)
        row.addWidget(self.escalation_note, 1)
        self.rollback_button = QPushButton("&Roll back")
        self.rollback_button.setAccessibleName("Roll back the selected specialist")
        self.rollback_button.setAccessibleDescription(
            "Take the selected specialist out of service; the one it replaced answers again"
        )
        self.rollback_button.setToolTip(self.rollback_button.accessibleDescription())
        self.rollback_button.clicked.connect(self.ask_rollback)
        row.addWidget(self.rollback_button)
        layout.addLayout(row)
        return box

    # -- what the training folder holds ------------------------------------------------------

    def refresh(self, *, recommend_too: bool = False) -> None:
        """Show where the loop stands (cheap: JSON files and one query per specialist); the base
        models are ranked again only when asked (it probes the hardware)."""
        now = training.status(self.settings, recommend=recommend_too)
        if now.card is not None:
            self.show_card(now.card)
        else:
            self.card_box.setTitle("Dataset: none yet (Build dataset)")
        if now.clusters is not None:
            self.show_clusters(now.clusters)
        else:
            self.cluster_box.setTitle("Tasks: none found yet (Find tasks, after Build dataset)")
            self.recommendation_box.setTitle("Base models: Find tasks ranks them for each ready task")
        if self.clusters and recommend_too:
            self.show_recommendations(now.recommendations)
        self.show_specialists(now.specialists)
        if now.specialists_problem is not None:  # a damaged record: say what to do, show none
            self._error("Specialists:", now.specialists_problem)

    def show_card(self, card: CardSummary) -> None:
        _fill(self.card, card_rows(card))
        self.card_box.setTitle(f"Dataset: {card.train + card.test} examples")

    def show_clusters(self, clusters: Sequence[Cluster]) -> None:
        self.clusters = list(clusters)
        ready_count = sum(c.ready for c in self.clusters)
        self.cluster_box.setTitle(f"Tasks found: {len(self.clusters)}, {ready_count} ready for a specialist")
        _fill(self.cluster_table, cluster_rows(self.clusters))
        for r, c in enumerate(self.clusters):
            item = self.cluster_table.item(r, 1)
            if item is not None:
                item.setToolTip(f"A typical prompt of this task:\n{c.typical}")
        ready = [r for r, c in enumerate(self.clusters) if c.ready]
        if ready and self.cluster_table.currentRow() not in ready:
            self.cluster_table.selectRow(ready[0])

    def show_recommendations(self, recommendations: dict[int, list[Recommendation]]) -> None:
        self.recommendations = recommendations
        self.recommendation_box.setTitle(
            f"Base models for the ready tasks (best {SHOWN_RECOMMENDATIONS} each)"
            if recommendations
            else "Base models: no task is ready yet"
        )
        _fill(self.recommendation_table, recommendation_rows(recommendations))

    def show_specialists(self, specialists: Sequence[Specialist]) -> None:
        self.promotions = [s.promotion for s in specialists]
        rows = specialist_rows(specialists)
        _fill(self.specialist_table, rows)
        for r, p in enumerate(self.promotions):
            item = self.specialist_table.item(r, SPECIALIST_COLUMNS.index("Task"))
            if item is not None:
                item.setToolTip(f"{p.cluster_name}\nbase model: {p.base}\nadapter: {p.adapter}")
        self.specialist_box.setTitle(
            f"Specialists in service: {len(rows)}" if rows else "Specialists in service: none"
        )
        if rows:
            self.specialist_table.selectRow(len(rows) - 1)  # the newest: what a rollback undoes first
        self.rollback_button.setEnabled(bool(rows) and self.stage is None)

    # -- the stages ---------------------------------------------------------------------------

    def _start(self, stage: str, job: Callable[[], object], status: str) -> None:
        if self.stage is not None:
            return
        self.message.setText("")
        self.status.setText(status)
        self._set_stage(stage)
        self.worker.start(stage, job)

    def build_dataset(self) -> None:
        self._start(
            "export", lambda: training.export(self.settings), "building the dataset from the run log…"
        )

    def find_tasks(self) -> None:
        self._start("find", lambda: training.find_tasks(self.settings), "finding tasks in the dataset…")

    def selected_cluster(self) -> Cluster | None:
        row = self.cluster_table.currentRow()
        return self.clusters[row] if 0 <= row < len(self.clusters) else None

    def specialize_selected(self) -> None:
        target = self.selected_cluster()
        if not any(c.ready for c in self.clusters):
            self._error(
                "Nothing is ready to specialize:",
                "a task needs at least "
                f"{self.settings.min_cluster_examples} training examples. Build the dataset and find "
                "tasks again after more runs."
                if self.clusters
                else "no tasks found yet. Build the dataset, then Find tasks.",
            )
            return
        if target is None or not target.ready:
            chosen = (
                "No task is selected" if target is None else f"Task {target.id} is not ready ({target.why})"
            )
            self._error(f"{chosen}:", "select a task marked ready in the table.")
            return
        if self.stage is not None:
            return
        self.progress.setVisible(False)
        self.message.setText("")
        self.status.setText(f"starting the training process for task {target.id}…")
        self._set_stage("specialize")
        self.cancel_button.setEnabled(True)
        self.worker.specialize(self.settings, target, self.config)

    def cancel(self) -> None:
        if self.stage is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText("cancelling after the example being trained…")

    def shut_down(self, timeout_s: float) -> None:
        """The window is closing: cancel what runs and give it `timeout_s` to stop."""
        self.worker.cancel()
        if self.question is not None:
            self.question.reject()
        self.worker.join(timeout_s)

    def _set_stage(self, stage: str | None) -> None:
        """The stage running (None: idle); the buttons follow."""
        self.stage = stage
        for button in (self.export_button, self.find_button, self.specialize_button):
            button.setEnabled(stage is None)
        self.rollback_button.setEnabled(stage is None and bool(self.promotions))
        if stage is None:
            self.cancel_button.setEnabled(False)

    def _said(self, line: str) -> None:
        self.status.setText(f"{line}…")

    def _progressed(self, done: int, total: int, loss: float) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(f"training: example {done} of {total}, loss {loss:.3f}")
        if done == total:  # what follows (scoring, promoting) cannot be cancelled
            self.cancel_button.setEnabled(False)

    def _ask_estimate(self, pending: _Estimate) -> None:
        minutes = pending.seconds / 60
        # `pending.examples` is what it will learn from: a larger task is sampled down.
        available = pending.cluster.train_examples
        examples = (
            f"{pending.examples} of its {available} examples"
            if pending.examples < available
            else f"{pending.examples} examples"
        )
        took = f"about {max(1, round(minutes))} min" if minutes >= 1 else f"about {pending.seconds:.0f} s"
        question = TrainingQuestion(
            "Start fine-tuning?",
            f"Fine-tuning a <b>{html.escape(pending.cluster.role)}</b> specialist for task "
            f"{pending.cluster.id} (<i>{html.escape(pending.cluster.name)}</i>) on {examples} "
            f"will take <b>{took}</b> on this machine (timed on a few passes).<br><br>"
            "The window stays usable meanwhile; <i>Cancel training</i> stops it after the example "
            "being trained, and nothing is promoted then.",
            "&Start training",
            "&Not now",
            self,
        )

        def answered(code: int) -> None:
            pending.answer = code == QDialog.DialogCode.Accepted
            pending.done.set()
            self.question = None
            question.deleteLater()
            if pending.answer:
                self.status.setText("training…")

        self._open(question, answered)

    def _open(self, question: TrainingQuestion, answered: Callable[[int], None]) -> None:
        question.setWindowModality(Qt.WindowModality.WindowModal)
        question.finished.connect(answered)
        self.question = question
        question.open()
        self.question_shown.emit(question)

    def _finished(self, stage: str, result: object) -> None:
        self._set_stage(None)
        self.status.setText("")
        if isinstance(result, Exported):
            card = result.card
            self.show_card(card)
            self.message.setText(
                f"Dataset built: {card.train} training and {card.test} test examples from "
                f"{card.considered} logged calls, in {html.escape(str(result.folder))}."
            )
        elif isinstance(result, Found):
            self.show_clusters(result.clusters)
            self.show_recommendations(result.recommendations)
            ready = len(result.ready)
            self.message.setText(
                f"{len(result.clusters)} tasks found, {ready} ready for a specialist."
                if ready
                else f"{len(result.clusters)} tasks found; none is ready yet: a task needs "
                f"{self.settings.min_cluster_examples} training examples."
            )
        elif isinstance(result, Specialized):
            self.message.setText(self.result_text(result))
            self.refresh()
        else:  # specialize returned None: the person said no at the estimate
            self.progress.setVisible(False)
            self.message.setText("Not started: nothing was trained.")
        self.stage_ended.emit(stage)

    @staticmethod
    def result_text(done: Specialized) -> str:
        r, now, new = done.result, done.current, done.candidate
        lines = [
            f"Task {done.cluster.id} ({html.escape(done.cluster.name)}): trained on {r.examples} examples "
            f"x {r.epochs} epoch{'s' if r.epochs != 1 else ''} in {r.train_s:.0f} s ({r.device}).",
            f"Current {html.escape(done.cluster.role)}: accuracy {now.accuracy:.0%}, schema-valid "
            f"{now.valid_rate:.0%}; new specialist: accuracy {new.accuracy:.0%}, schema-valid "
            f"{new.valid_rate:.0%} (on {new.examples} held-out examples).",
        ]
        if done.promotion is not None:
            lines.append(
                f"<b style='color:{GOOD}'>Promoted</b> as #{done.promotion.id}: "
                f"{html.escape(done.verdict.reason)}. Roll back below to undo."
            )
        else:
            lines.append(f"<b>Not promoted</b>: {html.escape(done.verdict.reason)}.")
        return "<br>".join(lines)

    def _failed(self, stage: str, message: str) -> None:
        self._set_stage(None)
        self.status.setText("")
        self.progress.setVisible(False)
        title = {"export": "Could not build the dataset:", "find": "Could not find tasks:"}.get(
            stage, "Could not specialize:"
        )
        self._error(title, message)
        self.stage_ended.emit(stage)

    def _cancelled(self, stage: str, how_far: str) -> None:
        self._set_stage(None)
        self.status.setText("")
        self.progress.setVisible(False)
        self.message.setText(
            f"Training {html.escape(how_far)}: no adapter was written, nothing was promoted."
        )
        self.stage_ended.emit(stage)

    def _error(self, title: str, text: str) -> None:
        self.message.setText(ERROR.format(title=html.escape(title), text=html.escape(text)))

    # -- rollback -----------------------------------------------------------------------------

    def ask_rollback(self) -> None:
        row = self.specialist_table.currentRow()
        if not 0 <= row < len(self.promotions) or self.stage is not None:
            return
        target = self.promotions[row]
        then = (
            f"Specialist #{target.replaces}, which it replaced, answers that task again."
            if target.replaces is not None
            else f"The {html.escape(target.role)}'s usual model answers that task again."
        )
        question = TrainingQuestion(
            "Roll back this specialist?",
            f"Take specialist #{target.id} ({html.escape(target.role)}, task {target.cluster}: "
            f"<i>{html.escape(target.cluster_name)}</i>) out of service? {then} "
            "Its adapter file stays on disk.",
            "&Roll back",
            "&Keep it",
            self,
        )

        def answered(code: int) -> None:
            self.question = None
            question.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                self.rollback(target.id)

        self._open(question, answered)

    def rollback(self, promotion_id: int) -> None:
        try:
            done = training.rollback(self.settings, promotion_id)
        except DeskhandError as exc:
            self._error("Could not roll back:", str(exc))
            return
        rolled, restored = done.rolled, done.restored
        back = (
            f"#{restored.id}, which it had replaced, answers that task again"
            if restored is not None
            else f"the {rolled.role}'s usual model answers that task again"
        )
        self.message.setText(
            html.escape(f"#{rolled.id} ({rolled.role}, task {rolled.cluster}) is out of service; {back}.")
        )
        self.refresh()
