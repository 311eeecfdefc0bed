"""The state the status bar shows: online or not, syncing (with progress), pending changes,
open conflicts, when the last sync finished and how. It only shows: when to sync (backoff,
"sync again") is desktop/sync/schedule.py's, run by `operations.sync.SyncRunner`."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from desktop.domain.moments import parse_rfc3339
from desktop.sync.errors import Offline

from .messages import error_text


class SyncStatus(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.online: bool | None = None  # None: not known yet
        self.syncing = False
        self.step = ""
        self.done = 0
        self.total = 0
        self.pending = 0
        self.conflicts = 0
        self.last_sync: datetime | None = None
        self.last_error: str | None = None

    def started(self) -> None:
        self.syncing, self.step, self.done, self.total = True, "", 0, 0
        self.changed.emit()

    def progress(self, step: str, done: int, total: int) -> None:
        self.step, self.done, self.total = step, done, total
        self.changed.emit()

    def finished(self) -> None:
        self.syncing, self.online = False, True
        self.last_sync, self.last_error = datetime.now(), None
        self.changed.emit()

    def failed(self, exc: BaseException) -> None:
        self.syncing = False
        self.last_error = error_text(exc)
        if isinstance(exc, Offline):
            self.online = False
        self.changed.emit()

    def set_last_sync(self, stamp: str) -> None:
        """From the stored RFC 3339 time of the last completed sync."""
        try:
            self.last_sync = parse_rfc3339(stamp).astimezone()
        except ValueError:
            return
        self.changed.emit()

    def set_online(self, online: bool | None) -> None:
        self.online = online
        self.changed.emit()

    def set_counts(self, pending: int, conflicts: int) -> None:
        if (pending, conflicts) != (self.pending, self.conflicts):
            self.pending, self.conflicts = pending, conflicts
            self.changed.emit()
