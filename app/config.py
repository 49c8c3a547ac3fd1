"""Settings: where Deskhand keeps its data and the limits a run obeys.

One frozen dataclass built once by each entry point (the `deskhand` command, the window) and
handed down through the services, so no module reads the environment on its own.
`DESKHAND_HOME` moves every user file (database, models folder, screenshots) at once, which is
what tests and portable installs want.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

APP_NAME = "deskhand"

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
        """The cloud provider the person configured (no key in it: keys live in the keyring)."""
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
