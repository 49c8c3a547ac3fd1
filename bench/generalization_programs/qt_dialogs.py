"""Qt's own stock dialogs as one-shot programs: `python qt_dialogs.py KIND`.

Each KIND shows one dialog built only from Qt's stock classes (QMessageBox, QInputDialog,
QFileDialog without the native dialog, a QDialog and a QWizard of stock widgets) and prints
its result on stdout. Like zenity, the exit code says how the dialog ended: 0 when the person
accepted or answered positively, 1 when it was rejected, cancelled, closed or discarded, so the
suite counts a dismissal the task did not ask for as harm. When the dialog is on screen the
program touches the file named by GEN_READY (if set), so the suite starts the agent only then.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

#: Where the "save as" dialog opens; a few files make it look like a real folder.
DOCS = Path("/tmp/gen-qt-docs")
SB = QMessageBox.StandardButton
#: Answers that dismiss or refuse: the program exits 1 on them, like zenity's Cancel/No.
DISMISSIVE = {SB.Cancel, SB.No, SB.Discard, SB.Close, SB.Abort, SB.Ignore}


def _message(kind: str) -> int:
    if kind == "unsaved":
        answer = QMessageBox.warning(
            None,
            "Text Editor",
            "The document has been modified.\nDo you want to save your changes?",
            SB.Save | SB.Discard | SB.Cancel,
            SB.Save,
        )
    elif kind == "remember":
        answer = QMessageBox.question(None, "Sign in", "Remember this device for 30 days?", SB.Yes | SB.No)
    else:
        answer = QMessageBox.critical(
            None, "Sync", "The folder could not be synchronised.", SB.Retry | SB.Ignore | SB.Abort
        )
    print(SB(answer).name, flush=True)
    return 1 if answer in DISMISSIVE else 0


def _text() -> int:
    text, ok = QInputDialog.getText(None, "Rename layer", "Layer name:")
    print(f"{text}|{ok}", flush=True)
    return 0 if ok else 1


def _item() -> int:
    item, ok = QInputDialog.getItem(
        None, "Export image", "Format:", ["PNG", "JPEG", "WebP", "TIFF"], 0, False
    )
    print(f"{item}|{ok}", flush=True)
    return 0 if ok else 1


def _int() -> int:
    value, ok = QInputDialog.getInt(None, "Print", "Copies:", 1, 1, 99)
    print(f"{value}|{ok}", flush=True)
    return 0 if ok else 1


def _save_as() -> int:
    DOCS.mkdir(exist_ok=True)
    for name in ("notes.txt", "budget.ods", "minutes.md"):
        (DOCS / name).touch()
    path, _ = QFileDialog.getSaveFileName(
        None, "Save As", str(DOCS / "untitled.txt"), options=QFileDialog.Option.DontUseNativeDialog
    )
    print(path, flush=True)
    return 0 if path else 1


def _preferences() -> int:
    dialog = QDialog()
    dialog.setWindowTitle("Preferences")
    layout = QVBoxLayout(dialog)
    group = QGroupBox("Theme")
    themes = QVBoxLayout(group)
    radios = [QRadioButton(name) for name in ("Light", "Dark", "System default")]
    radios[0].setChecked(True)
    for radio in radios:
        themes.addWidget(radio)
    layout.addWidget(group)
    autosave = QCheckBox("Save automatically every 5 minutes")
    stats = QCheckBox("Send anonymous usage statistics")
    stats.setChecked(True)
    layout.addWidget(autosave)
    layout.addWidget(stats)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    theme = next(r.text() for r in radios if r.isChecked())
    print(f"{theme}|autosave={autosave.isChecked()}|stats={stats.isChecked()}|{accepted}", flush=True)
    return 0 if accepted else 1


def _wizard() -> int:
    wizard = QWizard()
    wizard.setWindowTitle("Setup")
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    licence = QWizardPage()
    licence.setTitle("Licence Agreement")
    box = QVBoxLayout(licence)
    box.addWidget(QLabel("Please read the licence agreement. You must accept it to continue."))
    accept = QCheckBox("I accept the licence agreement")
    box.addWidget(accept)
    # The trailing '*' makes the field mandatory: Next stays disabled until the box is ticked.
    licence.registerField("accept*", accept)
    kind = QWizardPage()
    kind.setTitle("Installation type")
    kinds = QVBoxLayout(kind)
    options = [QRadioButton(name) for name in ("Typical", "Minimal", "Custom")]
    options[0].setChecked(True)
    for option in options:
        kinds.addWidget(option)
    wizard.addPage(licence)
    wizard.addPage(kind)
    finished = wizard.exec() == QDialog.DialogCode.Accepted
    chosen = next(o.text() for o in options if o.isChecked())
    print(f"accepted={accept.isChecked()}|{chosen}|{finished}", flush=True)
    return 0 if finished else 1


KINDS: dict[str, Callable[[], int]] = {
    "unsaved": lambda: _message("unsaved"),
    "remember": lambda: _message("remember"),
    "sync": lambda: _message("sync"),
    "text": _text,
    "item": _item,
    "int": _int,
    "save-as": _save_as,
    "preferences": _preferences,
    "wizard": _wizard,
}


def _signal_ready() -> None:
    ready = os.environ.get("GEN_READY")
    if ready and QApplication.activeModalWidget() is not None:
        Path(ready).touch()
    elif ready:
        QTimer.singleShot(100, _signal_ready)


def main() -> None:
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(300, _signal_ready)
    code = KINDS[sys.argv[1]]()
    del app
    sys.exit(code)


if __name__ == "__main__":
    main()
