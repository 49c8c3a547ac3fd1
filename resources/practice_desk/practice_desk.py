"""The practice desk: a second, busier PySide6 program with menus, dialogs, a list and tabs.

Where the practice form is one flat page, this is an address book with notes and settings, the
shape of an ordinary desktop tool: a menu bar (File, Edit, Help), three tabs, a contact list,
modal dialogs (a new contact, an export, an about box) and a settings page that only takes
effect when applied. It is its own program (it never imports `app`), started on a virtual
display by `app.desktop.practice`; every change is mirrored into a JSON state file, which is
what benchmarks and tests check an agent's work against. It shares the practice form's look
(Fusion style, light high-contrast palette, a large font), which OCR reads well.

Usage: python practice_desk.py --state /path/state.json [--tab Contacts|Notes|Settings]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

# The look and the atomic state file are the practice form's, so the two programs read alike.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "practice_app"))
from practice_app import light_palette, write_json_atomically

TITLE = "Deskhand Practice Desk"
TABS = ("Contacts", "Notes", "Settings")
CONTACTS = (
    {"name": "Alice Martin", "phone": "555-0101", "group": "Work", "favourite": False},
    {"name": "Bob Chen", "phone": "555-0102", "group": "Friends", "favourite": False},
    {"name": "Carla Diaz", "phone": "555-0103", "group": "Family", "favourite": False},
)
GROUPS = ("Friends", "Family", "Work")
LANGUAGES = ("English", "French", "German", "Spanish")
FORMATS = ("CSV", "JSON", "vCard")
SETTINGS_DEFAULTS = {"dark_mode": False, "auto_save": False, "show_tips": True, "language": "English"}
SCREEN_SIZE = (1024, 768)
#: Dialogs place themselves (no window manager runs under Xvfb): centred, inside the screen.
DIALOG_GEOMETRY = (212, 160, 600, 420)


def button(caption: str, slot: Any) -> QPushButton:
    widget = QPushButton(caption)
    widget.setMinimumSize(150, 40)
    widget.clicked.connect(slot)
    return widget


class ContactDialog(QDialog):
    """ "New contact": a small modal form whose Save adds a row to the list."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("New contact")
        self.full_name = QLineEdit()
        self.phone = QLineEdit()
        self.group = QComboBox()
        self.group.addItems(GROUPS)
        self.favourite = QCheckBox("Favourite")
        for widget in (self.full_name, self.phone, self.group):
            widget.setFixedWidth(300)
        form = QFormLayout()
        form.setVerticalSpacing(20)
        form.setHorizontalSpacing(24)
        form.addRow("Full name:", self.full_name)
        form.addRow("Phone:", self.phone)
        form.addRow("Group:", self.group)
        buttons = QHBoxLayout()
        buttons.setSpacing(40)
        buttons.addWidget(button("Save contact", self.accept))
        buttons.addWidget(button("Cancel", self.reject))
        buttons.addStretch(1)
        root = QVBoxLayout(self)
        root.setContentsMargins(36, 28, 36, 28)
        root.setSpacing(20)
        heading = QLabel("New contact")
        heading.setStyleSheet("QLabel { font-size: 16pt; font-weight: bold; }")
        root.addWidget(heading)
        root.addLayout(form)
        root.addWidget(self.favourite)
        root.addLayout(buttons)
        root.addStretch(1)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.full_name.text(),
            "phone": self.phone.text(),
            "group": self.group.currentText(),
            "favourite": self.favourite.isChecked(),
        }


class ExportDialog(QDialog):
    """ "Export contacts": a format to choose, then Export or Cancel."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export contacts")
        self.format = QComboBox()
        self.format.addItems(FORMATS)
        self.format.setFixedWidth(260)
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        form.addRow("Format:", self.format)
        buttons = QHBoxLayout()
        buttons.setSpacing(40)
        buttons.addWidget(button("Export", self.accept))
        buttons.addWidget(button("Cancel", self.reject))
        buttons.addStretch(1)
        root = QVBoxLayout(self)
        root.setContentsMargins(36, 28, 36, 28)
        root.setSpacing(24)
        heading = QLabel("Export contacts")
        heading.setStyleSheet("QLabel { font-size: 16pt; font-weight: bold; }")
        root.addWidget(heading)
        root.addLayout(form)
        root.addLayout(buttons)
        root.addStretch(1)


class PracticeDesk(QMainWindow):
    """The main window, plus the bookkeeping that mirrors every change into the state file."""

    def __init__(self, state_path: Path, tab: str) -> None:
        super().__init__()
        self.state_path = state_path
        self.contacts = [dict(c) for c in CONTACTS]
        self.notes: list[str] = []
        self.applied = dict(SETTINGS_DEFAULTS)
        self.exports: list[str] = []
        self.menu_log: list[str] = []
        self.dialog = ""
        self.dialogs_cancelled = 0
        self.about_shown = 0
        self.status = "Ready"
        #: Off until the window is shown and painted: the first state file means "ready".
        self.recording = False
        self.setWindowTitle(TITLE)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._contacts_page(), "Contacts")
        self.tabs.addTab(self._notes_page(), "Notes")
        self.tabs.addTab(self._settings_page(), "Settings")
        self.tabs.setCurrentIndex(TABS.index(tab))
        self.tabs.currentChanged.connect(self.save)
        self.status_label = QLabel()
        central = QWidget()
        root = QVBoxLayout(central)
        root.setContentsMargins(24, 16, 24, 16)
        root.addWidget(self.tabs)
        root.addWidget(self.status_label)
        self.setCentralWidget(central)
        self._menus()
        self._refresh()

    # -- building ---------------------------------------------------------------------------

    def _menus(self) -> None:
        bar = self.menuBar()
        entries = {
            "File": (("New note", self.on_new_note), ("Export...", self.on_export)),
            "Edit": (("Select all contacts", self.on_select_all), ("Preferences...", self.on_preferences)),
            "Help": (("About", self.on_about),),
        }
        for title, actions in entries.items():
            menu = bar.addMenu(title)
            for caption, slot in actions:
                action = QAction(caption, self)
                action.triggered.connect(lambda _=False, c=caption, s=slot: self._menu(c, s))
                menu.addAction(action)

    def _contacts_page(self) -> QWidget:
        page = QWidget()
        self.list = QListWidget()
        self.list.setFixedSize(420, 300)
        self.list.currentRowChanged.connect(self.save)
        side = QVBoxLayout()
        side.setSpacing(24)
        side.addWidget(button("Add contact", self.on_add_contact))
        side.addWidget(button("Mark favourite", self.on_favourite))
        side.addWidget(button("Remove", self.on_remove))
        side.addStretch(1)
        row = QHBoxLayout(page)
        row.setContentsMargins(24, 24, 24, 24)
        row.setSpacing(48)
        row.addWidget(self.list, alignment=Qt.AlignmentFlag.AlignTop)
        row.addLayout(side)
        row.addStretch(1)
        return page

    def _notes_page(self) -> QWidget:
        page = QWidget()
        self.note_title = QLineEdit()
        self.note_title.setFixedWidth(420)
        self.note_title.textChanged.connect(self.save)
        self.notes_list = QListWidget()
        self.notes_list.setFixedSize(420, 200)
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        form.addRow("Title:", self.note_title)
        root = QVBoxLayout(page)
        root.setContentsMargins(24, 24, 24, 24)
        root.setSpacing(24)
        root.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(button("Save note", self.on_save_note))
        buttons.addStretch(1)
        root.addLayout(buttons)
        root.addWidget(self.notes_list)
        root.addStretch(1)
        return page

    def _settings_page(self) -> QWidget:
        page = QWidget()
        self.dark_mode = QCheckBox("Dark mode")
        self.auto_save = QCheckBox("Auto save")
        self.show_tips = QCheckBox("Show tips")
        self.show_tips.setChecked(True)
        self.language = QComboBox()
        self.language.addItems(LANGUAGES)
        self.language.setFixedWidth(300)
        for box in (self.dark_mode, self.auto_save, self.show_tips):
            box.toggled.connect(self.save)
        self.language.currentIndexChanged.connect(self.save)
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        form.addRow("Language:", self.language)
        root = QVBoxLayout(page)
        root.setContentsMargins(24, 24, 24, 24)
        root.setSpacing(22)
        root.addWidget(self.dark_mode)
        root.addWidget(self.auto_save)
        root.addWidget(self.show_tips)
        root.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(button("Apply settings", self.on_apply))
        buttons.addStretch(1)
        root.addLayout(buttons)
        root.addStretch(1)
        return page

    # -- behaviour --------------------------------------------------------------------------

    def _menu(self, caption: str, slot: Any) -> None:
        self.menu_log.append(caption)
        slot()

    def _modal(self, name: str, dialog: QDialog) -> bool:
        dialog.setGeometry(*DIALOG_GEOMETRY)
        self.dialog = name
        self.save()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = ""
        if not accepted:
            self.dialogs_cancelled += 1
        return accepted

    def on_add_contact(self) -> None:
        dialog = ContactDialog(self)
        if self._modal("new contact", dialog) and dialog.values()["name"].strip():
            self.contacts.append(dialog.values())
            self.status = f"Added {dialog.values()['name']}"
        self._refresh()

    def on_export(self) -> None:
        dialog = ExportDialog(self)
        if self._modal("export", dialog):
            self.exports.append(dialog.format.currentText())
            self.status = f"Exported {len(self.contacts)} contacts as {dialog.format.currentText()}"
        self._refresh()

    def on_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "About", "Practice Desk 1.0", parent=self)
        box.setGeometry(*DIALOG_GEOMETRY)
        self.about_shown += 1
        self.dialog = "about"
        self.save()
        box.exec()
        self.dialog = ""
        self._refresh()

    def on_new_note(self) -> None:
        self.tabs.setCurrentIndex(TABS.index("Notes"))
        self.note_title.clear()
        self.note_title.setFocus()
        self._refresh()

    def on_select_all(self) -> None:
        self.status = f"{len(self.contacts)} contacts selected"
        self._refresh()

    def on_preferences(self) -> None:
        self.tabs.setCurrentIndex(TABS.index("Settings"))
        self._refresh()

    def on_favourite(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.contacts):
            self.contacts[row]["favourite"] = True
            self.status = f"{self.contacts[row]['name']} is a favourite"
        else:
            self.status = "Select a contact first"
        self._refresh()

    def on_remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.contacts):
            removed = self.contacts.pop(row)
            self.status = f"Removed {removed['name']}"
        self._refresh()

    def on_save_note(self) -> None:
        title = self.note_title.text().strip()
        if title:
            self.notes.append(title)
            self.notes_list.addItem(title)
            self.note_title.clear()
            self.status = f"Saved note {title}"
        self._refresh()

    def on_apply(self) -> None:
        self.applied = self.settings()
        self.status = "Settings applied"
        self._refresh()

    def settings(self) -> dict[str, Any]:
        return {
            "dark_mode": self.dark_mode.isChecked(),
            "auto_save": self.auto_save.isChecked(),
            "show_tips": self.show_tips.isChecked(),
            "language": self.language.currentText(),
        }

    def _refresh(self) -> None:
        """Redraw the list and the status line from the data, then record the state."""
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for contact in self.contacts:
            star = " *" if contact["favourite"] else ""
            self.list.addItem(f"{contact['name']}{star}")
        self.list.setCurrentRow(row if row < len(self.contacts) else -1)
        self.list.blockSignals(False)
        self.status_label.setText(f"Status: {self.status}")
        self.save()

    def start_recording(self) -> None:
        self.recording = True
        self.save()

    def save(self) -> None:
        if not self.recording:
            return
        row = self.list.currentRow()
        write_json_atomically(
            self.state_path,
            {
                "tab": self.tabs.tabText(self.tabs.currentIndex()),
                "contacts": self.contacts,
                "selected": self.contacts[row]["name"] if 0 <= row < len(self.contacts) else None,
                "note_title": self.note_title.text(),
                "notes": self.notes,
                "settings": self.settings(),
                "applied_settings": self.applied,
                "exports": self.exports,
                "menu_log": self.menu_log,
                "dialog": self.dialog,
                "dialogs_cancelled": self.dialogs_cancelled,
                "about_shown": self.about_shown,
                "status": self.status,
            },
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--state", type=Path, required=True, help="JSON file mirroring the program")
    parser.add_argument("--tab", choices=TABS, default="Contacts", help="the tab shown first")
    args = parser.parse_args(argv)

    app = QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    app.setStyleSheet(
        "QCheckBox { spacing: 10px; } QCheckBox::indicator { width: 20px; height: 20px; }"
        " QTabBar::tab { padding: 8px 28px; } QMenuBar::item { padding: 6px 14px; }"
        " QMenu::item { padding: 8px 36px 8px 24px; } QListWidget::item { padding: 6px 8px; }"
    )
    app.setPalette(light_palette())
    app.setFont(QFont("DejaVu Sans", 13))

    window = PracticeDesk(args.state.resolve(), args.tab)
    # No window manager runs under Xvfb, so the window places and sizes itself.
    window.setGeometry(0, 0, *SCREEN_SIZE)
    window.show()
    window.raise_()
    window.activateWindow()
    # The first state file means "shown and painted": callers wait for it before looking.
    QTimer.singleShot(300, window.start_recording)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
