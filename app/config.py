"""Settings: where Deskhand keeps its data and the limits a run obeys.

One frozen dataclass built once by each entry point (the `deskhand` command, the window) and
handed down through the services, so no module reads the environment on its own.
`load_settings()` is the one place it is built from the configuration file, `deskhand.toml` in
the platform's config folder, which the command (`deskhand config`) and the window's Settings
both write (`app.services.settings`): data folder, prices, routing thresholds, limits, and the
cloud provider (never its key). A mistake in the file is a `ConfigFileError` naming the file and
the line. `DESKHAND_HOME` moves every user file (configuration, database, models folder,
screenshots) at once, and wins over the file's data folder: what tests and portable installs want.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from app.errors import ConfigError

APP_NAME = "deskhand"
CONFIG_FILE = "deskhand.toml"

# A frozen bundle has no Python of its own: it runs its helper programs through hidden
# `deskhand` arguments instead of `python FILE` or `python -m MODULE`.
#: `deskhand --run-script FILE ARGS...`: a practice program, as `python FILE ARGS...` would.
RUN_SCRIPT = "--run-script"
#: `deskhand --smoke-test MODEL [--lora A]`: one short answer from a model, in a child process.
SMOKE_TEST = "--smoke-test"

#: Where `deskhand serve` listens unless told otherwise: this machine only.
SERVE_HOST = "127.0.0.1"
SERVE_PORT = 8765


def default_data_dir() -> Path:
    """The user data folder: `DESKHAND_HOME` if set, else the platform's per-user data dir."""
    override = os.environ.get("DESKHAND_HOME")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_config_path() -> Path:
    """`deskhand.toml`: in `DESKHAND_HOME` if set, else in the platform's per-user config dir."""
    override = os.environ.get("DESKHAND_HOME")
    if override:
        return Path(override).expanduser() / CONFIG_FILE
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE


@dataclass(frozen=True)
class RoutingThresholds:
    """When the router looks past the local specialist (see app.agent.router)."""

    escalate_when_wavering: bool = True
    escalate_on_invalid: bool = True
    #: A goal that already failed this many times locally goes to the next tier.
    escalate_after_failures: int = 1
    #: At most this many consultations per run, whatever the signals say.
    max_escalations_per_run: int = 5


@dataclass(frozen=True)
class Prices:
    """What the cloud model would cost, for the "cost saved" estimate (USD per million tokens)."""

    input_per_million: float = 0.15
    output_per_million: float = 0.60


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know that is not the task itself."""

    data_dir: Path = field(default_factory=default_data_dir)
    #: The configuration file this was read from, and where changes are written.
    config_path: Path = field(default_factory=default_config_path)
    db_path_override: Path | None = None
    max_steps: int = 20
    #: Seconds to let the screen settle after an action before observing again.
    settle_s: float = 0.35
    #: CPU threads for the local model; None means one per core.
    threads: int | None = None
    routing: RoutingThresholds = field(default_factory=RoutingThresholds)
    prices: Prices = field(default_factory=Prices)
    #: A task cluster needs this many training examples before `deskhand train` specializes a
    #: model on it; fewer teach a LoRA adapter the examples rather than the task.
    min_cluster_examples: int = 100
    #: A fine-tuned specialist replaces the current one only when its held-out accuracy is at
    #: least this much higher (absolute), so noise on a small test split promotes nothing.
    promotion_margin: float = 0.05

    @property
    def db_path(self) -> Path:
        return self.db_path_override or self.data_dir / "deskhand.db"

    @property
    def models_dir(self) -> Path:
        """Where a person drops GGUF files; the catalog's role bindings live beside them."""
        return self.data_dir / "models"

    @property
    def cloud_file(self) -> Path:
        """Where versions before deskhand.toml kept the cloud provider (read, then moved once)."""
        return self.data_dir / "cloud.toml"

    @property
    def screenshots_dir(self) -> Path:
        return self.data_dir / "screenshots"

    @property
    def training_dir(self) -> Path:
        """`deskhand train`'s work: datasets, clusters, adapters and the promotions record."""
        return self.data_dir / "training"

    def with_db(self, path: Path | None) -> Settings:
        return self if path is None else replace(self, db_path_override=path)


class ConfigFileError(ConfigError):
    """deskhand.toml cannot be used; the message names the file, the line and the fix."""


#: The file's tables that are not Settings fields: the cloud provider (`app.services.cloud`).
OTHER_TABLES = {"provider": ("name", "base_url", "model", "always_allow")}
#: Settings fields a file may set, with the type each takes (data_dir is a path, as a string).
_TOP: dict[str, type] = {
    "data_dir": str,
    "max_steps": int,
    "settle_s": float,
    "threads": int,
    "min_cluster_examples": int,
    "promotion_margin": float,
}
_TABLES: dict[str, type] = {"routing": RoutingThresholds, "prices": Prices}


def config_keys() -> dict[str, type]:
    """Every key the file may hold, dotted (`prices.input_per_million`), with its type."""
    keys = dict(_TOP)
    for table, kind in _TABLES.items():
        defaults = kind()
        keys.update({f"{table}.{f.name}": type(getattr(defaults, f.name)) for f in fields(kind)})
    for table, names in OTHER_TABLES.items():
        keys.update({f"{table}.{name}": bool if name == "always_allow" else str for name in names})
    return keys


def line_of(text: str, key: str) -> int | None:
    """The line (from 1) where dotted `key` is set in TOML `text`, as far as a plain scan tells."""
    table, _, name = key.rpartition(".")
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"\s*\[\s*([^\]]+?)\s*\]", line)
        if header:
            current = header.group(1)
        elif current == table and re.match(rf"\s*{re.escape(name)}\s*=", line):
            return number
    return None


def read_config(path: Path, *, checked: bool = True) -> dict[str, Any]:
    """The file's tables as TOML gives them ({} when there is no file); ConfigFileError names
    the line of a syntax error or (when `checked`) of a key that is unknown or of the wrong type.
    Unchecked is for a change that may be the fix of a wrong key."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigFileError(f"cannot read {path}: {exc}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # its message ends "(at line N, column M)"
        raise ConfigFileError(f"{path} is not valid TOML: {exc}; fix that line") from exc
    if checked:
        check_config(data, path)
    return data


def check_config(data: dict[str, Any], path: Path) -> None:
    """ConfigFileError for the first key in `data` that is unknown or of the wrong type, with
    its line in the file at `path` when the file has it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    flat = {
        (f"{k}.{name}" if isinstance(v, dict) else k): value
        for k, v in data.items()
        for name, value in (v.items() if isinstance(v, dict) else [(k, v)])
    }
    for key, value in flat.items():
        where = line_of(text, key)
        at = f"{path}, line {where}" if where else str(path)
        problem = config_problem(key, value)
        if problem:
            raise ConfigFileError(f"{at}: {problem}")


def config_problem(key: str, value: object) -> str | None:
    """Why `value` cannot be dotted `key`'s value (unknown key, wrong type), or None."""
    known = config_keys()
    if key not in known:
        return f"unknown setting {key!r}; `deskhand config show` lists the settings there are"
    want = known[key]
    number = isinstance(value, int | float) and not isinstance(value, bool)
    fits = isinstance(value, want) and not (want is int and isinstance(value, bool))
    if want is float and number:
        fits = True
    if not fits or (number and value < 0):  # type: ignore[operator]  # number: an int or a float
        return f"{key} must be {_described(want)}, not {value!r}"
    return None


def _described(kind: type) -> str:
    return {bool: "true or false", int: "a whole number of at least 0", float: "a number of at least 0"}.get(
        kind, "a quoted string"
    )


def settings_from(data: dict[str, Any], *, config_path: Path) -> Settings:
    """Settings from the tables `read_config` gave; unset values keep their defaults."""
    known = config_keys()
    # TOML's 1 is an int; a float setting takes it as 1.0
    values: dict[str, Any] = {name: known[name](data[name]) for name in _TOP if name in data}
    if "data_dir" in values:
        if os.environ.get("DESKHAND_HOME"):  # it moves everything, this file's data folder too
            del values["data_dir"]
        else:
            values["data_dir"] = Path(values["data_dir"]).expanduser()
    if values.get("threads") == 0:
        values["threads"] = None  # 0 in the file: one per core, as when unset
    if values.get("max_steps") == 0:
        raise ConfigFileError(f"{config_path}: max_steps must be at least 1")
    for table, kind in _TABLES.items():
        given = data.get(table, {})
        table_values = {
            f.name: known[f"{table}.{f.name}"](given[f.name]) for f in fields(kind) if f.name in given
        }
        values[table] = kind(**table_values)
    return Settings(config_path=config_path, **values)


def load_settings(path: Path | None = None) -> Settings:
    """Settings as deskhand.toml at `path` (default: `default_config_path()`) sets them."""
    path = path or default_config_path()
    return settings_from(read_config(path), config_path=path)
