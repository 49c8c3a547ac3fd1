"""The loaded models the window keeps: load once, reload after a role swap, hands keep their display."""

from __future__ import annotations

import pytest

from app.config import Settings
from app.desktop.screen import DisplayError
from app.runtimes.pool import ModelPool
from app.services.run import Session, Sessions


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
