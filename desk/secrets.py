"""Remembered passwords: in the operating system's keyring when it has a secure one, otherwise nowhere.

One small wrapper, as Orange3 keeps its credentials: every keyring failure is logged (never with the password) and
treated as "nothing remembered", so a broken keyring never stops anyone signing in. A keyring that would write the
password to a plain file (keyrings.alt's PlaintextKeyring and the like) does not count as secure.
"""

from __future__ import annotations

import logging

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

log = logging.getLogger(__name__)
SERVICE = "Posventa Desk"
_INSECURE = ("fail", "null", "plaintext", "uncrypted")


def _backend() -> KeyringBackend:
    return keyring.get_keyring()


def secure_keyring_available() -> bool:
    return _secure(_backend())


def _secure(backend: KeyringBackend) -> bool:
    name = f"{type(backend).__module__}.{type(backend).__name__}".lower()
    if "chainer" in name:  # as good as the best backend it chains
        return any(_secure(chained) for chained in getattr(backend, "backends", []))
    if any(word in name for word in _INSECURE):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # noqa: BLE001 - a backend whose priority cannot be read is not one to trust
        return False


def account(database: str, username: str) -> str:
    """One entry per person and database (the desk may sign in to a test and a live database)."""
    return f"{username.strip().lower()}@{database}"


def remembered(database: str, username: str) -> str | None:
    if not username.strip() or not secure_keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, account(database, username))
    except KeyringError as exc:
        log.warning("The keyring could not be read (%s); the password will be asked for", type(exc).__name__)
        return None


def remember(database: str, username: str, password: str) -> bool:
    """True when the keyring now holds it."""
    if not secure_keyring_available():
        return False
    try:
        keyring.set_password(SERVICE, account(database, username), password)
        return True
    except KeyringError as exc:
        log.warning("The keyring could not store the password (%s)", type(exc).__name__)
        return False


def forget(database: str, username: str) -> None:
    if not secure_keyring_available():
        return
    try:
        keyring.delete_password(SERVICE, account(database, username))
    except KeyringError:
        pass  # nothing was remembered: nothing to forget
