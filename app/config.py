"""Settings: where Deskhand keeps its data and the limits a run obeys.

One frozen dataclass built once by the composition root (`app.main`) and handed down, so no
module reads the environment on its own. `DESKHAND_HOME` moves every user file (database, models
folder, screenshots) at once, which is what tests and portable installs want.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

APP_NAME = "deskhand"


def default_data_dir() -> Path:
    """The user data folder: `DESKHAND_HOME` if set, else the platform's per-user data dir."""
    override = os.environ.get("DESKHAND_HOME")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know that is not the task itself."""

    data_dir: Path = field(default_factory=default_data_dir)
    db_path_override: Path | None = None
    max_steps: int = 20
    #: Seconds to let the screen settle after an action before observing again.
    settle_s: float = 0.35
    #: CPU threads for the local model; None means one per core.
    threads: int | None = None

    @property
    def db_path(self) -> Path:
        return self.db_path_override or self.data_dir / "deskhand.db"

    @property
    def models_dir(self) -> Path:
        """Where a person drops GGUF files; the catalog's role bindings live beside them."""
        return self.data_dir / "models"

    @property
    def screenshots_dir(self) -> Path:
        return self.data_dir / "screenshots"

    def with_db(self, path: Path | None) -> Settings:
        return self if path is None else replace(self, db_path_override=path)
