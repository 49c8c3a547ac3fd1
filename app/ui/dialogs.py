"""Questions for the person: may this leave the machine, and may the agent do this action.

The agent asks from its own thread through `Questions.ask`, which shows the dialog on the GUI
thread (a queued signal) and blocks only the agent's thread until the person answers. The
permission gate's question starts with "Send this to PROVIDER?" followed by exactly what would
be sent; every other question is a confirmation of a sensitive action.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: How the gate phrases its question (app.privacy.gate.Gate._decide).
SEND_PREFIX = "Send this to "


def split_send_question(question: str) -> tuple[str, str] | None:
    """(provider, payload) of the gate's question, or None for any other question."""
    if not question.startswith(SEND_PREFIX):
        return None
    head, _, rest = question.partition("\n")
    provider = head[len(SEND_PREFIX) :].rstrip("?")
    payload = rest.removeprefix("---\n").removesuffix("\n---")
    return provider, payload


class PermissionDialog(QDialog):
    """Shows exactly what would be sent; the answer is one of the class's result codes."""

    DENY = 0
    ALLOW_ONCE = 1
    ALLOW_RUN = 2

    def __init__(self, provider: str, payload: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Send to the cloud?")
        self.setAccessibleName("Permission to send")
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"The local models could not settle this step. Deskhand would send the text below "
            f"to <b>{provider}</b>. Nothing has been sent yet."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.payload = QPlainTextEdit(payload)
        self.payload.setReadOnly(True)
        self.payload.setAccessibleName("What would be sent")
        self.payload.setFont(QFont("monospace"))
        self.payload.setMinimumSize(560, 260)
        layout.addWidget(self.payload)
        buttons = QDialogButtonBox()
        self.deny_button = QPushButton("&Deny")
        self.once_button = QPushButton("Allow &once")
        self.run_button = QPushButton("Allow for this &run")
        for button, code in (
            (self.deny_button, self.DENY),
            (self.once_button, self.ALLOW_ONCE),
            (self.run_button, self.ALLOW_RUN),
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, c=code: self.done(c))
        self.deny_button.setDefault(True)
        layout.addWidget(buttons)


class ConfirmDialog(QDialog):
    """A sensitive action (deleting, sending, paying, a password field) waits for a yes."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Confirm this action")
        self.setAccessibleName("Confirm an action")
        layout = QVBoxLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        buttons = QDialogButtonBox()
        self.no_button = buttons.addButton("&Don't do it", QDialogButtonBox.ButtonRole.RejectRole)
        self.yes_button = buttons.addButton("Do &it", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.no_button.setDefault(True)
        layout.addWidget(buttons)


@dataclass
class _Pending:
    question: str
    answer: bool = False
    done: threading.Event = field(default_factory=threading.Event)


class Questions(QObject):
    """Bridges the agent thread's yes/no questions to dialogs on the GUI thread."""

    _asked = Signal(object)
    #: A dialog is on screen (tests and the tray use it).
    shown = Signal(QDialog)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._closed = threading.Event()
        self.allowed_for_run = False
        self.current: QDialog | None = None
        self._asked.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def new_run(self) -> None:
        self.allowed_for_run = False
        self._closed.clear()

    def close(self) -> None:
        """Answer no to whatever is asked from now on (the window is closing)."""
        self._closed.set()
        if self.current is not None:
            self.current.reject()

    def ask(self, question: str) -> bool:
        """Called on the agent's thread; blocks it (only it) until the person answers."""
        pending = _Pending(question)
        self._asked.emit(pending)
        while not pending.done.wait(0.1):
            if self._closed.is_set():
                return False
        return pending.answer

    def _show(self, pending: _Pending) -> None:
        send = split_send_question(pending.question)
        if self._closed.is_set() or (send is not None and self.allowed_for_run):
            pending.answer = not self._closed.is_set()
            pending.done.set()
            return
        dialog: QDialog = (
            PermissionDialog(*send, parent=self._window)
            if send is not None
            else ConfirmDialog(pending.question, parent=self._window)
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(code: int) -> None:
            if code == PermissionDialog.ALLOW_RUN and send is not None:
                self.allowed_for_run = True
            pending.answer = code != 0
            pending.done.set()
            self.current = None
            dialog.deleteLater()

        dialog.finished.connect(answered)
        self.current = dialog
        dialog.open()
        self.shown.emit(dialog)
