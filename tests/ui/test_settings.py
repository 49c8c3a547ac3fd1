"""Settings are saved where their readers look and a new window starts from them; the theme
switches the palette; every control can be named by a screen reader; the shortcuts work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.config import Settings, load_settings
from app.services.cloud import escalation_for, resolve_provider
from app.services.settings import configured, set_value
from app.ui.dialogs import ConfirmDialog, PermissionDialog
from app.ui.launch import window_settings
from app.ui.preferences import Preferences, load_preferences, preferences_store
from app.ui.settings_view import POLICY_CHOICES, TARGET_CHOICES, THEME_CHOICES, SettingsView
from app.ui.targets import DesktopTarget, SandboxTarget
from app.ui.window import CLOUD_CHOICES, MainWindow
from tests.fakes import MemoryKeyring

CLOUD_ENV = ("DESKHAND_CLOUD_BASE_URL", "DESKHAND_CLOUD_MODEL", "DESKHAND_CLOUD_API_KEY")


@pytest.fixture(autouse=True)
def no_provider_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in CLOUD_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[None]:
    """The theme changes the whole application; put its style and palette back afterwards."""
    style, palette = qapp.style().name(), qapp.palette()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


def make_window(qtbot: QtBot, ini: Path, tmp_path: Path) -> MainWindow:
    window = MainWindow(
        Settings(),
        targets=[SandboxTarget(tmp_path / "practice-state.json"), DesktopTarget()],
        preferences=preferences_store(ini),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose(box: QComboBox, choices: tuple[tuple[str, str], ...], value: str) -> None:
    box.setCurrentIndex([v for _label, v in choices].index(value))


def test_saved_settings_are_what_a_new_window_starts_with(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring, app_look: None, png_dir: Path
) -> None:
    ini = tmp_path / "deskhand.ini"
    window = make_window(qtbot, ini, tmp_path)
    view = window.settings_view
    assert window.run_panel.cloud_box.currentIndex() == 0  # nothing saved: local models only
    choose(view.policy_box, POLICY_CHOICES, "ask")
    view.images_box.setChecked(True)
    view.name_edit.setText("acme")
    view.url_edit.setText("https://llm.acme.test/v1")
    view.model_edit.setText("big-1")
    view.key_edit.setText("sk-secret")
    choose(view.target_box, TARGET_CHOICES, "desktop")
    view.hotkey_edit.setKeySequence(QKeySequence("Ctrl+Alt+S"))
    choose(view.theme_box, THEME_CHOICES, "dark")
    view.data_edit.setText(str(tmp_path / "elsewhere"))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "Saved." in view.message.text() and "applies when Deskhand starts again" in view.message.text()
    qtbot.waitUntil(lambda: view.palette().color(QPalette.ColorRole.Window).lightness() < 80)
    window.show_settings()
    window.grab().save(str(png_dir / "settings-dark.png"))

    assert load_preferences(QSettings(str(ini), QSettings.Format.IniFormat)) == Preferences(
        cloud="ask",
        images=True,
        target="desktop",
        stop_hotkey="Ctrl+Alt+S",
        theme="dark",
    )  # the data folder went into deskhand.toml, where the deskhand command reads it too
    assert configured(window.settings, "data_dir") == str(tmp_path / "elsewhere")
    provider = resolve_provider(window.settings)
    assert provider is not None
    assert (provider.name, provider.base_url, provider.model, provider.api_key, provider.always_allow) == (
        "acme",
        "https://llm.acme.test/v1",
        "big-1",
        "sk-secret",
        False,
    )
    assert "sk-secret" not in window.settings.config_path.read_text()
    assert memory_keyring.store == {("deskhand", "acme"): "sk-secret"}
    assert "A key for acme is stored" in view.key_status.text() and view.key_edit.text() == ""
    window.close()

    again = make_window(qtbot, ini, tmp_path)
    panel, view = again.run_panel, again.settings_view
    assert CLOUD_CHOICES[panel.cloud_box.currentIndex()][1] == "ask"
    assert again.targets[panel.target_box.currentIndex()].kind == "desktop"
    escalation = escalation_for(again.settings, again.cloud_choice())
    assert (escalation.policy, escalation.images, escalation.provider) == ("ask", True, provider)
    assert (view.name_edit.text(), view.url_edit.text(), view.model_edit.text()) == (
        "acme",
        "https://llm.acme.test/v1",
        "big-1",
    )
    assert view.hotkey_edit.keySequence().toString() == "Ctrl+Alt+S"
    assert THEME_CHOICES[view.theme_box.currentIndex()][1] == "dark"
    assert view.data_edit.text() == str(tmp_path / "elsewhere")


def test_always_is_the_providers_always_allow_and_another_choice_undoes_it(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring, app_look: None
) -> None:
    window = make_window(qtbot, tmp_path / "deskhand.ini", tmp_path)
    view = window.settings_view
    view.name_edit.setText("acme")
    view.url_edit.setText("http://127.0.0.1:9/v1")
    view.model_edit.setText("big-1")
    choose(view.policy_box, POLICY_CHOICES, "always")
    assert view.save()
    provider = resolve_provider(window.settings)
    assert provider is not None and provider.always_allow
    assert CLOUD_CHOICES[window.run_panel.cloud_box.currentIndex()][1] == "always"
    assert escalation_for(window.settings, window.cloud_choice()).policy == "always"

    choose(view.policy_box, POLICY_CHOICES, "ask")
    assert view.save()
    provider = resolve_provider(window.settings)
    assert provider is not None and not provider.always_allow
    assert escalation_for(window.settings, window.cloud_choice()).policy == "ask"


@pytest.mark.parametrize(
    ("fill", "message"),
    [
        ({"name": "acme", "model": "big-1"}, "fill in the provider's name, base URL and model"),
        ({"name": "acme", "url": "llm.acme.test", "model": "big-1"}, "is not a web address"),
        ({"policy": "ask"}, "cloud use needs a provider"),
        ({"hotkey": "End"}, "needs Ctrl, Alt or Meta"),
        ({"data": "FILE"}, "is a file; choose a folder"),
    ],
)
def test_a_wrong_field_saves_nothing_and_says_what_to_fix(
    qtbot: QtBot, tmp_path: Path, app_look: None, fill: dict[str, str], message: str
) -> None:
    ini = tmp_path / "deskhand.ini"
    settings = Settings()
    view = SettingsView(settings, preferences_store(ini))
    qtbot.addWidget(view)
    view.name_edit.setText(fill.get("name", ""))
    view.url_edit.setText(fill.get("url", ""))
    view.model_edit.setText(fill.get("model", ""))
    choose(view.policy_box, POLICY_CHOICES, fill.get("policy", "never"))
    view.hotkey_edit.setKeySequence(QKeySequence(fill.get("hotkey", "Ctrl+Alt+End")))
    if "data" in fill:
        (tmp_path / "a-file").write_text("x")
        view.data_edit.setText(str(tmp_path / "a-file"))
    saved: list[object] = []
    view.saved.connect(saved.append)
    assert not view.save()
    assert "Not saved" in view.message.text() and message in view.message.text()
    assert saved == [] and not ini.exists() and not settings.config_path.exists()


def test_without_a_keyring_the_view_says_so_and_offers_no_key_field(
    qtbot: QtBot, tmp_path: Path, png_dir: Path
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        view = SettingsView(Settings(), preferences_store(tmp_path / "deskhand.ini"))
        qtbot.addWidget(view)
        assert not view.key_edit.isEnabled() and not view.forget_key_button.isEnabled()
        assert "No key can be stored here" in view.key_status.text()
        assert "DESKHAND_CLOUD_API_KEY" in view.key_status.text()
        view.resize(820, 860)
        view.grab().save(str(png_dir / "settings-no-keyring.png"))
    finally:
        keyring.set_keyring(previous)


def window_lightness(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_the_theme_switches_the_palette(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, app_look: None, png_dir: Path
) -> None:
    window = make_window(qtbot, tmp_path / "deskhand.ini", tmp_path)
    view = window.settings_view
    lightness: dict[str, int] = {}
    for theme in ("dark", "light"):
        choose(view.theme_box, THEME_CHOICES, theme)
        assert view.save()
        lightness[theme] = window_lightness(qapp)
        # Widgets take the application's palette from a posted event.
        wanted = lightness[theme]
        qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() == wanted)  # noqa: B023
        window.grab().save(str(png_dir / f"window-{theme}.png"))
    assert lightness["dark"] < 80 < 200 < lightness["light"]
    choose(view.theme_box, THEME_CHOICES, "system")
    assert view.save()
    # The offscreen platform reports no colour scheme, which Deskhand reads as light.
    system_dark = qapp.styleHints().colorScheme() == Qt.ColorScheme.Dark
    assert window_lightness(qapp) == lightness["dark" if system_dark else "light"]
    # The system changes its mind (as a desktop's dark-mode switch makes Qt say): followed.
    changed = qapp.styleHints().colorSchemeChanged
    changed.emit(Qt.ColorScheme.Dark)
    assert window_lightness(qapp) == lightness["dark"]
    changed.emit(Qt.ColorScheme.Light)
    assert window_lightness(qapp) == lightness["light"]
    choose(view.theme_box, THEME_CHOICES, "light")
    assert view.save()
    changed.emit(Qt.ColorScheme.Dark)  # a chosen theme stays whatever the system says
    assert window_lightness(qapp) == lightness["light"]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_every_control_of_the_window_and_its_dialogs_has_an_accessible_name(
    qtbot: QtBot, tmp_path: Path, app_look: None
) -> None:
    window = make_window(qtbot, tmp_path / "deskhand.ini", tmp_path)
    permission = PermissionDialog("acme", "payload", window, always_unavailable=None)
    confirm = ConfirmDialog("Deskhand wants to click Delete. Allow?", window)
    controls = [
        w
        for root in (window, permission, confirm)
        for kind in (QAbstractButton, QLineEdit, QComboBox)
        for w in root.findChildren(kind)
    ]
    assert len(controls) > 25
    unnamed = [
        f"{type(w).__name__} in {type(w.parent()).__name__}"
        for w in controls
        # A table's top-left corner (select all) is Qt's own, mouse only (no focus), and unnamed.
        if not accessible_name(w) and w.objectName() != "qt_tableview_cornerbutton"
    ]
    assert unnamed == []


def test_keyboard_shortcuts_switch_tabs_open_settings_and_quit(
    qtbot: QtBot, tmp_path: Path, app_look: None
) -> None:
    window = make_window(qtbot, tmp_path / "deskhand.ini", tmp_path)
    with qtbot.waitActive(window):
        window.activateWindow()  # shortcuts reach the active window only
    for number in range(1, 5):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number - 1
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.settings_view
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_a_preferences_file_with_bad_values_falls_back_to_the_defaults(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ini = tmp_path / "deskhand.ini"
    ini.write_text("[General]\ncloud=sometimes\nimages=maybe\ntheme=purple\nstop_hotkey=Ctrl+Alt+S\n")
    prefs = load_preferences(preferences_store(ini))
    assert prefs == Preferences(stop_hotkey="Ctrl+Alt+S")
    warned = " ".join(r.getMessage() for r in caplog.records)
    assert "cloud='sometimes'" in warned and "images='maybe'" in warned and "theme='purple'" in warned


def test_a_data_folder_an_older_version_kept_in_qsettings_moves_into_the_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ini = tmp_path / "deskhand.ini"
    ini.write_text(f"[General]\ndata_dir={tmp_path / 'old-place'}\n")
    settings = Settings()
    view = SettingsView(settings, preferences_store(ini))
    qtbot.addWidget(view)
    assert view.data_edit.text() == str(tmp_path / "old-place")
    assert view.save()
    assert configured(settings, "data_dir") == str(tmp_path / "old-place")
    assert load_preferences(preferences_store(ini)).data_dir == ""


def test_limits_and_prices_are_shared_with_the_command_through_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings()
    set_value(settings, "prices.input_per_million", "2.5")  # as `deskhand config set` does
    view = SettingsView(settings, preferences_store(tmp_path / "deskhand.ini"))
    qtbot.addWidget(view)
    assert view.limit_boxes["prices.input_per_million"].value() == 2.5
    assert view.limit_boxes["max_steps"].value() == Settings().max_steps
    view.limit_boxes["max_steps"].setValue(7)
    view.limit_boxes["routing.max_escalations_per_run"].setValue(0)
    assert view.save()
    loaded = load_settings()
    assert (loaded.max_steps, loaded.routing.max_escalations_per_run) == (7, 0)
    assert loaded.prices.input_per_million == 2.5
    assert "escalate_after_failures" not in settings.config_path.read_text()  # defaults stay unwritten


def test_the_chosen_data_folder_applies_at_start_unless_deskhand_home_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "chosen"
    settings = Settings()
    assert window_settings(settings, str(chosen)) == settings  # DESKHAND_HOME is set in tests
    assert window_settings(settings, "") == settings
    monkeypatch.delenv("DESKHAND_HOME")
    assert window_settings(settings, str(chosen)).data_dir == chosen


def test_the_window_icon_ships_with_the_app(qapp: object) -> None:
    from PySide6.QtGui import QIcon

    from app.ui.launch import ICON

    assert ICON.is_file() and not QIcon(str(ICON)).isNull()
