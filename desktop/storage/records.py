"""The record repository: every local edit writes the record and its outbox entry together.

Validation runs here (through `desktop.domain`), so nothing invalid reaches the outbox.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import orjson
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.records import CLIENT_WRITABLE_KINDS, normalise

from .clock import utc_now
from .database import Database
from .list_columns import list_columns
from .models import ConflictRow, OutboxRow, RecordRow, SyncState
from .tombstones import blank, forget_copies

_CHUNK = 500


@dataclass(frozen=True)
class LocalRecord:
    id: UUID
    kind: str
    rev: int | None
    owner_country: str | None
    updated_at: str
    deleted: bool
    data: dict[str, Any]
    sync_state: str
    sync_message: str | None

    def envelope(self) -> dict[str, Any]:
        """The record as it travels (docs/protocol.md, wire format)."""
        from desktop.domain.wire import envelope

        return envelope(
            self.id, self.kind, self.rev or 0, self.owner_country, self.updated_at,
            self.deleted, self.data,
        )  # fmt: skip


class RecordNotFound(LookupError):
    pass


def to_local(row: RecordRow) -> LocalRecord:
    return LocalRecord(
        id=UUID(row.id),
        kind=row.kind,
        rev=row.rev,
        owner_country=row.owner_country,
        updated_at=row.updated_at,
        deleted=row.deleted,
        data=orjson.loads(row.data),
        sync_state=row.sync_state,
        sync_message=row.sync_message,
    )


def dumps(data: Any) -> str:
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode()


_INDEX_AFTER = (
    "INSERT INTO records_fts(rowid, search) SELECT rowid, search FROM records WHERE rowid > ?"
)


def index_records_after(session: Session, rowid: int) -> None:
    """Add every record inserted after `rowid` to the search index, in one statement."""
    session.connection().exec_driver_sql(_INDEX_AFTER, (rowid,))


_UNINDEX = "UPDATE records SET search = '' WHERE id = ? AND search IS NOT ?"


def clear_changed_search(session: Session, texts: Iterable[tuple[str, str]]) -> None:
    """Before an UPDATE of many rows' search texts, given `(id, new text)` pairs: empty the
    texts that change, in one statement, so the search index's update trigger runs all its
    deletes first and then all its inserts. Interleaved, each delete (FTS5 secure-delete, so
    the words leave the index's pages) costs several times more."""
    rows = list(texts)
    if rows:
        session.connection().exec_driver_sql(_UNINDEX, rows)


# The outbox entries of records just inserted, in their order: creates (no base revision).
_QUEUE_AFTER = (
    "INSERT INTO outbox (mutation_id, record_id, kind, payload, deleted, base_rev, base_pending, "
    "created_at, sent_at, attempts) SELECT NULL, id, kind, NULL, 0, NULL, 0, ?, NULL, 0 "
    "FROM records WHERE rowid > ? ORDER BY rowid"
)


def queue_records_after(session: Session, rowid: int, now: str) -> None:
    """Queue every record inserted after `rowid` for sync (a create each), in one statement."""
    session.connection().exec_driver_sql(_QUEUE_AFTER, (now, rowid))


def max_rowid(session: Session) -> int:
    return (
        session.connection()
        .exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM records")
        .scalar_one()
    )


def _queue(
    session: Session, record_id: str, kind: str, deleted: bool, base_rev: int | None
) -> None:
    """Mark the record for sync: an outbox entry not yet sent already covers any later edit.

    An entry's payload and mutation id stay empty until the sync engine first sends it; then
    they are frozen, so a retried request carries the same body under the same id. Edits made
    after that get a new entry.
    """
    entries = session.execute(
        select(OutboxRow.seq, OutboxRow.sent_at)
        .where(OutboxRow.record_id == record_id)
        .order_by(OutboxRow.seq)
    ).all()
    unsent = [seq for seq, sent_at in entries if sent_at is None]
    if unsent:
        session.execute(
            update(OutboxRow).where(OutboxRow.seq == unsent[-1]).values(deleted=deleted)
        )
        return
    session.execute(
        insert(OutboxRow).values(
            mutation_id=None,  # given when first frozen (desktop.storage.outbox)
            record_id=record_id,
            kind=kind,
            payload=None,
            deleted=deleted,
            base_rev=base_rev,
            base_pending=bool(entries),  # an earlier edit is in flight: its rev is the base
            created_at=utc_now(),
            attempts=0,
        )
    )


def _seen_server_rev(session: Session, row: RecordRow) -> int | None:
    """The revision a delete is based on. For a record in conflict, the server's version the
    user has seen (deleting it settles the conflict); the entries not yet sent take it too."""
    server = session.execute(
        select(ConflictRow.server_record).where(
            ConflictRow.record_id == row.id, ConflictRow.resolved_at.is_(None)
        )
    ).scalar_one_or_none()
    rev = json.loads(server).get("rev") if server else None
    if rev is None:
        return row.rev
    row.rev = int(rev)
    session.execute(
        update(OutboxRow)
        .where(OutboxRow.record_id == row.id, OutboxRow.sent_at.is_(None))
        .values(base_rev=row.rev, base_pending=False)
    )
    return row.rev


_INSERT_RECORD = (
    "INSERT INTO records (id, kind, owner_country, data, updated_at, label, title, status, route, "
    "event_date, search, rev, deleted, sync_state, sync_message) "
    f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, '{SyncState.PENDING}', NULL)"
)
_UPDATE_RECORD = (
    f"UPDATE records SET data = ?, updated_at = ?, sync_state = '{SyncState.PENDING}', "
    "sync_message = NULL, label = ?, title = ?, status = ?, route = ?, event_date = ?, "
    "search = ? WHERE id = ?"
)
# No mutation id yet: the entry gets one when it is first frozen for sending (migration 0005).
_INSERT_OUTBOX = (
    "INSERT INTO outbox (mutation_id, record_id, kind, payload, deleted, base_rev, base_pending, "
    "created_at, sent_at, attempts) VALUES (NULL, ?, ?, NULL, 0, ?, ?, ?, NULL, 0)"
)
_UNDELETE_ENTRY = "UPDATE outbox SET deleted = 0 WHERE seq = ? AND deleted = 1"
# Per record among the ids: its kind and revision, its last outbox entry not yet sent (an edit
# folds into it), and whether it has any entry (one in flight makes the new one's base pending).
# By id only: with `kind = ?` beside a long IN list SQLite prefers a kind index and scans the
# whole kind for every chunk.
_KNOWN = (
    "SELECT r.id, r.kind, r.rev, "
    "(SELECT max(o.seq) FROM outbox o WHERE o.record_id = r.id AND o.sent_at IS NULL), "
    "EXISTS (SELECT 1 FROM outbox o WHERE o.record_id = r.id) "
    "FROM records r WHERE r.id IN ({})"
)
_CURRENT = "SELECT id, kind, deleted, data FROM records WHERE id IN ({})"


def rows_by_ids(session: Session, sql: str, ids: Sequence[str]) -> Iterator[tuple]:
    """The rows of `sql` (an `IN ({})` query) for every id, a chunk of ids per statement."""
    conn = session.connection()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        yield from conn.exec_driver_sql(sql.format(",".join("?" * len(chunk))), tuple(chunk))


def _columns(kind: str, data: dict, now: str) -> tuple:
    """`(data, updated_at, label, title, status, route, event_date, search)` of a record."""
    c = list_columns(kind, data)
    return (dumps(data), now, c["label"], c["title"], c["status"], c["route"], c["event_date"],
            c["search"])  # fmt: skip


def _writable(kind: str) -> None:
    """Campaigns are the secretariat's: a local edit could never be sent, so none is made."""
    if kind not in CLIENT_WRITABLE_KINDS:
        raise ValueError(f"A {kind} is authored by the secretariat and cannot be edited here")


class RecordRepository:
    def __init__(self, db: Database):
        self.db = db

    # Reading -----------------------------------------------------------------------------

    def get(self, record_id: UUID) -> LocalRecord | None:
        with self.db.read() as session:
            row = session.get(RecordRow, str(record_id))
            return to_local(row) if row else None

    def existing(self, kind: str, ids: Sequence[UUID]) -> dict[UUID, dict]:
        """Current data of the records among `ids` that exist and are not deleted."""
        with self.db.read() as session:
            return {
                UUID(rid): orjson.loads(data)
                for rid, row_kind, deleted, data in rows_by_ids(
                    session, _CURRENT, [str(i) for i in ids]
                )
                if row_kind == kind and not deleted
            }

    def envelopes(self, kind: str, *, include_deleted: bool = False, chunk: int = 1000):
        """Every record of `kind` as it travels, streamed in chunks (for exports)."""
        after = ""
        while True:
            stmt = select(RecordRow).where(RecordRow.kind == kind, RecordRow.id > after)
            if not include_deleted:
                stmt = stmt.where(RecordRow.deleted.is_(False))
            with self.db.read() as session:
                rows = session.execute(stmt.order_by(RecordRow.id).limit(chunk)).scalars().all()
                batch = [to_local(row).envelope() for row in rows]
            yield from batch
            if len(rows) < chunk:
                return
            after = rows[-1].id

    # Writing -----------------------------------------------------------------------------

    def save(
        self,
        kind: str,
        data: dict[str, Any],
        *,
        record_id: UUID | None = None,
        owner_country: str | None = None,
    ) -> LocalRecord:
        """Create or update one record (validated) and queue it for sync, in one transaction."""
        _writable(kind)
        clean = normalise(kind, data)
        record_id = record_id or uuid.uuid4()
        with self.db.write() as session:
            return to_local(self._write(session, kind, record_id, clean, owner_country))

    def save_many(
        self,
        kind: str,
        items: Iterable[tuple[UUID, dict[str, Any]]],
        owner_country: str | None,
        *,
        validated: bool = False,
    ) -> int:
        """Create or update many records in one transaction, each with its outbox entry.

        `validated=True` skips validation for data that already went through `normalise`.
        """
        _writable(kind)
        # Validated: the caller's pairs as they are (no new tuple each, less for the GC).
        prepared = list(items) if validated else [(rid, normalise(kind, d)) for rid, d in items]
        with self.db.write() as session:
            return self._write_many(session, kind, prepared, owner_country)

    def delete(self, record_id: UUID) -> None:
        """Delete the record, leaving only what sync needs (see `tombstones`), in one
        transaction: a tombstone queued for the server, or nothing at all when the server has
        never been sent the record."""
        with self.db.write() as session:
            row = session.get(RecordRow, str(record_id))
            if row is None or row.deleted:
                raise RecordNotFound(f"No record {record_id}")
            entries = session.execute(
                select(OutboxRow.sent_at).where(OutboxRow.record_id == row.id)
            ).scalars()
            if row.rev is None and all(sent_at is None for sent_at in entries):
                session.execute(delete(OutboxRow).where(OutboxRow.record_id == row.id))
                forget_copies(session, [row.id])
                session.delete(row)  # the FTS delete trigger takes its index entry
                return
            base_rev = _seen_server_rev(session, row)
            forget_copies(session, [row.id])
            blank(row)
            row.deleted = True
            row.updated_at = utc_now()
            row.sync_state = SyncState.PENDING
            _queue(session, row.id, row.kind, True, base_rev)

    def _write(
        self, session: Session, kind: str, record_id: UUID, data: dict, owner: str | None
    ) -> RecordRow:
        """Create or update one validated record in the caller's transaction; its row as now
        stored (changes the caller made to the row before are flushed first)."""
        session.flush()
        self._write_many(session, kind, [(record_id, data)], owner)
        return session.get(RecordRow, str(record_id), populate_existing=True)

    def _write_many(
        self, session: Session, kind: str, items: list[tuple[UUID, dict]], owner: str | None
    ) -> int:
        """Insert the new records and update the known ones, a statement per kind of write
        for the whole batch (a record given twice keeps its last data, as if saved twice).

        The batch's creates are queued (in their order) before its edits of known records:
        they are independent records, and a create first is the order in which an edit that
        names a record created in the same batch finds it on the server."""
        latest = {str(rid): data for rid, data in items}
        known = {row[0]: row[1:] for row in rows_by_ids(session, _KNOWN, list(latest))}
        now = utc_now()
        updates, new_entries, undeleted = [], [], []
        for key in (key for key in latest if key in known):  # in the batch's order
            row_kind, rev, unsent, has_entries = known[key]
            if row_kind != kind:
                raise ValueError(f"Record {key} is a {row_kind}, not a {kind}")
            updates.append((*_columns(kind, latest[key], now), key))
            if unsent is not None:  # an entry not yet sent already covers this edit
                undeleted.append((unsent,))
            else:  # based on the row's revision; pending while an earlier edit is in flight
                new_entries.append((key, kind, rev, bool(has_entries), now))
        conn = session.connection()
        fresh = [key for key in latest if key not in known]
        if fresh:  # the hot path of imports: straight to the driver's executemany, a chunk of
            before = max_rowid(session)  # rows built at a time (10,000 rows alive at once would
            for start in range(0, len(fresh), _CHUNK):  # set off the GC's full collections)
                rows = [(key, kind, owner, *_columns(kind, latest[key], now))
                        for key in fresh[start : start + _CHUNK]]  # fmt: skip
                conn.exec_driver_sql(_INSERT_RECORD, rows)
            index_records_after(session, before)  # then their search and outbox entries
            queue_records_after(session, before, now)
        if updates:  # the FTS update trigger re-indexes only a changed search text
            clear_changed_search(session, ((u[-1], u[-2]) for u in updates))  # (id, search)
            conn.exec_driver_sql(_UPDATE_RECORD, updates)
        if undeleted:
            conn.exec_driver_sql(_UNDELETE_ENTRY, undeleted)
        if new_entries:
            conn.exec_driver_sql(_INSERT_OUTBOX, new_entries)
        return len(items)
