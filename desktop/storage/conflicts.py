"""Conflicts: a record edited here while the server took another edit of it.

The sync engine records both versions (`conflicts` table) and keeps the local edit. The user
chooses field by field; `resolve` writes the chosen data as a new local edit *on the server's
revision*, so the next push applies it cleanly over what the server holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import func, select, update

from desktop.domain.records import normalise

from .clock import utc_now
from .database import Database
from .models import ConflictRow, OutboxRow, RecordRow
from .records import LocalRecord, RecordRepository, to_local


class ConflictNotFound(LookupError):
    pass


@dataclass(frozen=True)
class Conflict:
    id: int
    record_id: str
    kind: str
    local_data: dict[str, Any]
    local_deleted: bool
    server_record: dict[str, Any]  # the server's envelope (wire format)
    created_at: str

    @property
    def server_data(self) -> dict[str, Any]:
        return self.server_record.get("data") or {}

    @property
    def server_rev(self) -> int:
        return int(self.server_record.get("rev") or 0)

    @property
    def server_deleted(self) -> bool:
        return bool(self.server_record.get("deleted"))


def _to_conflict(row: ConflictRow) -> Conflict:
    return Conflict(
        id=row.id,
        record_id=row.record_id,
        kind=row.kind,
        local_data=json.loads(row.local_data),
        local_deleted=row.local_deleted,
        server_record=json.loads(row.server_record),
        created_at=row.created_at,
    )


def list_open(db: Database) -> list[Conflict]:
    """Unresolved conflicts, oldest first."""
    stmt = select(ConflictRow).where(ConflictRow.resolved_at.is_(None)).order_by(ConflictRow.id)
    with db.read() as session:
        return [_to_conflict(row) for row in session.scalars(stmt)]


def open_count(db: Database) -> int:
    stmt = select(func.count()).select_from(ConflictRow).where(ConflictRow.resolved_at.is_(None))
    with db.read() as session:
        return session.execute(stmt).scalar_one()


def get(db: Database, conflict_id: int) -> Conflict | None:
    with db.read() as session:
        row = session.get(ConflictRow, conflict_id)
        return _to_conflict(row) if row else None


def resolve(db: Database, conflict_id: int, chosen_data: dict[str, Any]) -> LocalRecord:
    """Write `chosen_data` as a new local edit based on the server's revision, in one
    transaction: the record (rev = the server's), its outbox entry (base_rev = the server's)
    and the conflict marked resolved. Raises `RecordInvalid` when the chosen data is invalid,
    `ConflictNotFound` when the conflict is unknown or already resolved."""
    repo = RecordRepository(db)
    with db.write() as session:
        conflict = session.get(ConflictRow, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise ConflictNotFound(f"No open conflict {conflict_id}")
        server = json.loads(conflict.server_record)
        server_rev = int(server.get("rev") or 0)
        clean = normalise(conflict.kind, chosen_data)
        record = session.get(RecordRow, conflict.record_id)
        if record is not None:
            record.rev = server_rev
            record.deleted = False
            session.flush()
        owner = record.owner_country if record else server.get("owner_country")
        row = repo._write(session, conflict.kind, UUID(conflict.record_id), clean, owner)
        row.rev = server_rev
        # `_queue` reuses an unsent entry as it was; this edit is based on the server's revision.
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.record_id == conflict.record_id, OutboxRow.sent_at.is_(None))
            .values(base_rev=server_rev, base_pending=False, deleted=False)
        )
        conflict.resolved_at = utc_now()
        session.flush()
        return to_local(row)
