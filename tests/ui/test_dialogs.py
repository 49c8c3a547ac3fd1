"""The person decides what leaves the machine: the permission dialog shows exactly what would be
sent (the text, and the redacted screenshot when screenshots are allowed), Deny sends nothing
(counted at a real local HTTP server standing in for the cloud), and "always" is remembered for
the saved provider, where Settings can undo it."""

from __future__ import annotations

import base64
import hashlib
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.config import Settings
from app.desktop.actions import Hands
from app.desktop.screen import ScreenReader
from app.services.cloud import Provider, escalation_for, resolve_provider, save_provider
from app.services.run import RunResult, Session
from app.store.log import open_log
from app.ui.dialogs import IMAGE_BOX, ConfirmDialog, PermissionDialog, Questions
from app.ui.settings_view import POLICY_CHOICES
from app.ui.targets import DesktopTarget, SandboxTarget
from app.ui.window import CLOUD_CHOICES
from tests.cloud_server import cloud_stand_in
from tests.fakes import ScriptedRuntime
from tests.ui.conftest import WindowFactory

TASK = "Type linus@example.org into the e-mail address box"


def failing_local_model() -> Session:
    garbage = ScriptedRuntime(*["{not json"] * 30)
    return Session(
        runtimes={"grounder": garbage, "actor": garbage},  # type: ignore[dict-item]
        screen=ScreenReader(),
        hands=Hands(),
    )


@pytest.mark.display
@pytest.mark.parametrize("answer", ["deny", "allow once"])
def test_the_permission_dialog_shows_the_payload_and_deny_sends_nothing(
    answer: str,
    qtbot: QtBot,
    window_factory: WindowFactory,
    sandbox: SandboxTarget,
    monkeypatch: pytest.MonkeyPatch,
    png_dir: Path,
) -> None:
    with cloud_stand_in() as server:
        server.reply = lambda _request: '{"element": "Email"}'
        monkeypatch.setenv("DESKHAND_CLOUD_BASE_URL", server.url)
        monkeypatch.setenv("DESKHAND_CLOUD_MODEL", "big-model")
        window = window_factory([sandbox], lambda _settings: failing_local_model())
        panel = window.run_panel
        panel.cloud_box.setCurrentIndex(1)  # ask me
        panel.task_box.setEditText(TASK)
        with qtbot.waitSignal(window.questions.shown, timeout=120_000) as shown:
            qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        dialog = shown.args[0]
        assert isinstance(dialog, PermissionDialog) and dialog.isVisible()
        assert "linus@example.org" not in dialog.payload.toPlainText()  # scrubbed before it is shown
        assert server.requests == []
        assert not dialog.always_button.isEnabled()  # a provider from the environment is not saved
        assert "DESKHAND_CLOUD_BASE_URL" in dialog.always_note.text()
        if answer == "deny":
            dialog.grab().save(str(png_dir / "permission.png"))
        shown_payloads = [dialog.payload.toPlainText()]

        def answer_it(d: PermissionDialog) -> None:
            button = d.deny_button if answer == "deny" else d.once_button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        def answer_later(d: PermissionDialog) -> None:  # the same answer to any later question
            shown_payloads.append(d.payload.toPlainText())
            answer_it(d)

        window.questions.shown.connect(answer_later)
        with qtbot.waitSignal(window.worker.finished, timeout=120_000) as finished:
            answer_it(dialog)
        result: RunResult = finished.args[0]
        ledger = open_log(window.settings.db_path).outbound()
    assert [row["payload"] for row in reversed(ledger)] == shown_payloads  # exactly what was shown
    if answer == "deny":
        assert server.requests == [] and result.outcome.cloud_calls == 0
        said_no = "the person said no; the screenshot stayed on this machine: images are not allowed"
        assert all(row["allowed"] == 0 and row["reason"] == said_no for row in ledger)
        assert result.outcome.status != "done"
    else:
        assert len(server.requests) == 1 and result.outcome.status == "done", result.outcome.reason
        assert sandbox.practice is not None and sandbox.practice.state()["email"] == "linus@example.org"


@pytest.mark.display
@pytest.mark.parametrize("answer", ["deny", "allow once"])
def test_with_screenshots_allowed_the_dialog_shows_the_redacted_screen_and_deny_sends_nothing(
    answer: str,
    qtbot: QtBot,
    window_factory: WindowFactory,
    sandbox: SandboxTarget,
    monkeypatch: pytest.MonkeyPatch,
    png_dir: Path,
) -> None:
    """Code types the name; the e-mail box goes to the cloud, whose request would carry the form
    with the typed name and the password field blacked out."""
    with cloud_stand_in() as server:
        server.reply = lambda _request: '{"element": "Email"}'
        monkeypatch.setenv("DESKHAND_CLOUD_BASE_URL", server.url)
        monkeypatch.setenv("DESKHAND_CLOUD_MODEL", "big-model")
        window = window_factory([sandbox], lambda _settings: failing_local_model())
        window.apply_preferences(replace(window.preferences, images=True))
        panel = window.run_panel
        panel.cloud_box.setCurrentIndex(1)  # ask me
        panel.task_box.setEditText(
            "Type Ada Lovelace into the Name field and type linus@example.org into the e-mail address box"
        )
        with qtbot.waitSignal(window.questions.shown, timeout=120_000) as shown:
            qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        dialog = shown.args[0]
        assert isinstance(dialog, PermissionDialog) and dialog.screenshot is not None
        shown_image = dialog.screenshot.pixmap()
        assert not shown_image.isNull() and dialog.screenshot.isVisible()
        assert shown_image.width() <= IMAGE_BOX.width() and shown_image.height() <= IMAGE_BOX.height()
        shown_payload = dialog.payload.toPlainText()
        assert "2 boxes blacked out (NAME, PASSWORD)" in shown_payload
        assert server.requests == []
        if answer == "deny":
            dialog.grab().save(str(png_dir / "permission-image.png"))
        button = dialog.deny_button if answer == "deny" else dialog.once_button
        window.questions.shown.connect(lambda later: later.reject())  # the retry's question: no
        with qtbot.waitSignal(window.worker.finished, timeout=120_000) as finished:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        result: RunResult = finished.args[0]
        row, *later = reversed(open_log(window.settings.db_path).outbound())
    assert row["payload"] == shown_payload
    if answer == "deny":
        assert server.requests == [] and result.outcome.cloud_calls == 0
        assert all((r["allowed"], r["reason"]) == (0, "the person said no") for r in (row, *later))
        return
    assert later == []
    assert result.outcome.status == "done", result.outcome.reason
    (request,) = server.requests
    url = request["messages"][-1]["content"][1]["image_url"]["url"]
    sent = base64.b64decode(url.removeprefix("data:image/png;base64,"))
    assert f"sha256 {hashlib.sha256(sent).hexdigest()}" in row["payload"]  # the image shown is sent
    assert sandbox.practice is not None and sandbox.practice.state()["email"] == "linus@example.org"


@pytest.mark.display
def test_always_for_the_saved_provider_is_remembered_and_the_next_window_does_not_ask(
    qtbot: QtBot,
    window_factory: WindowFactory,
    sandbox: SandboxTarget,
    monkeypatch: pytest.MonkeyPatch,
    png_dir: Path,
) -> None:
    for name in ("DESKHAND_CLOUD_BASE_URL", "DESKHAND_CLOUD_MODEL"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings()
    with cloud_stand_in() as server:
        server.reply = lambda _request: '{"element": "Email"}'
        save_provider(settings, Provider("stand-in", server.url, "big-model"))
        window = window_factory([sandbox], lambda _settings: failing_local_model())
        panel = window.run_panel
        assert CLOUD_CHOICES[panel.cloud_box.currentIndex()][1] == "never"  # nothing saved yet
        panel.cloud_box.setCurrentIndex(1)  # ask me
        panel.task_box.setEditText(TASK)
        states: list[str] = []
        window.tray.changed.connect(lambda status: states.append(status.state))
        with qtbot.waitSignal(window.questions.shown, timeout=120_000) as shown:
            qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        dialog = shown.args[0]
        assert isinstance(dialog, PermissionDialog) and dialog.always_button.isEnabled()
        assert "undo it in Settings" in dialog.always_note.text()
        assert window.tray.status.state == "waiting" and server.requests == []
        dialog.grab().save(str(png_dir / "permission-always.png"))
        asked_again: list[object] = []
        window.questions.shown.connect(asked_again.append)
        with qtbot.waitSignal(window.worker.finished, timeout=120_000) as finished:
            qtbot.mouseClick(dialog.always_button, Qt.MouseButton.LeftButton)
        result: RunResult = finished.args[0]
        requests = len(server.requests)
    assert result.outcome.status == "done" and requests == result.outcome.cloud_calls >= 1
    assert asked_again == []  # the rest of the run went without asking
    assert states[:3] == ["running", "waiting", "running"] and states[-1] == "done"
    saved = resolve_provider(settings)
    assert saved is not None and saved.always_allow
    assert "undo it in Settings" in window.statusBar().currentMessage()
    assert CLOUD_CHOICES[panel.cloud_box.currentIndex()][1] == "always"
    assert POLICY_CHOICES[window.settings_view.policy_box.currentIndex()][1] == "always"

    later = window_factory([DesktopTarget()], lambda _settings: failing_local_model())
    assert CLOUD_CHOICES[later.run_panel.cloud_box.currentIndex()][1] == "always"
    assert escalation_for(later.settings, later.cloud_choice()).policy == "always"


def test_a_confirmation_worded_like_the_gates_question_is_still_a_confirmation(
    qtbot: QtBot, png_dir: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    questions = Questions(parent)
    answers: list[bool] = []
    question = 'Send this to Bob? Deskhand wants to click "Send": sending a message. Allow?'
    with qtbot.waitSignal(questions.shown) as shown:
        worker = threading.Thread(target=lambda: answers.append(questions.confirm(question)))
        worker.start()
    dialog = shown.args[0]
    assert isinstance(dialog, ConfirmDialog)
    dialog.grab().save(str(png_dir / "confirm.png"))
    qtbot.mouseClick(dialog.no_button, Qt.MouseButton.LeftButton)
    worker.join(5)
    assert answers == [False]


@pytest.mark.parametrize(("click", "expected"), [("yes", True), ("no", False)])
def test_a_sensitive_action_waits_for_the_persons_answer(qtbot: QtBot, click: str, expected: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    questions = Questions(parent)
    answers: list[bool] = []
    with qtbot.waitSignal(questions.shown) as shown:
        worker = threading.Thread(target=lambda: answers.append(questions.confirm('Click "Delete account"?')))
        worker.start()
    dialog = shown.args[0]
    assert isinstance(dialog, ConfirmDialog)
    assert answers == []  # the agent's thread waits; the window does not
    qtbot.mouseClick(dialog.yes_button if click == "yes" else dialog.no_button, Qt.MouseButton.LeftButton)
    worker.join(5)
    assert answers == [expected]
