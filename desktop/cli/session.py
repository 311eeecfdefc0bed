"""Opening a profile for a headless command (database, settings, sync service)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings, load_settings
from desktop.storage.database import Database
from desktop.storage.profile import open_profile
from desktop.storage.sync_state import ACCOUNT, SyncStateStore

from .prompts import passphrase_provider


@dataclass
class CommandContext:
    paths: ProfilePaths
    db: Database
    settings: Settings


@contextmanager
def opened(paths: ProfilePaths) -> Iterator[CommandContext]:
    db = open_profile(paths, passphrase_provider)
    try:
        yield CommandContext(paths, db, load_settings(paths.settings_file))
    finally:
        db.close()


def account_country(db: Database) -> str | None:
    """The signed-in account's country (None when not signed in, or for the secretariat)."""
    account = SyncStateStore(db).get(ACCOUNT) or {}
    return account.get("country")
