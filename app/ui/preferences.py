"""The window's own preferences: defaults for a new run, the stop hotkey, the theme.

They live in QSettings (organisation "Deskhand"): the platform's usual place, a file the person
never edits by hand. What the `deskhand` command also needs is not here: the data folder and the
cloud provider are in deskhand.toml (`app.services.settings`, `app.services.cloud`) and the
provider's key in the OS keyring. A value that does not
parse (an old or hand-edited file) falls back to its default, with a warning in the log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Literal, get_args

from PySide6.QtCore import QSettings

from app.services.cloud import POLICIES, Policy
from app.services.desktop import DEFAULT_STOP_HOTKEY
from app.ui.targets import TargetKind

_log = logging.getLogger(__name__)

ORGANISATION = "Deskhand"
APPLICATION = "Deskhand"

Theme = Literal["system", "light", "dark"]
THEMES: tuple[Theme, ...] = get_args(Theme)
TARGET_KINDS: tuple[TargetKind, ...] = get_args(TargetKind)


@dataclass(frozen=True)
class Preferences:
    #: How a new run may use the cloud; "always" goes with the provider's `always_allow`.
    cloud: Policy = "never"
    #: May a request that carries a screenshot leave (the gate's image permission).
    images: bool = False
    target: TargetKind = "sandbox"
    #: Qt's portable text ("Ctrl+Alt+End"); empty turns the global hotkey off.
    stop_hotkey: str = DEFAULT_STOP_HOTKEY
    theme: Theme = "system"
    #: Where versions before deskhand.toml kept the window's data folder: the Settings view
    #: moves it into deskhand.toml at its next Save and leaves this empty.
    data_dir: str = ""


_CHOICES: dict[str, tuple[str, ...]] = {"cloud": POLICIES, "target": TARGET_KINDS, "theme": THEMES}


def preferences_store(path: Path | None = None) -> QSettings:
    """The platform's QSettings for Deskhand, or an ini file at `path` (tests, portable installs)."""
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def load_preferences(store: QSettings) -> Preferences:
    defaults = Preferences()
    values: dict[str, object] = {}
    for f in fields(Preferences):
        default = getattr(defaults, f.name)
        raw = store.value(f.name, default)
        value: object = _as_bool(raw) if isinstance(default, bool) else str(raw)
        if value is None or (f.name in _CHOICES and value not in _CHOICES[f.name]):
            _log.warning(
                "%s: preference %s=%r is not valid; using %r", store.fileName(), f.name, raw, default
            )
            value = default
        values[f.name] = value
    return Preferences(**values)  # type: ignore[arg-type]  # each value was checked above


def save_preferences(store: QSettings, preferences: Preferences) -> None:
    for f in fields(Preferences):
        store.setValue(f.name, getattr(preferences, f.name))
    store.sync()


def _as_bool(raw: object) -> bool | None:
    # An ini file gives back "true"/"false" strings; the native stores give back booleans.
    if isinstance(raw, bool):
        return raw
    return {"true": True, "false": False}.get(str(raw).lower())
