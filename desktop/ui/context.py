"""What every window and operation shares: the profile, its settings and database, the task
gateway, the app-wide events, the signed-in user, the sync state and the one sync runner."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable
from uuid import UUID

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings
from desktop.storage.database import Database
from desktop.storage.drafts import DraftRepository
from desktop.storage.listing import RecordListing
from desktop.storage.records import RecordRepository

from .events import AppEvents
from .sync_status import SyncStatus
from .tasks import TaskManager

if TYPE_CHECKING:
    from desktop.sync.credentials import UserInfo
    from desktop.sync.engine import Progress
    from desktop.sync.summary import SyncSummary

    from .operations.sync import SyncRunner

log = logging.getLogger(__name__)


@runtime_checkable
class SyncBackend(Protocol):
    """What the window calls on the sync service (desktop.sync.service.SyncService), always on
    the network worker. Failures are the classes of desktop.sync.errors: `AuthFailed`,
    `Offline`, `CertificateError`, `InsecureConnection`, `BadServerAddress`, `OtherAccount`,
    `SessionExpired`, `RateLimited`, `RequestRefused`, `ServerError`, `Cancelled`."""

    def current_user(self) -> UserInfo | None:
        """Who is signed in (the local database, no network)."""
        ...

    def last_sync(self) -> str | None:
        """The RFC 3339 time the last sync finished, if any."""
        ...

    def login(
        self,
        server_url: str,
        email: str,
        password: str,
        device_name: str,
        *,
        switch_account: bool = False,
    ) -> UserInfo: ...

    def logout(self) -> None: ...

    def sync(
        self, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> SyncSummary: ...

    def review(
        self,
        report_id: UUID,
        action: Literal["accept", "return"],
        comment: str,
        base_rev: int | None = None,
    ) -> dict[str, Any] | None: ...

    def returned_version(self, report_id: UUID) -> dict[str, Any] | None: ...


SyncFactory = Callable[[Database, ProfilePaths, Settings], SyncBackend]


class SyncUnavailable(Exception):
    """This build has no sync engine; the message is shown to the user."""


def default_sync_factory(db: Database, paths: ProfilePaths, settings: Settings) -> SyncBackend:
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
        self.user: UserInfo | None = None  # email, role, country, server_url
        self._sync_factory = sync_factory or default_sync_factory
        self._sync: SyncBackend | None = None
        from .operations.sync import SyncRunner  # (it needs this module)

        self.sync_runner: SyncRunner = SyncRunner(self)  # every sync starts there

    def sync_service(self) -> SyncBackend:
        """The sync service; call only from the network worker (building it may touch disk)."""
        if self._sync is None:
            self._sync = self._sync_factory(self.db, self.paths, self.settings)
        return self._sync

    def set_user(self, user: UserInfo | None) -> None:
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
