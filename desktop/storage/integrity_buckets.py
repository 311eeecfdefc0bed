"""The integrity buckets on a plain driver connection: the SQL functions the triggers call
(migration 0004), and the reading of the buckets with the rows inserted since folded in.

Updates and deletes move their buckets through the triggers; rows inserted since the buckets
were last read (rowid above `integrity_mark`) are folded in first, in one pass over those rows
only; then the 256 small rows are read, never the records. No SQLAlchemy here, so the quick
look of a sync with nothing to do (`desktop.storage.quick_look`) reads them as the engine does;
`desktop.storage.integrity` gives the same through a session.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.domain.checksum import Bucket, bucket_of, envelope_hash, record_hash, xor

from .sync_states import SyncState


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


def fold_new_rows(conn: Any) -> int:
    """Fold the rows inserted since the last fold into the buckets, on a driver connection in
    a write transaction; how many rows."""
    mark = conn.execute("SELECT mark FROM integrity_mark").fetchone()[0]
    deltas: dict[str, list[int]] = {}
    top = mark
    for rowid, rid, kind, rev, deleted, owner, data, state, kept in conn.execute(
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
        conn.executemany(_ADD, [(n, h, h, name) for name, (n, h) in deltas.items()])
    if top != mark:
        conn.execute("UPDATE integrity_mark SET mark = ?", (top,))
    return top - mark


def local_buckets(conn: Any) -> dict[str, Bucket]:
    """The non-empty buckets, on a driver connection in a write transaction (new rows are
    folded in first)."""
    fold_new_rows(conn)
    rows = conn.execute(
        "SELECT bucket, record_count, hash_xor FROM integrity_buckets WHERE record_count != 0"
    )
    return {name: (int(count), int(value)) for name, count, value in rows}
