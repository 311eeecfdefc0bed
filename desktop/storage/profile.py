"""Opening a profile: find its key, open the encrypted database, bring the schema up to date.

A profile that had a database never gets a new empty one in its place (profile.json records
that it was made), and a full disk, a damaged file or a garbled profile.json ends in a typed
error from `storage_errors` that says what to do.

Two steps: `unlock_profile` finds the key (the keyring, or a passphrase through Argon2) and
checks it against profile.json; `open_profile` opens the database with it. A command that may
need no database engine at all (`focal-desk sync` with nothing to do: `desktop.storage
.quick_look`) unlocks once and hands the same key to `open_profile` only when it needs it, so
SQLAlchemy is imported here only then, and a passphrase is never asked for twice.
"""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.config.paths import ProfilePaths

from . import migrate
from .keys import DatabaseKey, KeyUnavailable, PassphraseProvider, obtain_key
from .profile_file import FORMAT, ProfileFile, key_check, read_profile_file, write_profile_file
from .storage_errors import (
    DatabaseDamaged,
    DatabaseEmptied,
    StorageError,
    WrongKey,
    classify,
    translate_errors,
)

if TYPE_CHECKING:
    from .database import Database

log = logging.getLogger(__name__)

__all__ = [
    "KeyUnavailable",
    "StorageError",
    "Unlocked",
    "WrongKey",
    "open_profile",
    "unlock_profile",
]

WRONG_KEY = "The local database could not be decrypted: the passphrase or key is wrong."


@dataclass(frozen=True)
class Unlocked:
    """A profile whose key was found and matches its key check (the database not opened)."""

    paths: ProfilePaths
    profile: ProfileFile
    key: DatabaseKey

    @property
    def recorded(self) -> bool:
        """Whether profile.json already says the database was made, with its key check (else
        `open_profile` writes that)."""
        made, checked = self.profile.database_created, self.profile.key_check is not None
        return made and checked and self.profile.format >= FORMAT


def unlock_profile(paths: ProfilePaths, passphrase: PassphraseProvider | None = None) -> Unlocked:
    """The profile's key, checked. Raises `KeyUnavailable` or `StorageError` (`WrongKey`)."""
    with translate_errors(paths):
        paths.ensure()
        _refuse_emptied(paths, read_profile_file(paths.profile_file))
        key = obtain_key(paths, passphrase)
        profile = read_profile_file(paths.profile_file)
    assert profile is not None  # obtain_key made it for a new profile
    if profile.key_check is not None and not hmac.compare_digest(
        profile.key_check, key_check(key.raw)
    ):
        raise WrongKey(WRONG_KEY)
    return Unlocked(paths, profile, key)


def open_profile(
    paths: ProfilePaths,
    passphrase: PassphraseProvider | None = None,
    *,
    unlocked: Unlocked | None = None,
) -> Database:
    """The profile's database, ready to use (with the key of `unlocked` when given, else
    unlocking first). Raises `KeyUnavailable` or `StorageError`."""
    from .database import Database

    if unlocked is None:
        unlocked = unlock_profile(paths, passphrase)
    profile, key = unlocked.profile, unlocked.key
    db = Database(paths, key)
    _verify(db, paths, profile, key)
    try:
        # Alembic runs only when the stored revision is not the newest (see migrate).
        before, after = migrate.upgrade_if_needed(db.writer_engine)
        if not unlocked.recorded:
            _record_database(paths, profile, key)
    except Exception as exc:
        db.close()
        typed = classify(exc, paths)
        if typed is not None:
            raise typed from exc
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise StorageError(f"The local database could not be upgraded: {reason}") from exc
    if before != after:
        log.info("local database upgraded from %s to %s", before or "empty", after)
    return db


def _refuse_emptied(paths: ProfilePaths, profile: ProfileFile | None) -> None:
    """A profile that had a database whose file is now gone or 0 bytes: say so, and never
    let SQLite make an empty one in its place."""
    if profile is None or not profile.database_created:
        return
    database = paths.database
    if not database.exists() or database.stat().st_size == 0:
        raise DatabaseEmptied(paths.root, database)


def _verify(db: Database, paths: ProfilePaths, profile: ProfileFile, key: DatabaseKey) -> None:
    """The key opens the file; when the key is known to be right (it matches the profile's
    key check, or came from the keyring), a file it does not open is a damaged one."""
    try:
        db.verify_key()
    except WrongKey as exc:
        typed = classify(exc.__cause__ or exc, paths)
        key_known_right = profile.key_check is not None or key.source == "keyring"
        if isinstance(typed, DatabaseDamaged) and not key_known_right:
            raise  # without a key check, a wrong passphrase looks like a damaged header
        if typed is not None:
            raise typed from exc.__cause__
        raise


def _record_database(paths: ProfilePaths, profile: ProfileFile, key: DatabaseKey) -> None:
    """Note in profile.json that this profile has its database, with its key check."""
    updated = profile.model_copy(
        update={"format": FORMAT, "database_created": True, "key_check": key_check(key.raw)}
    )
    write_profile_file(paths.profile_file, updated)
