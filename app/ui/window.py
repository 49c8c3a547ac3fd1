"""The main window: a task, Run and Stop, where to act, the live timeline; models; insights;
settings; training; the tray icon and the global stop hotkey.

The window only shows and asks: the run itself happens in `RunWorker`'s thread, whose Steps
arrive here by queued signals, so the window keeps painting and Stop keeps working while the
models think. On the sandbox target the agent acts on a private display the window is not on;
on the person's own desktop the window hides itself until the run ends, and the tray icon and
the stop hotkey (heard on pynput's thread, handed over by a queued signal) stay within reach.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import cast

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
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

from app.agent.steps import Step, Task
from app.config import Settings
from app.services import insights
from app.services.cloud import CloudChoice, Policy, ProviderMemory, default_policy
from app.services.desktop import GlobalHotkey, HotkeyError
from app.services.insights import escalation_figures
from app.services.run import OpenSession, RunResult, Sessions, open_session
from app.ui.ask_view import AskView
from app.ui.dialogs import PermissionDialog, Questions
from app.ui.insights_view import Figures, InsightsView
from app.ui.models_view import ModelsView
from app.ui.preferences import Preferences, load_preferences, preferences_store, save_preferences
from app.ui.settings_view import SettingsView
from app.ui.targets import DesktopTarget, SandboxTarget, Target
from app.ui.theme import BAD, STATE_COLOURS, ThemeKeeper
from app.ui.timeline import StepView, TimelineView
from app.ui.training_view import TrainingView
from app.ui.tray import StatusTray, TrayState
from app.ui.worker import RunWorker

#: The cloud choices offered for a run: (label, gate policy).
CLOUD_CHOICES: tuple[tuple[str, Policy], ...] = (
    ("Local models only", "never"),
    ("Ask me before anything is sent to the cloud", "ask"),
    ("Allow the cloud for this run", "run"),
    ("Always allow the saved provider (Settings)", "always"),
)
#: An outcome's state in the tray.
OUTCOME_STATES: dict[str, TrayState] = {
    "done": "done",
    "stopped": "stopped",
    "failed": "failed",
    "refused": "failed",
}
#: How long closing the window waits for a run to reach its next step.
CLOSE_WAIT_S = 30.0


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
        line.setAccessibleName("Task")
        self.task_box.setMinimumWidth(420)
        row.addWidget(self.task_box, 1)
        self.run_button = QPushButton("&Run")
        self.run_button.setToolTip("Run the task (Ctrl+Return)")
        self.run_button.setAccessibleName("Run the task")
        self.run_button.setAccessibleDescription("Starts the task; shortcut Ctrl+Return")
        self.stop_button = QPushButton("&Stop")
        self.stop_button.setToolTip("Stop before the next action (Esc, or the stop hotkey anywhere)")
        self.stop_button.setAccessibleName("Stop the run")
        self.stop_button.setAccessibleDescription("Stops before the next action; shortcut Esc")
        self.stop_button.setEnabled(False)
        row.addWidget(self.run_button)
        row.addWidget(self.stop_button)
        layout.addLayout(row)

        options = QHBoxLayout()
        target_label = QLabel("&Act on:")
        options.addWidget(target_label)
        self.target_box = QComboBox()
        target_label.setBuddy(self.target_box)
        self.target_box.setAccessibleName("Where the agent acts")
        for target in targets:
            self.target_box.addItem(target.label)
        options.addWidget(self.target_box)
        options.addSpacing(16)
        cloud_label = QLabel("C&loud:")
        options.addWidget(cloud_label)
        self.cloud_box = QComboBox()
        cloud_label.setBuddy(self.cloud_box)
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
    #: The stop hotkey was pressed (emitted on pynput's thread; Qt queues it to this one).
    stop_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        *,
        figures: Figures = escalation_figures,
        targets: Sequence[Target] | None = None,
        open_session: OpenSession = open_session,
        preferences: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.targets = list(targets) if targets is not None else default_targets(settings)
        self.store = preferences if preferences is not None else preferences_store()
        self.preferences = load_preferences(self.store)
        self.hotkey: GlobalHotkey | None = None
        self._hotkey_wanted = False
        self.setWindowTitle("Deskhand")
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(820, screen.height()))

        self.questions = Questions(self, ProviderMemory(settings))
        self.worker = RunWorker(
            settings, Sessions(open_session), self.questions.confirm, self.questions.permission
        )
        self.run_panel = RunPanel(self.targets)
        self.models_view = ModelsView(settings.models_dir)
        self.models_view.roles_changed.connect(lambda _role: self.worker.sessions.reload_models())
        self.insights_view = InsightsView(settings, figures)
        self.settings_view = SettingsView(settings, self.store)
        self.training_view = TrainingView(settings)
        # Questions follow the run panel's cloud choice and ask permission the same way.
        self.ask_view = AskView(settings, cloud=self.cloud_choice, permission=self.questions.permission)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Sections")
        for view, title in (
            (self.run_panel, "Run a task"),
            (self.models_view, "Models"),
            (self.insights_view, "Insights"),
            (self.settings_view, "Settings"),
            (self.training_view, "Training"),
            (self.ask_view, "Ask"),
        ):
            index = self.tabs.addTab(view, title)
            self.tabs.setTabToolTip(index, f"{title} (Ctrl+{index + 1})")
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(f"Run log: {settings.db_path}")

        # A widget cannot exist without the QApplication, so instance() is one here.
        self.theme = ThemeKeeper(cast(QApplication, QApplication.instance()), self)
        self.tray = StatusTray(self)
        self._connect()
        self.apply_preferences(self.preferences)
        self.load_recent_tasks()

    def _connect(self) -> None:
        p = self.run_panel
        p.run_button.clicked.connect(self.run_task)
        p.stop_button.clicked.connect(self.stop_task)
        line = p.task_box.lineEdit()
        if line is not None:
            line.returnPressed.connect(self.run_task)
        shortcuts: list[tuple[QKeySequence, Callable[[], object]]] = [
            (QKeySequence("Ctrl+Return"), self.run_task),
            (QKeySequence(Qt.Key.Key_Escape), self.stop_task),
            (QKeySequence("Ctrl+,"), self.show_settings),
            (QKeySequence("Ctrl+Q"), self.quit_app),
        ]
        for index in range(self.tabs.count()):
            shortcuts.append((QKeySequence(f"Ctrl+{index + 1}"), partial(self.tabs.setCurrentIndex, index)))
        for keys, slot in shortcuts:
            QShortcut(keys, self, slot)
        self.stop_requested.connect(self.stop_task)
        self.worker.status.connect(p.status.setText)
        self.worker.started.connect(lambda run_id: p.status.setText(f"run {run_id}: working…"))
        self.worker.stepped.connect(self._on_step)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.questions.shown.connect(self._on_question)
        self.questions.answered.connect(self._on_answered)
        self.questions.always_allowed.connect(self._on_always_allowed)
        self.questions.notice.connect(lambda text: self.statusBar().showMessage(text))
        self.settings_view.saved.connect(self._on_settings_saved)
        self.tray.show_requested.connect(self.show_window)
        self.tray.stop_requested.connect(self.stop_task)
        self.tray.quit_requested.connect(self.quit_app)

    # -- preferences -----------------------------------------------------------------------

    def apply_preferences(self, preferences: Preferences) -> None:
        """Defaults for the next run, and the theme; a run in progress keeps its own choices."""
        self.preferences = preferences
        self.theme.apply(preferences.theme)
        if self.worker.busy:
            return
        p = self.run_panel
        kinds = [t.kind for t in self.targets]
        if preferences.target in kinds:
            p.target_box.setCurrentIndex(kinds.index(preferences.target))
        policy = default_policy(self.settings, preferences.cloud)
        p.cloud_box.setCurrentIndex([choice for _label, choice in CLOUD_CHOICES].index(policy))

    def start_stop_hotkey(self) -> None:
        """Listen for the stop hotkey from the preferences (the window's launch does this; tests
        that press keys on a display too). Why it cannot listen goes to the status bar."""
        self._hotkey_wanted = True
        if self.hotkey is not None:
            self.hotkey.stop()
            self.hotkey = None
        keys = self.preferences.stop_hotkey
        if not keys:
            text = "No stop hotkey: stop with the Stop button, Esc or the tray icon."
        else:
            try:
                self.hotkey = GlobalHotkey(keys, self.stop_requested.emit).start()
                text = f"Stop hotkey {keys}: stops a run from anywhere, also while this window is hidden."
            except HotkeyError as exc:
                text = f"No stop hotkey: {exc}."
        self.settings_view.show_hotkey_state(text)
        self.statusBar().showMessage(text)

    def _on_settings_saved(self, preferences: Preferences) -> None:
        hotkey_changed = preferences.stop_hotkey != self.preferences.stop_hotkey
        self.apply_preferences(preferences)
        if self._hotkey_wanted and hotkey_changed:
            self.start_stop_hotkey()

    def _on_always_allowed(self, _provider: str) -> None:
        preferences = replace(self.preferences, cloud="always")
        save_preferences(self.store, preferences)
        self.preferences = preferences
        self.settings_view.load()
        # The run in progress took its choice when it started; this is the next run's.
        self.run_panel.cloud_box.setCurrentIndex([p for _label, p in CLOUD_CHOICES].index("always"))

    # -- running ---------------------------------------------------------------------------

    def load_recent_tasks(self) -> None:
        box = self.run_panel.task_box
        text = box.currentText()
        tasks: list[str] = []
        for run in insights.recent_runs(self.settings, 50):
            if run.task and run.task not in tasks:
                tasks.append(run.task)
        box.clear()
        box.addItems(tasks[:20])
        box.setEditText(text)

    def cloud_choice(self) -> CloudChoice:
        """How the next run may use the cloud, as the run panel and the preferences say now."""
        return CloudChoice(CLOUD_CHOICES[self.run_panel.cloud_box.currentIndex()][1], self.preferences.images)

    def run_task(self) -> None:
        p = self.run_panel
        text = p.task_box.currentText().strip()
        if not text or self.worker.busy:
            return
        cloud = self.cloud_choice()
        target = self.targets[p.target_box.currentIndex()]
        p.timeline.clear_steps()
        p.outcome.setText("")
        self.questions.new_run()
        self._set_running(True)
        self.tray.set_state("running", text)
        if target.hides_window:
            self.hide()
        self.worker.start(Task(text, self.settings.max_steps), target, cloud)

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
        self.settings_view.set_running(running)

    def _on_step(self, step: Step) -> None:
        p = self.run_panel
        p.timeline.add_step(step)
        if not self.worker.stopping:
            p.status.setText(f"step {step.index + 1}: {step.action.describe()}")

    def _on_question(self, dialog: object) -> None:
        self.tray.set_state("waiting")
        if self.isHidden():
            kind = "may it send to the cloud" if isinstance(dialog, PermissionDialog) else "may it act"
            self.tray.notify(f"Deskhand is waiting for your answer: {kind}?")

    def _on_answered(self) -> None:
        if self.worker.busy:
            self.tray.set_state("running")

    def _on_finished(self, result: RunResult) -> None:
        o = result.outcome
        color = STATE_COLOURS[o.status]
        self.run_panel.outcome.setText(
            f"<b style='color:{color}'>{o.status.upper()}</b>: {o.reason} — {o.steps} steps, "
            f"{o.lm_calls} model calls ({o.local_calls} local, {o.cloud_calls} cloud), "
            f"{result.wall_s:.1f} s (run {result.run_id})"
        )
        self.run_panel.status.setText("Ready.")
        self.tray.set_state(OUTCOME_STATES.get(o.status, "failed"))
        self._after_run()

    def _on_failed(self, message: str) -> None:
        self.run_panel.outcome.setText(f"<b style='color:{BAD}'>Could not run</b>: {message}")
        self.run_panel.status.setText("Ready.")
        self.tray.set_state("failed")
        self._after_run()

    def _after_run(self) -> None:
        self._set_running(False)
        if self.isHidden():
            self.show_window()
        self.load_recent_tasks()
        self.insights_view.refresh()
        self.training_view.refresh()  # the escalation rates since each promotion moved

    def show_settings(self) -> None:
        self.tabs.setCurrentWidget(self.settings_view)

    def show_window(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    # -- closing ---------------------------------------------------------------------------

    def quit_app(self) -> None:
        """Ctrl+Q and the tray's Quit: close (which stops a run) and leave, hidden or not."""
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.worker.stop()
        self.questions.close()
        self.worker.wait(CLOSE_WAIT_S)
        self.training_view.shut_down(CLOSE_WAIT_S)
        self.ask_view.shut_down(CLOSE_WAIT_S)
        self.models_view.downloader.cancel()
        if self.hotkey is not None:
            self.hotkey.stop()
            self.hotkey = None
        self.tray.hide()
        for target in self.targets:
            target.close()
        super().closeEvent(event)
