"""API keys in the operating system's keyring, never in SQLite, logs or settings files.

On a machine without a keyring backend (a bare server) `keyring` has only its "fail" backend;
then storing a key raises `SecretsUnavailable` saying how to fix it, and keys can be given
per run in DESKHAND_CLOUD_API_KEY instead. There is no plain-text fallback.
"""

from __future__ import annotations

import os

from app.errors import DeskhandError

SERVICE = "deskhand"
ENV_KEY = "DESKHAND_CLOUD_API_KEY"


class SecretsUnavailable(DeskhandError):
    """No keyring backend: the message says how to get one or how to do without."""


def _keyring() -> object:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise SecretsUnavailable(
            "no OS keyring is available on this machine, so Deskhand will not store the key. "
            "Install and unlock one (e.g. apt-get install gnome-keyring, or use your desktop's "
            f"wallet), or pass the key for one run in {ENV_KEY}"
        )
    return keyring


def keyring_problem() -> str | None:
    """Why keys cannot be stored on this machine (what to do about it), or None when they can."""
    try:
        _keyring()
    except SecretsUnavailable as exc:
        return str(exc)
    return None


def get_key(provider: str, *, env_override: bool = True) -> str | None:
    """The key for `provider`: the environment override first, then the keyring.

    `env_override=False` for anything but the cloud provider (a model server on the network),
    so the cloud's key given in the environment is never sent to another host."""
    override = os.environ.get(ENV_KEY) if env_override else None
    if override:
        return override
    try:
        keyring = _keyring()
    except SecretsUnavailable:
        return None
    value = keyring.get_password(SERVICE, provider)  # type: ignore[attr-defined]
    return str(value) if value else None


def set_key(provider: str, key: str) -> None:
    keyring = _keyring()
    keyring.set_password(SERVICE, provider, key)  # type: ignore[attr-defined]


def delete_key(provider: str) -> bool:
    """Remove the stored key; False if there was none."""
    keyring = _keyring()
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, provider)  # type: ignore[attr-defined]
    except PasswordDeleteError:
        return False
    return True
