"""deskhand.toml for both faces: what is set, changing values, moving the old cloud.toml in.

`app.config` reads the file into `Settings`; this module is the one that writes it, for
`deskhand config set` and the window's Settings alike, so neither face handles TOML. A change is
checked before anything is written (an unknown key or a wrong type raises `ConfigFileError` and
leaves the file as it was), and the file is replaced whole, never left half written. Comments in
a hand-edited file are not kept by a write (the TOML writer does not carry them).

Versions before deskhand.toml kept the cloud provider in the data folder's cloud.toml;
`migrate_cloud_file` moves it into deskhand.toml once, leaving `cloud.toml.moved` beside it,
and says so.
"""

from __future__ import annotations

import contextlib
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from app.config import (
    OTHER_TABLES,
    ConfigFileError,
    Settings,
    check_config,
    config_keys,
    config_problem,
    read_config,
    settings_from,
)

__all__ = [
    "ConfigFileError",
    "ConfigValue",
    "configured",
    "default",
    "migrate_cloud_file",
    "parse_value",
    "provider_table",
    "save",
    "set_value",
    "show",
]

#: The [provider] table's keys (the API key is never among them: it lives in the OS keyring).
PROVIDER_KEYS = OTHER_TABLES["provider"]
#: The suffix a moved cloud.toml gets (kept, not deleted: it is the person's file).
MOVED = ".moved"


@dataclass(frozen=True)
class ConfigValue:
    """One setting as it applies now: `from_file` when deskhand.toml sets it, else the default."""

    key: str
    value: object
    from_file: bool


def show(settings: Settings) -> list[ConfigValue]:
    """Every setting with the value in force (the file's, else the default); the provider's keys
    only where the file sets them."""
    data = read_config(settings.config_path)
    rows = []
    for key in config_keys():
        table, _, name = key.rpartition(".")
        given = data.get(table, {}) if table else data
        if name in given:
            rows.append(ConfigValue(key, given[name], True))
        elif table not in OTHER_TABLES:
            value = default(key)
            rows.append(ConfigValue(key, str(value) if isinstance(value, Path) else value, False))
    return rows


def default(key: str) -> object:
    """Dotted `key`'s value when the file does not set it (KeyError for a key with none)."""
    table, _, name = key.rpartition(".")
    defaults = Settings()
    return getattr(getattr(defaults, table) if table else defaults, name)


def configured(settings: Settings, key: str) -> object | None:
    """What deskhand.toml sets dotted `key` to, or None when it does not set it."""
    table, _, name = key.rpartition(".")
    data = read_config(settings.config_path, checked=False)
    holder = data.get(table, {}) if table else data
    return holder.get(name) if isinstance(holder, dict) else None


def parse_value(key: str, text: str) -> object:
    """`text` as typed on a command line, turned into `key`'s type (ConfigFileError if it is not)."""
    kind = config_keys().get(key)
    value: object = text
    if kind is bool:
        value = {"true": True, "false": False}.get(text.lower(), text)
    elif kind in (int, float):
        with contextlib.suppress(ValueError):  # left as text: config_problem says what it must be
            value = kind(text)
    problem = config_problem(key, value)
    if problem:
        raise ConfigFileError(problem)
    return value


def set_value(settings: Settings, key: str, text: str) -> ConfigValue:
    """Set dotted `key` from command-line `text` in deskhand.toml; returns what was written."""
    value = parse_value(key, text)
    save(settings, {key: value})
    return ConfigValue(key, value, True)


def save(settings: Settings, changes: dict[str, object | None]) -> Path:
    """Write `changes` (dotted keys; None removes the key) into deskhand.toml, keeping every
    other setting; nothing is written when one of them is refused. Returns the file."""
    path = settings.config_path
    data = read_config(path, checked=False)
    for key, value in changes.items():
        table, _, name = key.rpartition(".")
        if value is not None:
            problem = config_problem(key, value)
            if problem:
                raise ConfigFileError(f"{path}: {problem}")
        holder: dict[str, Any] = data.setdefault(table, {}) if table else data
        if value is None:
            holder.pop(name, None)
        else:
            holder[name] = value
        if table and not holder:
            del data[table]
    check_config(data, path)  # what the change leaves: a wrong key elsewhere is still refused
    settings_from(data, config_path=path)  # limits a type check cannot see (max_steps 0)
    _write(path, data)
    return path


def _write(path: Path, data: dict[str, Any]) -> None:
    # Plain values first: TOML puts every key after a [table] header into that table.
    ordered = dict(sorted(data.items(), key=lambda item: isinstance(item[1], dict)))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(tomli_w.dumps(ordered), encoding="utf-8")
        os.replace(partial, path)  # all or nothing, even on a full disk
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ConfigFileError(f"cannot write {path}: {exc.strerror or exc}") from exc


def provider_table(settings: Settings) -> dict[str, Any] | None:
    """deskhand.toml's [provider] table, or None when it has none."""
    table = read_config(settings.config_path).get("provider")
    return dict(table) if table else None


def migrate_cloud_file(settings: Settings) -> str | None:
    """Move the data folder's cloud.toml into deskhand.toml's [provider] once, and say so (None:
    nothing to move). A cloud.toml that cannot be read is left where it is, for the run that
    needs the provider to report; one that deskhand.toml already overrides is only renamed."""
    old = settings.cloud_file
    if not old.is_file() or old.resolve() == settings.config_path.resolve():
        return None
    try:
        with old.open("rb") as fh:
            provider = tomllib.load(fh).get("provider")
    except (OSError, tomllib.TOMLDecodeError):
        return None
    if not isinstance(provider, dict) or not {"name", "base_url", "model"} <= set(provider):
        return None
    if provider_table(settings) is None:
        save(settings, {f"provider.{name}": provider[name] for name in PROVIDER_KEYS if name in provider})
        moved = f"moved the cloud provider from {old} into {settings.config_path}"
    else:
        moved = f"{settings.config_path} already names a cloud provider; {old} is no longer read"
    old.rename(old.with_name(old.name + MOVED))
    return f"{moved} (the old file is now {old.name}{MOVED})"
