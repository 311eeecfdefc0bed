"""The local side of the integrity check: content-hash buckets kept by triggers (migration 0004).

`register_functions` gives every connection the SQL functions the triggers call. Updates and
deletes move their buckets through the triggers; rows inserted since the buckets were last read
(rowid above `integrity_mark`) are folded in by `local_buckets` first, in one pass over those
rows only; then the 256 small rows are read, never the records. `from_scratch` computes the
same buckets from all the rows, to check the bookkeeping.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.domain.checksum import Bucket, bucket_of, envelope_hash, fold, record_hash, xor

from .models import RecordRow, SyncState
from .tombstones import forget_copies, tombstone_rows

log = logging.getLogger(__name__)


def _fold(acc: int, rid: str, kind: str, rev: int, deleted: int, owner, data: str) -> int:
    """`acc` XOR the row's content hash: the triggers' `fp_fold` (called for every synced row
    written, so kept lean)."""
    return acc ^ record_hash(rid, kind, rev, deleted, owner, data or "")


def _refold(acc: int, *columns) -> int:
    """`acc` with the old row's hash taken out and the new row's put in (`fp_refold`: the
    synced → synced update, 6 old and 6 new columns); a row without a rev counts for nothing."""
    old, new = columns[:6], columns[6:]
    if old[2] is not None:
        acc ^= record_hash(*old[:5], old[5] or "")
    if new[2] is not None:
        acc ^= record_hash(*new[:5], new[5] or "")
    return acc


def _envelope_hash(server_record: str) -> int | None:
    try:
        return envelope_hash(json.loads(server_record))
    except (ValueError, KeyError, TypeError):
        return None


def register_functions(dbapi_connection: Any) -> None:
    """Add the integrity triggers' functions to a new SQLite connection."""
    dbapi_connection.create_function("fp_fold", 7, _fold, deterministic=True)
    dbapi_connection.create_function("fp_refold", 13, _refold, deterministic=True)
    dbapi_connection.create_function("fp_xor", 2, xor, deterministic=True)
    dbapi_connection.create_function("fp_envelope_hash", 1, _envelope_hash, deterministic=True)


_NEW_ROWS = (
    "SELECT r.rowid, r.id, r.kind, r.rev, r.deleted, r.owner_country, r.data, r.sync_state, "
    "h.hash FROM records r LEFT JOIN integrity_server_hashes h ON h.id = r.id "
    "WHERE r.rowid > ?"
)
_ADD = (
    "UPDATE integrity_buckets SET record_count = record_count + ?, "
    "hash_xor = (hash_xor | ?) - (hash_xor & ?) WHERE bucket = ?"
)


def fold_new_rows(session: Session) -> int:
    """Fold the rows inserted since the last fold into the buckets (a write); how many."""
    conn = session.connection()
    mark = conn.exec_driver_sql("SELECT mark FROM integrity_mark").scalar_one()
    deltas: dict[str, list[int]] = {}
    top = mark
    for rowid, rid, kind, rev, deleted, owner, data, state, kept in conn.exec_driver_sql(
        _NEW_ROWS, (mark,)
    ):
        top = max(top, rowid)
        if state == SyncState.SYNCED:
            value = None if rev is None else record_hash(rid, kind, rev, deleted, owner, data)
        else:
            value = kept
        if value is not None:
            entry = deltas.setdefault(bucket_of(rid), [0, 0])
            entry[0] += 1
            entry[1] ^= value
    if deltas:
        conn.exec_driver_sql(_ADD, [(n, h, h, name) for name, (n, h) in deltas.items()])
    if top != mark:
        conn.exec_driver_sql("UPDATE integrity_mark SET mark = ?", (top,))
    return top - mark


def local_buckets(session: Session) -> dict[str, Bucket]:
    """The non-empty buckets (in a write session: new rows are folded in first)."""
    fold_new_rows(session)
    rows = session.connection().exec_driver_sql(
        "SELECT bucket, record_count, hash_xor FROM integrity_buckets WHERE record_count != 0"
    )
    return {name: (int(count), int(value)) for name, count, value in rows}


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
