"""The main window: a task, Run and Stop, where to act, the live timeline; models; insights.

The window only shows and asks: the run itself happens in `RunWorker`'s thread, whose Steps
arrive here by queued signals, so the window keeps painting and Stop keeps working while the
models think. On the sandbox target the agent acts on a private display the window is not on;
on the person's own desktop the window hides itself until the run ends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import main
from app.agent.steps import Step, Task
from app.config import Settings
from app.main import Escalation, ProviderError, RunResult, Session, escalation_figures, resolve_provider
from app.privacy.gate import Policy
from app.ui.dialogs import Questions
from app.ui.insights_view import Figures, InsightsView
from app.ui.models_view import ModelsView
from app.ui.targets import DesktopTarget, SandboxTarget, Target
from app.ui.timeline import StepView, TimelineView
from app.ui.worker import RunRequest, RunWorker, SessionCache

#: The cloud choices offered for a run: (label, gate policy).
CLOUD_CHOICES: tuple[tuple[str, Policy], ...] = (
    ("Local models only", "never"),
    ("Ask me before anything is sent to the cloud", "ask"),
    ("Allow the cloud for this run", "run"),
)
OUTCOME_COLORS = {"done": "#2e8b57", "stopped": "#b8860b", "failed": "#c0392b", "refused": "#c0392b"}
#: How long closing the window waits for a run to reach its next step.
CLOSE_WAIT_S = 30.0


def _open_acting_session(settings: Settings) -> Session:
    return main.open_session(settings, dry_run=False)


def default_targets(settings: Settings) -> list[Target]:
    return [SandboxTarget(settings.data_dir / "sandbox" / "practice-state.json"), DesktopTarget()]


class RunPanel(QWidget):
    """The task row, the timeline and the chosen step."""

    def __init__(self, targets: Sequence[Target], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.task_box = QComboBox()
        self.task_box.setEditable(True)
        self.task_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.task_box.setAccessibleName("Task")
        self.task_box.setToolTip("What should Deskhand do? Earlier tasks are in the list.")
        line = self.task_box.lineEdit()
        assert line is not None  # an editable combo box always has one
        line.setPlaceholderText("e.g. Type Ada into the Name field and click Submit")
        self.task_box.setMinimumWidth(420)
        row.addWidget(self.task_box, 1)
        self.run_button = QPushButton("&Run")
        self.run_button.setToolTip("Run the task (Ctrl+Return)")
        self.stop_button = QPushButton("&Stop")
        self.stop_button.setToolTip("Stop before the next action (Esc)")
        self.stop_button.setEnabled(False)
        row.addWidget(self.run_button)
        row.addWidget(self.stop_button)
        layout.addLayout(row)

        options = QHBoxLayout()
        options.addWidget(QLabel("Act on:"))
        self.target_box = QComboBox()
        self.target_box.setAccessibleName("Where the agent acts")
        for target in targets:
            self.target_box.addItem(target.label)
        options.addWidget(self.target_box)
        options.addSpacing(16)
        options.addWidget(QLabel("Cloud:"))
        self.cloud_box = QComboBox()
        self.cloud_box.setAccessibleName("May the cloud be consulted")
        for label, _policy in CLOUD_CHOICES:
            self.cloud_box.addItem(label)
        options.addWidget(self.cloud_box)
        options.addStretch(1)
        layout.addLayout(options)

        self.status = QLabel("Ready. Nothing leaves this machine unless you allow it.")
        self.status.setAccessibleName("Status")
        layout.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.timeline = TimelineView()
        self.step_view = StepView()
        split.addWidget(self.timeline)
        split.addWidget(self.step_view)
        split.setSizes([430, 800])
        layout.addWidget(split, 1)

        self.outcome = QLabel("")
        self.outcome.setAccessibleName("Outcome of the run")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)
        self.timeline.chosen.connect(self.step_view.show_step)


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings,
        *,
        figures: Figures = escalation_figures,
        targets: Sequence[Target] | None = None,
        open_session: Callable[[Settings], Session] = _open_acting_session,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.targets = list(targets) if targets is not None else default_targets(settings)
        self.setWindowTitle("Deskhand")
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(820, screen.height()))

        self.questions = Questions(self)
        self.worker = RunWorker(settings, SessionCache(open_session), self.questions.ask)
        self.run_panel = RunPanel(self.targets)
        self.models_view = ModelsView(settings.models_dir)
        self.insights_view = InsightsView(settings, figures)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.run_panel, "&Run a task")
        self.tabs.addTab(self.models_view, "&Models")
        self.tabs.addTab(self.insights_view, "&Insights")
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(f"Run log: {settings.db_path}")

        p = self.run_panel
        p.run_button.clicked.connect(self.run_task)
        p.stop_button.clicked.connect(self.stop_task)
        line = p.task_box.lineEdit()
        if line is not None:
            line.returnPressed.connect(self.run_task)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.run_task)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop_task)
        self.worker.status.connect(p.status.setText)
        self.worker.started.connect(lambda run_id: p.status.setText(f"run {run_id}: working…"))
        self.worker.stepped.connect(self._on_step)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.load_recent_tasks()

    # -- running ---------------------------------------------------------------------------

    def load_recent_tasks(self) -> None:
        box = self.run_panel.task_box
        text = box.currentText()
        tasks: list[str] = []
        if self.settings.db_path.exists():
            log = main.open_log(self.settings)
            for run in log.recent_runs(50):
                if run["task"] and run["task"] not in tasks:
                    tasks.append(run["task"])
            log.db.close()
        box.clear()
        box.addItems(tasks[:20])
        box.setEditText(text)

    def _escalation(self) -> Escalation:
        policy = CLOUD_CHOICES[self.run_panel.cloud_box.currentIndex()][1]
        if policy == "never":
            return Escalation("never")
        provider = resolve_provider(self.settings)
        if provider is None:
            raise ProviderError(
                "no cloud provider is set up: write "
                f"{self.settings.cloud_file} or set DESKHAND_CLOUD_BASE_URL and DESKHAND_CLOUD_MODEL"
            )
        if policy == "ask" and provider.always_allow:
            policy = "always"
        return Escalation(policy, provider)

    def run_task(self) -> None:
        p = self.run_panel
        text = p.task_box.currentText().strip()
        if not text or self.worker.busy:
            return
        try:
            escalation = self._escalation()
        except ProviderError as exc:
            p.outcome.setText(f"<b>Cannot start:</b> {exc}")
            return
        target = self.targets[p.target_box.currentIndex()]
        p.timeline.clear_steps()
        p.outcome.setText("")
        self.questions.new_run()
        self._set_running(True)
        if target.hides_window:
            self.hide()
        self.worker.start(RunRequest(Task(text, self.settings.max_steps), target, escalation))

    def stop_task(self) -> None:
        if self.worker.busy:
            self.worker.stop()
            self.run_panel.status.setText("stopping before the next action…")

    def _set_running(self, running: bool) -> None:
        p = self.run_panel
        p.run_button.setEnabled(not running)
        p.stop_button.setEnabled(running)
        p.task_box.setEnabled(not running)
        p.target_box.setEnabled(not running)
        p.cloud_box.setEnabled(not running)

    def _on_step(self, step: Step) -> None:
        p = self.run_panel
        p.timeline.add_step(step)
        if not self.worker.stopping:
            p.status.setText(f"step {step.index + 1}: {step.action.describe()}")

    def _on_finished(self, result: RunResult) -> None:
        o = result.outcome
        color = OUTCOME_COLORS.get(o.status, "#000")
        self.run_panel.outcome.setText(
            f"<b style='color:{color}'>{o.status.upper()}</b>: {o.reason} — {o.steps} steps, "
            f"{o.lm_calls} model calls ({o.local_calls} local, {o.cloud_calls} cloud), "
            f"{result.wall_s:.1f} s (run {result.run_id})"
        )
        self.run_panel.status.setText("Ready.")
        self._after_run()

    def _on_failed(self, message: str) -> None:
        self.run_panel.outcome.setText(f"<b style='color:#c0392b'>Could not run</b>: {message}")
        self.run_panel.status.setText("Ready.")
        self._after_run()

    def _after_run(self) -> None:
        self._set_running(False)
        if self.isHidden():
            self.show()
            self.raise_()
        self.load_recent_tasks()
        self.insights_view.refresh()

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.worker.stop()
        self.questions.close()
        self.worker.wait(CLOSE_WAIT_S)
        for target in self.targets:
            target.close()
        super().closeEvent(event)
