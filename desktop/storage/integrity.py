"""The local side of the integrity check through a session: content-hash buckets kept by
triggers (migration 0004; the functions they call and the reading of the buckets are
`desktop.storage.integrity_buckets`), the buckets computed from scratch to check that
bookkeeping, and the clean-up after a bucket is pulled again.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.domain.checksum import Bucket, bucket_of, fold, record_hash

from . import integrity_buckets
from .models import RecordRow, SyncState
from .tombstones import forget_copies, tombstone_rows

log = logging.getLogger(__name__)


def local_buckets(session: Session) -> dict[str, Bucket]:
    """The non-empty buckets, in a write session (new rows are folded in first)."""
    return integrity_buckets.local_buckets(session.connection().connection.driver_connection)


def from_scratch(session: Session) -> dict[str, Bucket]:
    """The buckets computed from the rows (a scan): what `local_buckets` must equal."""
    contributions: dict[str, int] = {}
    rows = session.execute(
        select(
            RecordRow.id, RecordRow.kind, RecordRow.rev, RecordRow.deleted,
            RecordRow.owner_country, RecordRow.data,
        ).where(RecordRow.sync_state == SyncState.SYNCED, RecordRow.rev.is_not(None))
    )  # fmt: skip
    for rid, kind, rev, deleted, owner, data in rows:
        contributions[rid] = record_hash(rid, kind, rev, bool(deleted), owner, data)
    kept = session.execute(
        text(
            "SELECT h.id, h.hash FROM integrity_server_hashes h JOIN records r ON r.id = h.id "
            f"WHERE r.sync_state != '{SyncState.SYNCED}'"
        )
    )
    contributions.update({rid: int(value) for rid, value in kept})
    return fold(contributions.items())


def server_versions_kept(session: Session) -> dict[str, int]:
    """The last known server version's hash of each record with local changes (for tests)."""
    rows = session.execute(text("SELECT id, hash FROM integrity_server_hashes"))
    return {rid: int(value) for rid, value in rows}


def forget_unseen_in(session: Session, buckets: Collection[str], seen: Iterable[str]) -> int:
    """After re-pulling `buckets`: the synced records of those buckets the server did not send
    become tombstones without a revision (as `IncomingChanges.forget_unseen` does for all)."""
    wanted, sent = set(buckets), set(seen)
    stale = []
    for name in sorted(wanted):
        low, high = name, f"{int(name, 16) + 1:02x}" if name != "ff" else "g"
        rows = session.execute(
            select(RecordRow.id).where(
                RecordRow.id >= low,
                RecordRow.id < high,
                RecordRow.rev.is_not(None),
                RecordRow.sync_state == SyncState.SYNCED,
            )
        ).scalars()
        stale.extend(rid for rid in rows if rid not in sent and bucket_of(rid) in wanted)
    tombstone_rows(session, stale, rev=None, sync_state=SyncState.SYNCED)
    forget_copies(session, stale)
    return len(stale)
