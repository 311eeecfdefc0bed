"""Opening a profile: find its key, open the encrypted database, bring the schema up to date."""

from __future__ import annotations

import logging

from desktop.config.paths import ProfilePaths

from . import migrate
from .database import Database, StorageError, WrongKey
from .keys import KeyUnavailable, PassphraseProvider, obtain_key

log = logging.getLogger(__name__)

__all__ = ["KeyUnavailable", "StorageError", "WrongKey", "open_profile"]


def open_profile(paths: ProfilePaths, passphrase: PassphraseProvider | None = None) -> Database:
    """The profile's database, ready to use. Raises `KeyUnavailable` or `StorageError`."""
    paths.ensure()
    key = obtain_key(paths, passphrase)
    db = Database(paths, key)
    db.verify_key()
    try:
        before = migrate.current_revision(db.writer_engine)
        migrate.upgrade(db.writer_engine)
    except Exception as exc:
        db.close()
        raise StorageError(f"The local database could not be upgraded: {exc}") from exc
    after = migrate.current_revision(db.writer_engine)
    if before != after:
        log.info("local database upgraded from %s to %s", before or "empty", after)
    return db
