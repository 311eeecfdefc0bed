"""The database key: a random 256-bit key in the OS keyring, or one derived from a passphrase.

The key never touches the disk. With a usable keyring, a new profile gets a random raw key that
is stored there; opening costs nothing extra. Without one, the user chooses a passphrase and the
key is derived with Argon2id (the salt and cost parameters live in profile.json). There is no
unencrypted fallback.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from desktop.config import keyring_store
from desktop.config.keyring_store import KeyringStatus
from desktop.config.paths import ProfilePaths

from .profile_file import KdfParams, ProfileFile, read_profile_file, write_profile_file

log = logging.getLogger(__name__)

KEYRING_SERVICE = keyring_store.SERVICE
MIN_PASSPHRASE_LENGTH = 12

# Called as provider(reason, confirm): returns the passphrase, or raises KeyUnavailable.
PassphraseProvider = Callable[[str, bool], str]


class KeyUnavailable(Exception):
    """The database key cannot be had; the message says why and what to do."""


class PassphraseCancelled(KeyUnavailable):
    """The user chose not to give a passphrase (Cancel): the profile stays locked."""


@dataclass(frozen=True)
class DatabaseKey:
    raw: bytes
    source: str  # "keyring" or "passphrase"

    def __repr__(self) -> str:  # never show the key, not even in a traceback
        return f"DatabaseKey(source={self.source!r})"

    def pragma(self) -> str:
        return f"PRAGMA key = \"x'{self.raw.hex()}'\""


def keyring_status() -> KeyringStatus:
    return keyring_store.status()


def _username(paths: ProfilePaths) -> str:
    return f"database-key:{paths.keyring_id}"


def derive_key(passphrase: str, kdf: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # only passphrase profiles need it

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        bytes.fromhex(kdf.salt),
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost_kib,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _ask(provider: PassphraseProvider | None, reason: str, confirm: bool) -> str:
    if provider is None:
        raise KeyUnavailable(reason + " No passphrase can be asked for here.")
    passphrase = provider(reason, confirm)
    if confirm and len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise KeyUnavailable(f"Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters.")
    if not passphrase:
        raise KeyUnavailable("A passphrase is needed to open this profile.")
    return passphrase


def _new_profile_key(paths: ProfilePaths, provider: PassphraseProvider | None) -> DatabaseKey:
    status = keyring_status()
    if status.usable:
        raw = secrets.token_bytes(32)
        keyring_store.set_secret(_username(paths), raw.hex())
        write_profile_file(paths.profile_file, ProfileFile(key_source="keyring"))
        log.info("new profile key stored in keyring backend %s", status.backend)
        return DatabaseKey(raw, "keyring")
    reason = (
        f"No usable OS keyring ({status.reason}), so the database key cannot be stored there. "
        "Choose a passphrase to encrypt this profile; you will need it every time it opens."
    )
    passphrase = _ask(provider, reason, confirm=True)
    kdf = KdfParams(salt=secrets.token_bytes(16).hex())
    raw = derive_key(passphrase, kdf)
    write_profile_file(paths.profile_file, ProfileFile(key_source="passphrase", kdf=kdf))
    return DatabaseKey(raw, "passphrase")


def obtain_key(paths: ProfilePaths, provider: PassphraseProvider | None = None) -> DatabaseKey:
    """The key of this profile's database, creating one for a new profile."""
    profile = read_profile_file(paths.profile_file)
    if profile is None:
        if paths.database.exists():
            raise KeyUnavailable(
                f"{paths.profile_file} is missing, so the key of {paths.database} cannot be "
                "found. Restore the file from a backup, or move the database away to start anew."
            )
        return _new_profile_key(paths, provider)
    if profile.key_source == "passphrase":
        assert profile.kdf is not None
        passphrase = _ask(provider, "This profile is protected by a passphrase.", confirm=False)
        return DatabaseKey(derive_key(passphrase, profile.kdf), "passphrase")
    # One keyring read when the key is there; the keyring is probed only to say why not.
    stored = keyring_store.get_secret(_username(paths))
    if stored is not None:
        return DatabaseKey(bytes.fromhex(stored), "keyring")
    status = keyring_status()
    if not status.usable:
        raise KeyUnavailable(
            f"This profile's key is kept in the OS keyring, which is not available "
            f"({status.reason}). Unlock or start your desktop keyring and try again."
        )
    raise KeyUnavailable(
        "The key of this profile is not in the OS keyring (it was removed, or the profile "
        "was copied from another account). The data cannot be opened without it."
    )


def forget_key(paths: ProfilePaths) -> None:
    """Remove the profile's key from the keyring (the data becomes unreadable)."""
    keyring_store.delete_secret(_username(paths))
