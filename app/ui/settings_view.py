"""Settings: cloud use and provider, the stop hotkey, limits and prices, the theme, the data folder.

Each setting is kept where its readers look: the provider, limits, prices and the data folder
in deskhand.toml (`app.services.cloud`, `app.services.settings`; the `deskhand` command reads the
same file), the provider's API key in the OS keyring (`app.services.cloud`; on a machine without
a keyring the view says so, and stores nothing), everything only the window uses in QSettings
(`app.ui.preferences`). Nothing is written until Save, and Save writes nothing when any field is
wrong: the message says which and what to do.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlparse

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.errors import DeskhandError
from app.services import settings as config_file
from app.services.cloud import (
    ENV_KEY,
    Policy,
    Provider,
    ProviderError,
    SecretsUnavailable,
    delete_key,
    forget_provider,
    get_key,
    keyring_problem,
    provider_in_environment,
    resolve_provider,
    save_provider,
    set_key,
)
from app.services.desktop import HotkeyError, check_hotkey
from app.ui.preferences import Preferences, Theme, load_preferences, save_preferences
from app.ui.targets import TargetKind
from app.ui.theme import BAD, GOOD, tinted

#: The limits and prices shown, as deskhand.toml keys: (label, accessible name, largest value).
LIMITS: dict[str, tuple[str, str, int | float]] = {
    "max_steps": ("Steps per run at most:", "Most steps a run takes", 500),
    "routing.escalate_after_failures": (
        "Consult the cloud after failures:",
        "Local failures on a goal before the cloud is consulted",
        20,
    ),
    "routing.max_escalations_per_run": (
        "Cloud consultations per run at most:",
        "Most cloud consultations in one run",
        100,
    ),
    "prices.input_per_million": ("Cloud price, input (USD / M tokens):", "Cloud input price", 1000.0),
    "prices.output_per_million": ("Cloud price, output (USD / M tokens):", "Cloud output price", 1000.0),
}

#: The default cloud use for new runs: (label, policy). "always" is the provider's always_allow.
POLICY_CHOICES: tuple[tuple[str, Policy], ...] = (
    ("Local models only: nothing leaves this machine", "never"),
    ("Ask me before anything is sent to the cloud", "ask"),
    ("Allow the cloud for each run, without asking", "run"),
    ("Always allow the provider below, without asking", "always"),
)
TARGET_CHOICES: tuple[tuple[str, TargetKind], ...] = (
    ("Sandbox: a private display with the practice form", "sandbox"),
    ("My desktop: the window hides while the agent acts", "desktop"),
)
THEME_CHOICES: tuple[tuple[str, Theme], ...] = (
    ("Follow the system", "system"),
    ("Light", "light"),
    ("Dark", "dark"),
)


class SettingsError(ValueError):
    """A field is wrong; the message names it and says what to write."""


@dataclass(frozen=True)
class ProviderFields:
    name: str
    base_url: str
    model: str

    @property
    def empty(self) -> bool:
        return not (self.name or self.base_url or self.model)

    def check(self) -> None:
        if not (self.name and self.base_url and self.model):
            raise SettingsError(
                "fill in the provider's name, base URL and model, or leave all three empty for none"
            )
        url = urlparse(self.base_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise SettingsError(
                f"the base URL {self.base_url!r} is not a web address; write it like "
                "https://api.openai.com/v1 or http://127.0.0.1:8080/v1"
            )


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _stacked(*parts: QWidget | QLayout) -> QWidget:
    """A field with its note under it, as one row of a form (a note in a row of its own gets
    the height of a much narrower label)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    return box


def _combo(name: str, choices: tuple[tuple[str, str], ...]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for label, _value in choices:
        box.addItem(label)
    return box


class SettingsView(QWidget):
    """The Settings tab (Ctrl+,). `saved` carries the new Preferences after a successful Save."""

    saved = Signal(object)  # Preferences

    def __init__(self, settings: Settings, store: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.store = store
        self.env_provider = provider_in_environment()
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        scroll.setWidget(page)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self._cloud_group())
        layout.addWidget(self._running_group())
        layout.addWidget(self._limits_group())
        layout.addWidget(self._look_group())
        layout.addStretch(1)

        row = QHBoxLayout()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Settings message")
        row.addWidget(self.message, 1)
        self.revert_button = QPushButton("Re&vert")
        self.revert_button.setAccessibleName("Revert to the saved settings")
        self.revert_button.clicked.connect(self.load)
        self.save_button = QPushButton("&Save")
        self.save_button.setAccessibleName("Save the settings")
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip("Save (Ctrl+S)")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        self.load()

    # -- building --------------------------------------------------------------------------

    def _cloud_group(self) -> QGroupBox:
        group = QGroupBox("Cloud")
        form = QFormLayout(group)
        self.policy_box = _combo("Cloud use for new runs", POLICY_CHOICES)
        self.policy_box.setAccessibleDescription(
            "Whether a new run may send text to the cloud provider when the local models are unsure"
        )
        self.images_box = QCheckBox("Requests may carry a screenshot")
        self.images_box.setAccessibleName("Screenshots may be sent")
        self.images_box.setAccessibleDescription(
            "Cloud requests carry a redacted screenshot only when this is on"
        )
        images_note = _note(
            "Without this, the cloud consultant is sent text only: the words read from the screen, "
            "scrubbed of personal data. With it, a screenshot goes too (at most 1024 pixels wide), with "
            "personal text and password fields blacked out; Ask me shows it before it is sent."
        )
        form.addRow("Cloud use for new runs:", _stacked(self.policy_box, self.images_box, images_note))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Provider name")
        self.name_edit.setPlaceholderText("e.g. openai (names the key in the keyring)")
        self.url_edit = QLineEdit()
        self.url_edit.setAccessibleName("Provider base URL")
        self.url_edit.setPlaceholderText("e.g. https://api.openai.com/v1")
        self.model_edit = QLineEdit()
        self.model_edit.setAccessibleName("Provider model")
        self.model_edit.setPlaceholderText("e.g. gpt-4o-mini")
        form.addRow("Provider name:", self.name_edit)
        form.addRow("Base URL:", self.url_edit)
        self.env_note = _note()
        form.addRow("Model:", _stacked(self.model_edit, self.env_note))
        key_row = QHBoxLayout()
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName("API key")
        self.key_edit.setAccessibleDescription("Stored in the OS keyring on Save; never shown again")
        self.forget_key_button = QPushButton("&Forget the key")
        self.forget_key_button.setAccessibleName("Forget the stored API key")
        self.forget_key_button.clicked.connect(self.forget_key)
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.forget_key_button)
        self.key_status = _note()
        self.key_status.setAccessibleName("API key status")
        form.addRow("API key:", _stacked(key_row, self.key_status))
        return group

    def _running_group(self) -> QGroupBox:
        group = QGroupBox("Running")
        form = QFormLayout(group)
        self.target_box = _combo("Where new runs act", TARGET_CHOICES)
        form.addRow("Act on:", self.target_box)
        self.hotkey_edit = QKeySequenceEdit()
        self.hotkey_edit.setMaximumSequenceLength(1)
        self.hotkey_edit.setClearButtonEnabled(True)
        self.hotkey_edit.setAccessibleName("Stop hotkey")
        self.hotkey_edit.setAccessibleDescription("Stops a run from anywhere on the desktop")
        for child in self.hotkey_edit.findChildren(QLineEdit):
            child.setAccessibleName("Stop hotkey")
        for button in self.hotkey_edit.findChildren(QToolButton):  # the line edit's clear button
            button.setAccessibleName("Turn the stop hotkey off")
        self.hotkey_status = _note(
            "Stops a run from anywhere, also while the window is hidden. Press the keys here; "
            "clear it to turn the hotkey off."
        )
        form.addRow("Stop hotkey:", _stacked(self.hotkey_edit, self.hotkey_status))
        return group

    def _limits_group(self) -> QGroupBox:
        group = QGroupBox("Limits and prices")
        form = QFormLayout(group)
        self.limit_boxes: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for key, (label, name, top) in LIMITS.items():
            box: QSpinBox | QDoubleSpinBox
            if isinstance(top, float):
                box = QDoubleSpinBox()
                box.setDecimals(3)
            else:
                box = QSpinBox()
            box.setRange(1 if key == "max_steps" else 0, top)  # type: ignore[arg-type]  # int or float box
            box.setAccessibleName(name)
            for child in box.findChildren(QLineEdit):  # the spin box's own text field
                child.setAccessibleName(name)
            self.limit_boxes[key] = box
            form.addRow(label, box)
        form.addRow(
            "",
            _note(
                "Prices are what the cloud model would cost, for the cost-saved estimate. These "
                "apply when Deskhand starts again, and the deskhand command reads them too."
            ),
        )
        return group

    def _look_group(self) -> QGroupBox:
        group = QGroupBox("Appearance and data")
        form = QFormLayout(group)
        self.theme_box = _combo("Theme", THEME_CHOICES)
        form.addRow("Theme:", self.theme_box)
        data_row = QHBoxLayout()
        self.data_edit = QLineEdit()
        self.data_edit.setAccessibleName("Data folder")
        self.data_edit.setPlaceholderText(str(self.settings.data_dir))
        self.data_button = QPushButton("C&hoose…")
        self.data_button.setAccessibleName("Choose the data folder")
        self.data_button.clicked.connect(self.choose_data_dir)
        data_row.addWidget(self.data_edit, 1)
        data_row.addWidget(self.data_button)
        home = os.environ.get("DESKHAND_HOME")
        self.data_note = _note(
            f"In use now: {self.settings.data_dir} (run log, models). A new folder applies when "
            "Deskhand starts again; nothing is moved. Saved in "
            f"{self.settings.config_path}, which the deskhand command reads too."
            + (f" DESKHAND_HOME is set ({home}) and wins over this setting." if home else "")
        )
        form.addRow("Data folder:", _stacked(data_row, self.data_note))
        return group

    # -- reading and writing ----------------------------------------------------------------

    def load(self) -> None:
        """Show what is saved now (also Revert)."""
        prefs = load_preferences(self.store)
        self.message.setText("")
        try:
            provider = resolve_provider(self.settings)
        except ProviderError as exc:
            provider = None
            self.message.setText(f"<b>Settings file:</b> {exc}")
        policy = "always" if provider is not None and provider.always_allow else prefs.cloud
        self.policy_box.setCurrentIndex([p for _l, p in POLICY_CHOICES].index(policy))
        self.images_box.setChecked(prefs.images)
        self.name_edit.setText(provider.name if provider else "")
        self.url_edit.setText(provider.base_url if provider else "")
        self.model_edit.setText(provider.model if provider else "")
        for edit in (self.name_edit, self.url_edit, self.model_edit):
            edit.setEnabled(not self.env_provider)
        self.env_note.setText(
            "DESKHAND_CLOUD_BASE_URL and DESKHAND_CLOUD_MODEL are set: this session uses that "
            "provider, and these fields cannot change it."
            if self.env_provider
            else ""
        )
        self.env_note.setVisible(self.env_provider)
        self.key_edit.clear()
        self._show_key_status()
        self.target_box.setCurrentIndex([k for _l, k in TARGET_CHOICES].index(prefs.target))
        self.hotkey_edit.setKeySequence(QKeySequence(prefs.stop_hotkey))
        self.theme_box.setCurrentIndex([t for _l, t in THEME_CHOICES].index(prefs.theme))
        try:
            in_force = {row.key: row.value for row in config_file.show(self.settings)}
        except DeskhandError as exc:
            in_force = {}
            self.message.setText(f"<b>Settings file:</b> {exc}")
        for key, box in self.limit_boxes.items():
            box.setValue(in_force.get(key, config_file.default(key)))  # type: ignore[arg-type]
        try:
            data_dir = config_file.configured(self.settings, "data_dir")
        except DeskhandError as exc:
            data_dir = None
            self.message.setText(f"<b>Settings file:</b> {exc}")
        # An older version kept the folder in QSettings; Save moves it into the file.
        self.data_edit.setText(str(data_dir) if data_dir else prefs.data_dir)

    def preferences(self) -> Preferences:
        """The preferences as the fields say now (not yet saved)."""
        return Preferences(
            cloud=POLICY_CHOICES[self.policy_box.currentIndex()][1],
            images=self.images_box.isChecked(),
            target=TARGET_CHOICES[self.target_box.currentIndex()][1],
            stop_hotkey=self.hotkey_edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText),
            theme=THEME_CHOICES[self.theme_box.currentIndex()][1],
            data_dir=self.data_edit.text().strip(),
        )

    def _write(self, prefs: Preferences, fields: ProviderFields) -> None:
        """deskhand.toml (the provider, the data folder), then QSettings, which keeps no folder."""
        if not self.env_provider:
            if fields.empty:
                forget_provider(self.settings)
            else:
                provider = Provider(
                    fields.name, fields.base_url, fields.model, always_allow=prefs.cloud == "always"
                )
                save_provider(self.settings, provider)
        limits = {key: box.value() for key, box in self.limit_boxes.items()}
        # A value left at its default is not written, so a later default applies to it.
        changes: dict[str, object | None] = {
            key: None if value == config_file.default(key) else value for key, value in limits.items()
        }
        config_file.save(self.settings, {**changes, "data_dir": prefs.data_dir or None})
        save_preferences(self.store, replace(prefs, data_dir=""))

    def provider_fields(self) -> ProviderFields:
        return ProviderFields(
            self.name_edit.text().strip(), self.url_edit.text().strip(), self.model_edit.text().strip()
        )

    def save(self) -> bool:
        """Check every field, then write; True when saved. The message says what happened."""
        prefs = self.preferences()
        fields = self.provider_fields()
        try:
            self._check(prefs, fields)
        except SettingsError as exc:
            self._say(f"<b>Not saved:</b> {exc}.", error=True)
            return False
        try:
            self._write(prefs, fields)
        except DeskhandError as exc:  # deskhand.toml unwritable, or broken by hand meanwhile
            self._say(f"<b>Not saved:</b> {exc}", error=True)
            return False
        said, key_failed = "Saved.", False
        key = self.key_edit.text().strip()
        if key and fields.name:
            try:
                set_key(fields.name, key)
                said += f" The key for {fields.name} is in the OS keyring."
            except SecretsUnavailable as exc:
                said, key_failed = f"{said} The key was not stored: {exc}.", True
            self.key_edit.clear()
        if prefs.data_dir and Path(prefs.data_dir).expanduser() != self.settings.data_dir:
            said += " The new data folder applies when Deskhand starts again."
        self._show_key_status()
        self._say(said, error=key_failed)
        self.saved.emit(prefs)
        return True

    def _check(self, prefs: Preferences, fields: ProviderFields) -> None:
        if not self.env_provider and not fields.empty:
            fields.check()
        has_provider = self.env_provider or not fields.empty
        if prefs.cloud != "never" and not has_provider:
            raise SettingsError(
                "cloud use needs a provider: fill in its name, base URL and model, or choose "
                "'Local models only'"
            )
        if prefs.stop_hotkey:
            try:
                check_hotkey(prefs.stop_hotkey)
            except HotkeyError as exc:
                raise SettingsError(str(exc)) from exc
        if prefs.data_dir:
            folder = Path(prefs.data_dir).expanduser()
            if folder.exists() and not folder.is_dir():
                raise SettingsError(f"the data folder {folder} is a file; choose a folder")

    def forget_key(self) -> None:
        name = self.provider_fields().name
        if not name:
            return
        try:
            forgotten = delete_key(name)
        except SecretsUnavailable as exc:
            self._say(f"The key could not be forgotten: {exc}.", error=True)
            return
        self._say(f"Forgot the key for {name}." if forgotten else f"No key was stored for {name}.")
        self._show_key_status()

    def choose_data_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Deskhand's data folder", str(self.settings.data_dir))
        if chosen:
            self.data_edit.setText(chosen)

    def show_hotkey_state(self, text: str) -> None:
        """What the window's hotkey listener says (listening, or why not)."""
        self.hotkey_status.setText(text)

    def set_running(self, running: bool) -> None:
        """Settings apply between runs, so Save waits for the run to end."""
        self.save_button.setEnabled(not running)
        self.save_button.setToolTip("Settings apply between runs" if running else "Save (Ctrl+S)")

    def _show_key_status(self) -> None:
        problem = keyring_problem()
        name = self.provider_fields().name
        self.key_edit.setEnabled(problem is None)
        self.forget_key_button.setEnabled(problem is None and bool(name))
        if problem is not None:
            self.key_edit.setPlaceholderText("no OS keyring on this machine")
            text = f"<b>No key can be stored here:</b> {problem}."
        elif os.environ.get(ENV_KEY):
            self.key_edit.setPlaceholderText("type a key to store it in the OS keyring")
            text = f"{ENV_KEY} is set: this session uses that key."
        else:
            stored = bool(name) and get_key(name, env_override=False) is not None
            self.key_edit.setPlaceholderText(
                "leave empty to keep the stored key" if stored else "type a key to store it in the OS keyring"
            )
            text = (
                f"A key for {name} is stored in the OS keyring."
                if stored
                else "No key stored (a server on this machine or your network may need none)."
            )
        self.key_status.setText(text)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(tinted(text, BAD if error else GOOD))
