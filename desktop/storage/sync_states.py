"""A local record's sync state, apart from the tables (no SQLAlchemy), so the driver-only
readers (`desktop.storage.quick_look`, `desktop.storage.integrity_buckets`) speak it too."""

from __future__ import annotations

from enum import StrEnum


class SyncState(StrEnum):
    """A local record's sync state: the one vocabulary of storage, lists, labels and editors.

    (The server's per-mutation verdicts — applied, conflict, rejected — are another thing: a
    rejected mutation leaves its record FAILED, with the server's messages.)"""

    PENDING = "pending"  # changed here, waiting to be sent
    SYNCED = "synced"  # the server's copy and ours agree
    FAILED = "failed"  # the server refused the last change (see sync_message)
    CONFLICT = "conflict"  # changed here and on the server; both versions are kept
