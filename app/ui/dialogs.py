"""Questions for the person: may this leave the machine, and may the agent do this action.

The agent asks from its own thread, through `Questions.permission` (the permission gate: may this
payload go to a provider) or `Questions.confirm` (the controller: may it do a sensitive action).
Each shows its dialog on the GUI thread (a queued signal) and blocks only the agent's thread
until the person answers. The gate's question is a `Question` (`app.services.cloud`): the dialog
shows its provider, exactly what would be sent, and the redacted screenshot if one would go
along.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.cloud import ProviderError, ProviderMemory, Question

#: Why a dialog shown without a `ProviderMemory` offers no "always".
NO_MEMORY = "this window does not remember providers"


#: The screenshot is scaled to fit this box, so the dialog fits a 768-pixel-high screen.
IMAGE_BOX = QSize(640, 360)


class PermissionDialog(QDialog):
    """Shows exactly what would be sent (the text, and the screenshot if any); the answer is one
    of the class's result codes."""

    DENY = 0
    ALLOW_ONCE = 1
    ALLOW_RUN = 2
    ALLOW_ALWAYS = 3

    def __init__(
        self,
        provider: str,
        payload: str,
        parent: QWidget | None = None,
        *,
        always_unavailable: str | None = NO_MEMORY,
        image: bytes | None = None,
    ) -> None:
        """`always_unavailable`: why "always" cannot be offered (None when it can); `image`: the
        redacted screenshot (PNG) that would be sent with the text."""
        super().__init__(parent)
        what = "the text" if image is None else "the text and the screenshot"
        self.setWindowTitle("Send to the cloud?")
        self.setAccessibleName("Permission to send")
        self.setAccessibleDescription(f"Deskhand asks whether it may send {what} shown to {provider}")
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"The local models could not settle this step. Deskhand would send {what} below "
            f"to <b><nobr>{provider}</nobr></b>. Nothing has been sent yet."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.payload = QPlainTextEdit(payload)
        self.payload.setReadOnly(True)
        self.payload.setAccessibleName("What would be sent")
        self.payload.setFont(QFont("monospace"))
        self.payload.setMinimumSize(560, 260 if image is None else 150)
        layout.addWidget(self.payload)
        #: The screenshot as shown (None without one); its pixmap is scaled to fit IMAGE_BOX.
        self.screenshot: QLabel | None = None
        if image is not None:
            self.screenshot = self._screenshot(image)
            caption = QLabel(
                f"The screenshot ({max(1, round(len(image) / 1024))} KB), with personal text and "
                "password fields blacked out:"
            )
            caption.setBuddy(self.screenshot)
            layout.addWidget(caption)
            layout.addWidget(self.screenshot, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.always_note = QLabel(
            f"<i>Always</i> remembers {provider} for later runs too; undo it in Settings (Ctrl+,) "
            "by choosing another default for cloud use."
            if always_unavailable is None
            else f"<i>Always</i> is not offered: {always_unavailable}."
        )
        self.always_note.setWordWrap(True)
        layout.addWidget(self.always_note)
        buttons = QDialogButtonBox()
        self.deny_button = QPushButton("&Deny")
        self.once_button = QPushButton("Allow &once")
        self.run_button = QPushButton("Allow for this &run")
        self.always_button = QPushButton(f"&Always allow {provider}")
        for button, code, description in (
            (self.deny_button, self.DENY, "Send nothing; the run goes on with the local models"),
            (self.once_button, self.ALLOW_ONCE, "Send this request only"),
            (self.run_button, self.ALLOW_RUN, "Send this and the rest of this run's requests"),
            (self.always_button, self.ALLOW_ALWAYS, f"Send to {provider} without asking, from now on"),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAccessibleDescription(description)
            button.setToolTip(description)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, c=code: self.done(c))
        self.always_button.setEnabled(always_unavailable is None)
        self.deny_button.setDefault(True)
        self.deny_button.setFocus()
        layout.addWidget(buttons)

    def _screenshot(self, image: bytes) -> QLabel:
        pixmap = QPixmap()
        if not pixmap.loadFromData(image, "PNG"):
            raise ValueError("the screenshot to show is not a PNG image")
        shown = pixmap.scaled(
            IMAGE_BOX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        label = QLabel()
        label.setPixmap(shown)
        # A frame, so black boxes at the screenshot's edge still read as part of it.
        label.setFrameShape(QFrame.Shape.Box)
        label.setAccessibleName("The screenshot that would be sent")
        label.setAccessibleDescription(
            f"{pixmap.width()} by {pixmap.height()} pixels; personal text and password fields are blacked out"
        )
        return label


class ConfirmDialog(QDialog):
    """A sensitive action (deleting, sending, paying, a password field) waits for a yes."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Confirm this action")
        self.setAccessibleName("Confirm an action")
        self.setAccessibleDescription(question)
        layout = QVBoxLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        label.setMinimumWidth(440)  # a word-wrapped label alone is squeezed to a narrow column
        layout.addWidget(label)
        buttons = QDialogButtonBox()
        self.no_button = buttons.addButton("&Don't do it", QDialogButtonBox.ButtonRole.RejectRole)
        self.yes_button = buttons.addButton("Do &it", QDialogButtonBox.ButtonRole.AcceptRole)
        self.no_button.setAccessibleName("Don't do it")
        self.yes_button.setAccessibleName("Do it")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.no_button.setDefault(True)
        layout.addWidget(buttons)


@dataclass
class _Pending:
    kind: Literal["confirm", "permission"]
    question: str
    answer: bool = False
    done: threading.Event = field(default_factory=threading.Event)


class Questions(QObject):
    """Bridges the agent thread's yes/no questions to dialogs on the GUI thread."""

    _asked = Signal(object)
    #: A dialog is on screen (tests and the tray use it).
    shown = Signal(QDialog)
    #: The person answered the dialog on screen.
    answered = Signal()
    #: The person chose "always allow" for this provider, and it is saved in cloud.toml.
    always_allowed = Signal(str)
    #: A line for the window's status bar.
    notice = Signal(str)

    def __init__(self, parent: QWidget, memory: ProviderMemory | None = None) -> None:
        super().__init__(parent)
        self._window = parent
        self._memory = memory
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

    def confirm(self, question: str) -> bool:
        """The controller's question about a sensitive action; blocks the agent's thread only."""
        return self._ask(_Pending("confirm", question))

    def permission(self, question: str) -> bool:
        """The permission gate's question; blocks the agent's thread only."""
        return self._ask(_Pending("permission", question))

    def _ask(self, pending: _Pending) -> bool:
        self._asked.emit(pending)
        while not pending.done.wait(0.1):
            if self._closed.is_set():
                return False
        return pending.answer

    def _show(self, pending: _Pending) -> None:
        permission = pending.kind == "permission"
        if self._closed.is_set() or (permission and self.allowed_for_run):
            pending.answer = not self._closed.is_set()
            pending.done.set()
            return
        dialog: QDialog
        provider = ""
        if permission:
            question = pending.question
            # A question not from the gate still shows in full, with nothing to remember.
            if isinstance(question, Question):
                provider, payload, image = question.provider, question.payload, question.image
            else:
                provider, payload, image = "an outside service", question, None
            why_not = self._memory.why_not(provider) if self._memory else NO_MEMORY
            dialog = PermissionDialog(
                provider, payload, self._window, always_unavailable=why_not, image=image
            )
        else:
            dialog = ConfirmDialog(pending.question, parent=self._window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(code: int) -> None:
            if permission and code in (PermissionDialog.ALLOW_RUN, PermissionDialog.ALLOW_ALWAYS):
                self.allowed_for_run = True
            if permission and code == PermissionDialog.ALLOW_ALWAYS and self._memory is not None:
                self._remember(self._memory, provider)
            pending.answer = code != 0
            pending.done.set()
            self.current = None
            dialog.deleteLater()
            self.answered.emit()

        dialog.finished.connect(answered)
        self.current = dialog
        dialog.open()
        self.shown.emit(dialog)

    def _remember(self, memory: ProviderMemory, provider: str) -> None:
        try:
            memory.remember(provider)
        except (ProviderError, OSError) as exc:
            self.notice.emit(f"allowed for this run, but could not remember {provider}: {exc}")
            return
        self.always_allowed.emit(provider)
        self.notice.emit(
            f"{provider} is always allowed from now on; undo it in Settings (Ctrl+,) under cloud use"
        )
