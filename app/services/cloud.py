"""The cloud provider and the person's choice of cloud use for a run, for both faces.

The provider is named in the environment (DESKHAND_CLOUD_BASE_URL/_MODEL, for scripting) or in
deskhand.toml's [provider] table, which the window's Settings and `deskhand config set` write and
`deskhand run` reads (an older data folder's cloud.toml is still read until it is moved in, see
`app.services.settings`); its key lives in the OS keyring. The person chooses per run how the
cloud may be used (never, ask, for this run, always); `escalation_for` turns that choice into the
`Escalation` a run gets, and says what to set up when the choice needs a provider that is not
there. The gate's types (`Policy`,
`Question`) come from here too, so the faces never reach into `app.privacy`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from app.config import ConfigFileError, Settings
from app.errors import ConfigError
from app.privacy import secrets
from app.privacy.gate import POLICIES, Policy, Question
from app.privacy.secrets import ENV_KEY, SecretsUnavailable, get_key, keyring_problem
from app.runtimes.cloud import Provider
from app.services import settings as config_file

__all__ = [
    "ENV_KEY",
    "POLICIES",
    "CloudChoice",
    "Escalation",
    "Policy",
    "Provider",
    "ProviderError",
    "ProviderMemory",
    "Question",
    "SecretsUnavailable",
    "default_policy",
    "delete_key",
    "escalation_for",
    "forget_provider",
    "get_key",
    "keyring_problem",
    "provider_in_environment",
    "resolve_provider",
    "save_provider",
    "set_key",
]

#: Environment variables that name a provider for this process only (`resolve_provider`).
PROVIDER_ENV = ("DESKHAND_CLOUD_BASE_URL", "DESKHAND_CLOUD_MODEL")


def provider_in_environment() -> bool:
    """Whether the environment names the provider for this process (deskhand.toml is not read)."""
    return any(os.environ.get(name) for name in PROVIDER_ENV)


class ProviderError(ConfigError):
    """The cloud provider settings are incomplete; the message says what to set."""


@dataclass(frozen=True)
class Escalation:
    """Whether and where a run may consult the cloud: the person's choice, checked."""

    policy: Policy = "never"
    provider: Provider | None = None
    images: bool = False


@dataclass(frozen=True)
class CloudChoice:
    """How the person lets one run use the cloud, before it is checked against the provider."""

    policy: Policy = "never"
    #: May a request that carries a screenshot leave (the gate's image permission).
    images: bool = False
    #: The provider to use; None means the one set up for Deskhand (environment or deskhand.toml).
    provider: Provider | None = None


def resolve_provider(settings: Settings) -> Provider | None:
    """The cloud provider from DESKHAND_CLOUD_BASE_URL/_MODEL (scripting), else deskhand.toml,
    else an older data folder's cloud.toml.

    A key given in DESKHAND_CLOUD_API_KEY is used for this process only and never stored;
    otherwise the key comes from the OS keyring under the provider's name.
    """
    base_url = os.environ.get("DESKHAND_CLOUD_BASE_URL")
    model = os.environ.get("DESKHAND_CLOUD_MODEL")
    if base_url or model:
        if not (base_url and model):
            raise ProviderError("set both DESKHAND_CLOUD_BASE_URL and DESKHAND_CLOUD_MODEL")
        name = urlparse(base_url).hostname or "cloud"
        return Provider(name, base_url, model, get_key(name))
    try:
        table = config_file.provider_table(settings)
    except ConfigFileError as exc:
        raise ProviderError(str(exc)) from exc
    if table is not None:
        return _provider(table, settings.config_path)
    if not settings.cloud_file.is_file():
        return None
    try:
        with settings.cloud_file.open("rb") as fh:
            data = tomllib.load(fh).get("provider", {})
    except tomllib.TOMLDecodeError as exc:
        raise ProviderError(
            f"{settings.cloud_file} is not valid TOML ({exc}): fix it, or delete it and set the "
            "provider up again in the window's Settings"
        ) from exc
    except OSError as exc:
        raise ProviderError(f"cannot read {settings.cloud_file}: {exc.strerror or exc}") from exc
    if not isinstance(data, dict):
        raise ProviderError(f"{settings.cloud_file}: [provider] must be a table with name, base_url, model")
    return _provider(data, settings.cloud_file)


def _provider(data: dict[str, Any], source: Path) -> Provider:
    try:
        name, base_url, model = str(data["name"]), str(data["base_url"]), str(data["model"])
    except KeyError as exc:
        raise ProviderError(f"{source} lacks provider.{exc.args[0]}") from exc
    return Provider(name, base_url, model, get_key(name), bool(data.get("always_allow", False)))


def save_provider(settings: Settings, provider: Provider) -> None:
    """Write the provider to deskhand.toml (never its key: that goes to the keyring), so the
    window's settings and "always allow this provider" survive a restart and `deskhand run`
    sees them."""
    config_file.save(
        settings,
        {
            "provider.name": provider.name,
            "provider.base_url": provider.base_url,
            "provider.model": provider.model,
            "provider.always_allow": provider.always_allow,
        },
    )


def forget_provider(settings: Settings) -> None:
    """Remove the saved provider (deskhand.toml's [provider], and an older cloud.toml)."""
    config_file.save(settings, dict.fromkeys(f"provider.{name}" for name in config_file.PROVIDER_KEYS))
    settings.cloud_file.unlink(missing_ok=True)


def escalation_for(settings: Settings, choice: CloudChoice) -> Escalation:
    """The escalation a run gets: "ask" becomes "always" for a provider the person always
    allows. Raises ProviderError when the choice needs a provider and none is set up."""
    if choice.policy == "never":
        return Escalation("never")
    provider = choice.provider or resolve_provider(settings)
    if provider is None:
        raise ProviderError(
            f"cloud use {choice.policy!r} needs a cloud provider: save one in the window's "
            f"Settings (Ctrl+,), `deskhand config set provider.name NAME` (and provider.base_url, "
            f"provider.model: {settings.config_path}), or set DESKHAND_CLOUD_BASE_URL and "
            "DESKHAND_CLOUD_MODEL"
        )
    policy: Policy = "always" if choice.policy == "ask" and provider.always_allow else choice.policy
    return Escalation(policy, provider, choice.images)


def default_policy(settings: Settings, preferred: Policy) -> Policy:
    """The cloud use a new run starts with: "always" wherever the saved provider is always
    allowed, else the person's preference. A damaged file is reported when a run needs it."""
    try:
        provider = resolve_provider(settings)
    except ProviderError:
        provider = None
    return "always" if provider is not None and provider.always_allow else preferred


class ProviderMemory:
    """ "Always allow this provider", remembered in deskhand.toml where Settings and `deskhand run`
    read it; only the provider saved there can be remembered (one named in the environment lives
    for this process only)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def why_not(self, provider: str) -> str | None:
        """None when "always" can be remembered for `provider`, else the reason, for the person."""
        if provider_in_environment():
            return (
                f"{provider} comes from DESKHAND_CLOUD_BASE_URL for this session only; "
                "save it in Settings (Ctrl+,) to be able to always allow it"
            )
        try:
            saved = resolve_provider(self.settings)
        except ProviderError as exc:
            return str(exc)
        if saved is None or saved.name != provider:
            return f"{provider} is not the provider saved in Settings (Ctrl+,)"
        return None

    def remember(self, provider: str) -> None:
        saved = resolve_provider(self.settings)
        if saved is None or saved.name != provider:
            raise ProviderError(f"{provider} is not the provider saved in {self.settings.config_path}")
        save_provider(self.settings, replace(saved, always_allow=True))


# The keyring's own errors (a locked wallet, a refused write) reach the faces as
# SecretsUnavailable, so each catches one class whose message says what happened.


def set_key(provider: str, key: str) -> None:
    """Store `provider`'s API key in the OS keyring."""
    from keyring.errors import KeyringError

    try:
        secrets.set_key(provider, key)
    except KeyringError as exc:
        raise SecretsUnavailable(f"the OS keyring refused: {exc}") from exc


def delete_key(provider: str) -> bool:
    """Remove `provider`'s stored key; False if there was none."""
    from keyring.errors import KeyringError

    try:
        return secrets.delete_key(provider)
    except KeyringError as exc:
        raise SecretsUnavailable(f"the OS keyring refused: {exc}") from exc
