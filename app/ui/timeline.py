"""The run as it happens: one row per Step (what the agent saw, did, who decided, how long),
and the chosen step at full size with the model calls behind it."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.agent.steps import LMCallRecord, Step
from app.services.insights import LoggedCall
from app.ui.images import picture

THUMB_WIDTH = 192
_MARK = {True: "verified", False: "not verified", None: "—"}


def who_decided(step: Step) -> str:
    """ "code", or the tier with the model(s) that answered: "local: SmolLM2…", "cloud: gpt-…"."""
    if step.decided_by == "code":
        return "code"
    wanted_local = step.decided_by != "cloud"
    models = sorted({c.model for c in step.lm_calls if c.is_local == wanted_local})
    return f"{step.decided_by}: {', '.join(models)}" if models else step.decided_by


def latency_s(step: Step) -> float:
    t = step.timings
    return t.observe_s + t.decide_s + t.act_s + t.verify_s


def step_summary(step: Step) -> str:
    target = f' "{step.target.name}"' if step.target else ""
    return (
        f"{step.index + 1}. {step.action.describe()}{target}\n"
        f"{who_decided(step)} · {latency_s(step):.2f} s · {_MARK[step.verified]}"
        + (f"\n{step.note}" if step.note else "")
    )


def format_call(call: LMCallRecord) -> str:
    prompt = "\n".join(f"[{m.get('role', '?')}]\n{m.get('content', '')}" for m in call.messages)
    status = "valid" if call.valid else f"invalid{': ' + call.error if call.error else ''}"
    return (
        f"=== {call.role} · {call.runtime} · {call.model} · {call.latency_ms:.0f} ms · "
        f"{call.tokens_in}→{call.tokens_out} tokens · {status}\n"
        f"--- prompt\n{prompt}\n--- output\n{call.output}\n"
    )


class TimelineView(QListWidget):
    """One row per step, newest at the bottom; `chosen` says which step the person picked."""

    chosen = Signal(object)  # Step

    #: While following, the newest step is selected and shown as it arrives; picking an
    #: earlier step stops following until the next run (or until the last step is picked).
    follow = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Steps of the run")
        self.setIconSize(QSize(THUMB_WIDTH, THUMB_WIDTH * 3 // 4))
        self.setSpacing(2)
        self.setWordWrap(True)
        self.steps: list[Step] = []
        self.currentRowChanged.connect(self._picked)

    def clear_steps(self) -> None:
        self.steps.clear()
        self.clear()
        self.follow = True

    def add_step(self, step: Step) -> None:
        target_box = step.target.box if step.target else None
        thumb = QPixmap.fromImage(picture(step.observation.image, target_box, THUMB_WIDTH))
        item = QListWidgetItem(thumb, step_summary(step))
        item.setToolTip(f"goal: {step.goal}\nroute: {step.route or '—'}")
        self.steps.append(step)
        self.blockSignals(True)  # adding the first row makes it current: not the person's choice
        self.addItem(item)
        if self.follow:
            self.setCurrentRow(self.count() - 1)
        self.blockSignals(False)
        if self.follow:
            self.scrollToBottom()
            self.chosen.emit(step)

    def _picked(self, row: int) -> None:
        if 0 <= row < len(self.steps):
            self.follow = row == len(self.steps) - 1
            self.chosen.emit(self.steps[row])


class StepView(QWidget):
    """The chosen step: the screenshot at full size with the element outlined, then its model calls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel("Pick a step to see what the agent saw and which model calls decided it.")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.image = QLabel()
        self.image.setAccessibleName("What the agent saw")
        self.image.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scroller = scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(False)
        self.calls = QPlainTextEdit()
        self.calls.setReadOnly(True)
        self.calls.setAccessibleName("Model calls of this step")
        self.calls.setFont(QFont("monospace"))
        self.calls.setPlaceholderText("the model calls of the chosen step")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(self.calls)
        split.setSizes([420, 200])
        layout.addWidget(self.header)
        layout.addWidget(split, 1)

    def show_step(self, step: Step) -> None:
        e = html.escape
        target = f' on "{e(step.target.name)}"' if step.target else ""
        t = step.timings
        self.header.setText(
            f"<b>Step {step.index + 1}</b>: {e(step.action.describe())}{target} — goal “{e(step.goal)}”<br>"
            f"decided by {e(who_decided(step))}; {step.verdict}, {_MARK[step.verified]}"
            f"{'; ' + e(step.note) if step.note else ''}<br>"
            f"observe {t.observe_s:.2f} s · decide {t.decide_s:.2f} s · act {t.act_s:.2f} s · "
            f"verify {t.verify_s:.2f} s" + (f"<br>route: {e(step.route)}" if step.route else "")
        )
        box = step.target.box if step.target else None
        pixmap = QPixmap.fromImage(picture(step.observation.image, box))
        self.image.setPixmap(pixmap)
        self.image.resize(pixmap.size())
        if box is not None:  # bring the chosen element into view
            x, y = box.center
            self.scroller.ensureVisible(x, y, box.w // 2 + 60, box.h // 2 + 60)
        self.calls.setPlaceholderText("no model was asked: code decided this step")
        self.calls.setPlainText("\n".join(format_call(c) for c in step.lm_calls))


def found_calls_text(calls: list[LoggedCall]) -> str:
    """Model calls read back from the run log, for the insights search."""
    parts = []
    for call in calls:
        prompt = "\n".join(f"[{m['role']}]\n{m['content']}" for m in call.messages)
        parts.append(
            f"=== run {call.run_id} · {call.role} · {call.model}\n"
            f"--- prompt\n{prompt}\n--- output\n{call.output}\n"
        )
    return "\n".join(parts)
