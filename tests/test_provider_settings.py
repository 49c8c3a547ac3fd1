"""The cloud provider in deskhand.toml: what the window saves, `deskhand run` reads back."""

from __future__ import annotations

import pytest

from app.config import Settings
from app.services.cloud import Provider, ProviderError, resolve_provider, save_provider


def test_saved_provider_is_read_back_without_its_key(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DESKHAND_CLOUD_BASE_URL", "DESKHAND_CLOUD_MODEL", "DESKHAND_CLOUD_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings()
    save_provider(settings, Provider("acme", "https://llm.acme.test/v1", "big-1", "sk-secret", True))

    assert "sk-secret" not in settings.config_path.read_text() and not settings.cloud_file.exists()
    provider = resolve_provider(settings)
    assert provider is not None
    assert (provider.name, provider.base_url, provider.model, provider.always_allow) == (
        "acme",
        "https://llm.acme.test/v1",
        "big-1",
        True,
    )


def test_incomplete_provider_names_the_missing_setting() -> None:
    settings = Settings()
    settings.config_path.write_text('[provider]\nname = "acme"\nmodel = "big-1"\n')
    with pytest.raises(ProviderError, match=r"deskhand\.toml lacks provider\.base_url"):
        resolve_provider(settings)


def test_an_older_cloud_file_is_still_read() -> None:
    settings = Settings()
    settings.cloud_file.parent.mkdir(parents=True, exist_ok=True)
    settings.cloud_file.write_text('[provider]\nname = "acme"\nmodel = "big-1"\n')
    with pytest.raises(ProviderError, match="base_url"):
        resolve_provider(settings)
