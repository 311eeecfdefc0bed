"""The one module that talks to the OS keyring (through `keyring`).

Holds the database key and the sync refresh token; nothing else of ours touches the keyring,
and no secret is ever written to a file or a log. `keyring` (and the backend it picks) is
imported on first use, so commands that need no secret do not pay for it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

SERVICE = "Focal Point Desk"
# Backends that write secrets to disk unencrypted (keyrings.alt): never used for our keys.
PLAINTEXT_BACKENDS = frozenset({"PlaintextKeyring"})


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    reason: str = ""


def _backend():
    """The keyring chosen by keyring's standard configuration, unless it keeps secrets in a
    plain file (then None: we neither read nor write there)."""
    import keyring

    backend = keyring.get_keyring()
    return None if type(backend).__name__ in PLAINTEXT_BACKENDS else backend


def status() -> KeyringStatus:
    """Whether the keyring chosen by keyring's standard configuration can hold secrets."""
    import keyring
    from keyring.backends import chainer, fail
    from keyring.errors import KeyringError

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring) or (
        isinstance(backend, chainer.ChainerBackend) and not backend.backends
    ):
        return KeyringStatus(False, name, "no keyring backend is installed or running")
    if type(backend).__name__ in PLAINTEXT_BACKENDS:
        return KeyringStatus(False, name, "the configured keyring keeps secrets in a plain file")
    try:
        backend.get_password(SERVICE, "probe")
    except KeyringError as exc:
        return KeyringStatus(False, name, f"the keyring did not answer ({type(exc).__name__})")
    return KeyringStatus(True, name)


def get_secret(name: str) -> str | None:
    """The secret, or None when it is not there or the keyring cannot be used (`status()`
    says why)."""
    from keyring.errors import KeyringError

    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, name)
    except KeyringError:
        return None


def set_secret(name: str, value: str) -> None:
    import keyring

    keyring.set_password(SERVICE, name, value)


def delete_secret(name: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError):
        keyring.delete_password(SERVICE, name)
