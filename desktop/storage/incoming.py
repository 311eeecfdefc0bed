"""Applying records pulled from the server: a page and its cursor in one transaction.

Server data never overwrites a record with local changes still pending (in the outbox, in
conflict, or rejected and not yet fixed): that becomes a conflict with both versions kept.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from .conflict_store import record_conflict
from .database import Database
from .list_columns import list_columns
from .models import ConflictRow, OutboxRow, RecordRow
from .records import dumps, index_new_record
from .sync_state import CURSOR, get_value, set_value


def _has_local_changes(session: Session, row: RecordRow) -> bool:
    if row.sync_state in {"conflict", "failed"}:
        return True
    return session.execute(select(exists().where(OutboxRow.record_id == row.id))).scalar_one()


def _apply_one(session: Session, change: dict[str, Any]) -> str:
    """Apply one record; returns "new", "updated", "same" or "conflict"."""
    record_id, rev = str(change["id"]), int(change["rev"])
    data = change.get("data") or {}
    row = session.get(RecordRow, record_id)
    if row is not None and row.rev is not None and rev <= row.rev:
        return "same"  # our own change coming back, or an older copy
    if row is not None and _has_local_changes(session, row):
        already = row.sync_state == "conflict"
        record_conflict(session, row, change)
        return "same" if already else "conflict"  # a newer server copy of a known conflict
    created = row is None
    if created:
        row = RecordRow(id=record_id, kind=change["kind"])
        session.add(row)
    row.kind = change["kind"]
    row.rev = rev
    row.owner_country = change.get("owner_country")
    row.updated_at = str(change.get("updated_at") or "")
    row.deleted = bool(change.get("deleted"))
    row.data = dumps(data)
    row.sync_state, row.sync_message = "synced", None
    for name, value in list_columns(row.kind, data).items():
        setattr(row, name, value)
    session.flush()
    if created:
        index_new_record(session, record_id)
    return "new" if created else "updated"


class IncomingChanges:
    def __init__(self, db: Database):
        self.db = db

    def cursor(self) -> int:
        with self.db.read() as session:
            return int(get_value(session, CURSOR, 0))

    def apply_page(self, changes: list[dict[str, Any]], next_cursor: int) -> dict[str, int]:
        counts = {"new": 0, "updated": 0, "same": 0, "conflict": 0}
        with self.db.write() as session:
            for change in changes:
                counts[_apply_one(session, change)] += 1
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
                    RecordRow.rev.is_not(None), RecordRow.sync_state != "conflict"
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
                    RecordRow.rev.is_not(None), RecordRow.sync_state == "synced"
                )
            ).scalars()
            stale = [rid for rid in rows if rid not in seen]
            for start in range(0, len(stale), 500):
                session.execute(
                    update(RecordRow)
                    .where(RecordRow.id.in_(stale[start : start + 500]))
                    .values(deleted=True, rev=None, sync_state="synced")
                )
        return len(stale)


def decode(text: str) -> dict[str, Any]:
    return json.loads(text)
