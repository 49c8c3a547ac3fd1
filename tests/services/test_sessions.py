"""The loaded models the window keeps: load once, reload after a role swap, hands keep their
display; the parser specialist runs with its shipped adapter on the built-in model alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.agent.parser import ADAPTER_PATH
from app.config import Settings
from app.desktop.screen import DisplayError
from app.runtimes.catalog import use_model
from app.runtimes.pool import ModelPool
from app.services import run
from app.services.run import Session, Sessions, builtin_model, load_parser


class Opener:
    """Opens a session with a real (empty) model pool, and counts the opens."""

    def __init__(self) -> None:
        self.opened: list[Session] = []

    def __call__(self, settings: Settings) -> Session:
        pool = ModelPool(settings.models_dir)
        session = Session(runtimes={}, screen=None, hands=None, pool=pool)  # type: ignore[arg-type]
        self.opened.append(session)
        return session


def test_models_load_once_and_again_after_a_role_swap() -> None:
    opener = Opener()
    cache = Sessions(opener)
    settings = Settings()
    first = cache.get(settings, ":1")
    assert cache.get(settings, ":1") is first and len(opener.opened) == 1

    cache.reload_models()
    second = cache.get(settings, ":1")
    assert second is not first and len(opener.opened) == 2
    assert cache.get(settings, ":1") is second


def test_the_hands_never_move_to_another_display_even_after_a_reload() -> None:
    cache = Sessions(Opener())
    cache.get(Settings(), ":1")
    cache.reload_models()
    with pytest.raises(DisplayError, match="Restart Deskhand to switch"):
        cache.get(Settings(), ":2")


@pytest.mark.model
def test_the_parser_gets_its_adapter_only_on_the_built_in_model(tmp_path: Path) -> None:
    settings = Settings()
    pool = ModelPool(settings.models_dir)
    base = builtin_model(pool)
    shipped = load_parser(pool)
    assert base is not None and shipped is not None
    assert shipped.model == f"{base.name}+{ADAPTER_PATH.name}"
    pool.close()

    # The same weights under another name are another model to the catalog: no adapter.
    other = settings.models_dir / "my-parser.gguf"
    other.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(base, other)
    use_model("parser", str(other), settings.models_dir)
    pool = ModelPool(settings.models_dir)
    bound = load_parser(pool)
    assert bound is not None and bound.model == "my-parser.gguf"
    pool.close()


@pytest.mark.model
def test_an_adapter_that_cannot_serve_leaves_the_plain_model_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "parser.gguf"
    broken.write_bytes(b"not an adapter")
    monkeypatch.setattr(run, "ADAPTER_PATH", broken)
    pool = ModelPool(Settings().models_dir)
    parser = load_parser(pool)
    assert parser is not None and "+" not in parser.model
    assert any("without its adapter" in n for n in pool.notices), pool.notices
    pool.close()


def test_a_parser_role_bound_to_nothing_loadable_leaves_no_parser(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "roles.toml").write_text('[roles]\nparser = "gone.gguf"\n')
    pool = ModelPool(models, catalog={"fallback": "none", "models": {}, "roles": {}})
    assert load_parser(pool) is None
    assert any("no parser specialist" in n for n in pool.notices), pool.notices
