"""API keys in the OS keyring (an in-memory backend here), never anywhere else."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from app.privacy.secrets import SecretsUnavailable, delete_key, get_key, set_key
from tests.fakes import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_store_read_and_delete(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESKHAND_CLOUD_API_KEY", raising=False)
    set_key("openai", "sk-abc")
    assert get_key("openai") == "sk-abc"
    assert memory_keyring.store == {("deskhand", "openai"): "sk-abc"}
    assert delete_key("openai") and not delete_key("openai")
    assert get_key("openai") is None


def test_the_environment_overrides_and_is_not_stored(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKHAND_CLOUD_API_KEY", "sk-env")
    assert get_key("anything") == "sk-env"
    assert memory_keyring.store == {}


def test_no_backend_is_said_plainly_and_nothing_falls_back_to_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(SecretsUnavailable, match="no OS keyring") as info:
            set_key("openai", "sk-abc")
        assert "DESKHAND_CLOUD_API_KEY" in str(info.value)
        monkeypatch.delenv("DESKHAND_CLOUD_API_KEY", raising=False)
        assert get_key("openai") is None
    finally:
        keyring.set_keyring(previous)
