"""What every window and operation shares: the profile, its settings and database, the task
gateway, the app-wide events, the signed-in user and the sync state."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings
from desktop.storage.database import Database
from desktop.storage.drafts import DraftRepository
from desktop.storage.listing import RecordListing
from desktop.storage.records import RecordRepository

from .events import AppEvents
from .sync_status import SyncStatus
from .tasks import TaskManager

log = logging.getLogger(__name__)

SyncFactory = Callable[[Database, ProfilePaths, Settings], Any]


class SyncUnavailable(Exception):
    """This build has no sync engine; the message is shown to the user."""


def default_sync_factory(db: Database, paths: ProfilePaths, settings: Settings) -> Any:
    """The real sync service, imported only when first needed (on the network worker)."""
    try:
        from desktop.sync.service import SyncService
    except ImportError as exc:
        log.warning("sync engine unavailable: %s", exc)
        raise SyncUnavailable("Sync is not available in this build; keep working offline.") from exc
    return SyncService(db, paths, settings)


class AppContext:
    def __init__(
        self,
        paths: ProfilePaths,
        settings: Settings,
        db: Database,
        *,
        tasks: TaskManager | None = None,
        events: AppEvents | None = None,
        sync_factory: SyncFactory | None = None,
    ):
        self.paths = paths
        self.settings = settings
        self.db = db
        self.tasks = tasks or TaskManager()
        self.events = events or AppEvents()
        self.repo = RecordRepository(db)
        self.listing = RecordListing(db)
        self.drafts = DraftRepository(db)
        self.sync_status = SyncStatus()
        self.user: Any | None = None  # desktop.sync UserInfo: email, role, country, server_url
        self._sync_factory = sync_factory or default_sync_factory
        self._sync: Any | None = None

    def sync_service(self) -> Any:
        """The sync service; call only from the network worker (building it may touch disk)."""
        if self._sync is None:
            self._sync = self._sync_factory(self.db, self.paths, self.settings)
        return self._sync

    def set_user(self, user: Any | None) -> None:
        self.user = user
        self.events.user_changed.emit(user)

    @property
    def owner_country(self) -> str | None:
        return getattr(self.user, "country", None)

    @property
    def is_secretariat(self) -> bool:
        return getattr(self.user, "role", None) == "secretariat"

    @property
    def signed_in(self) -> bool:
        return self.user is not None
