"""Applying records pulled from the server: a page and its cursor in one transaction.

Server data never overwrites a record with local changes still pending (in the outbox, in
conflict, or rejected and not yet fixed): that becomes a conflict with both versions kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.wire import RecordEnvelope

from .conflict_store import record_conflict
from .database import Database
from .list_columns import list_columns
from .models import ConflictRow, RecordRow, SyncState
from .records import dumps, index_records_after, max_rowid, rows_by_ids
from .sync_state import CURSOR, get_value, set_value
from .tombstones import BLANK_COLUMNS, EMPTY_DATA, forget_copies, tombstone_rows

Change = RecordEnvelope | Mapping[str, Any]


def as_envelope(change: Change) -> RecordEnvelope:
    """A pulled record as the wire model (a plain dict, as scripts and tests write one, is
    parsed: the engine hands over the models it parsed the page into)."""
    return change if isinstance(change, RecordEnvelope) else RecordEnvelope.model_validate(change)


def _keep_as_conflict(session: Session, record_id: str, change: RecordEnvelope) -> str:
    """A newer server copy of a record with local changes: keep both (see `apply_page`).
    Returns "conflict", or "same" when the record was in conflict already."""
    row = session.get(RecordRow, record_id)
    already = row.sync_state == SyncState.CONFLICT
    record_conflict(session, row, change)
    return "same" if already else "conflict"


def _values(change: RecordEnvelope) -> tuple:
    deleted = change.deleted
    if deleted:  # a tombstone keeps nothing of the record, whatever the server sent with it
        data_json, c = EMPTY_DATA, BLANK_COLUMNS
    else:
        data_json, c = dumps(change.data), list_columns(change.kind, change.data)
    return (
        change.kind, change.rev, change.owner_country, change.moment(), deleted, data_json,
        c["label"], c["title"], c["status"], c["route"], c["event_date"], c["search"],
    )  # fmt: skip


_INSERT = (
    "INSERT INTO records (kind, rev, owner_country, updated_at, deleted, data, label, title, "
    "status, route, event_date, search, id, sync_state, sync_message) "
    f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{SyncState.SYNCED}', NULL)"
)
_UPDATE = (
    "UPDATE records SET kind = ?, rev = ?, owner_country = ?, updated_at = ?, deleted = ?, "
    "data = ?, label = ?, title = ?, status = ?, route = ?, event_date = ?, search = ?, "
    f"sync_state = '{SyncState.SYNCED}', sync_message = NULL WHERE id = ?"
)
_STORED = (  # an applied push's server copy, unless a later edit is queued already
    f"{_UPDATE} AND rev = ? AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.record_id = records.id)"
)
_KNOWN = (
    "SELECT r.id, r.rev, r.sync_state, EXISTS (SELECT 1 FROM outbox o WHERE o.record_id = r.id) "
    "FROM records r WHERE r.id IN ({})"
)


def store_server_copies(session: Session, copies: list[RecordEnvelope]) -> None:
    """The server's copies of records it took from a push but stored otherwise than sent
    (review comments it merged), at the revision the push gave them."""
    if copies:
        rows = [(*_values(copy), str(copy.id), copy.rev) for copy in copies]
        session.connection().exec_driver_sql(_STORED, rows)


class IncomingChanges:
    def __init__(self, db: Database):
        self.db = db

    def cursor(self) -> int:
        with self.db.read() as session:
            return int(get_value(session, CURSOR, 0))

    def apply_page(
        self, changes: Iterable[Change], next_cursor: int, *, repair: bool = False
    ) -> dict[str, int]:
        """Apply a page and store its cursor in one transaction (set-based for speed).

        With `repair` (a full re-pull after a checksum mismatch), a record without local
        changes takes the server's copy even at the same revision, so a drifted copy heals."""
        counts = {"new": 0, "updated": 0, "same": 0, "conflict": 0}
        latest: dict[str, RecordEnvelope] = {}
        for change in map(as_envelope, changes):  # a record is listed once, but keep the last
            latest[str(change.id)] = change
        with self.db.write() as session:
            conn = session.connection()
            known = {row[0]: row[1:] for row in rows_by_ids(session, _KNOWN, list(latest))}
            inserts, updates, rewritten = [], [], 0
            for record_id, change in latest.items():
                if record_id not in known:
                    inserts.append((*_values(change), record_id))
                    continue
                rev, state, queued = known[record_id]
                local_changes = queued or state in {SyncState.CONFLICT, SyncState.FAILED}
                newer = rev is None or change.rev > rev
                if repair and not local_changes and change.rev == rev:
                    updates.append((*_values(change), record_id))  # same rev: rewrite it
                    rewritten += 1
                elif not newer:
                    counts["same"] += 1
                elif local_changes:
                    counts[_keep_as_conflict(session, record_id, change)] += 1
                else:
                    updates.append((*_values(change), record_id))
            if inserts:
                before = max_rowid(session)
                conn.exec_driver_sql(_INSERT, inserts)
                index_records_after(session, before)
            if updates:
                conn.exec_driver_sql(_UPDATE, updates)
            # A delete from another device: the copies of the record kept here go with it.
            deleted = [values[-1] for values in inserts + updates if values[4]]
            forget_copies(session, deleted)
            counts["new"] += len(inserts)
            counts["updated"] += len(updates) - rewritten
            counts["same"] += rewritten
            set_value(session, CURSOR, int(next_cursor))
        return counts

    def reset_cursor(self) -> None:
        with self.db.write() as session:
            set_value(session, CURSOR, 0)

    def scope_items(self) -> list[tuple[str, int, bool]]:
        """(id, rev, deleted) of the server's version of every record we hold (for the
        checksum): for a record in conflict, the server's copy kept in the conflict."""
        with self.db.read() as session:
            rows = session.execute(
                select(RecordRow.id, RecordRow.rev, RecordRow.deleted).where(
                    RecordRow.rev.is_not(None), RecordRow.sync_state != SyncState.CONFLICT
                )
            ).all()
            items = [(rid, int(rev), bool(deleted)) for rid, rev, deleted in rows]
            conflicts = session.execute(
                select(ConflictRow.server_record).where(ConflictRow.resolved_at.is_(None))
            ).scalars()
            for text in conflicts:
                server = json.loads(text)
                if server.get("id") and server.get("rev") is not None:
                    items.append((str(server["id"]), int(server["rev"]), bool(server["deleted"])))
        return items

    def forget_unseen(self, seen: set[str]) -> int:
        """After a full re-pull: drop synced records the server no longer has in our scope."""
        with self.db.write() as session:
            rows = session.execute(
                select(RecordRow.id).where(
                    RecordRow.rev.is_not(None), RecordRow.sync_state == SyncState.SYNCED
                )
            ).scalars()
            stale = [rid for rid in rows if rid not in seen]
            tombstone_rows(session, stale, rev=None, sync_state=SyncState.SYNCED)
            forget_copies(session, stale)
        return len(stale)
