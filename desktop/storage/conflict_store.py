"""Keeping both versions when a record diverged: the local one and the server's."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .clock import utc_now
from .models import ConflictRow, RecordRow, SyncState


def record_conflict(session: Session, record: RecordRow, server: dict[str, Any]) -> None:
    """Store (or refresh) the open conflict of `record`; the local data stays in the record."""
    open_row = session.execute(
        select(ConflictRow).where(
            ConflictRow.record_id == record.id, ConflictRow.resolved_at.is_(None)
        )
    ).scalar_one_or_none()
    server_json = json.dumps(server, ensure_ascii=False, default=str)
    if open_row is None:
        session.add(
            ConflictRow(
                record_id=record.id,
                kind=record.kind,
                local_data=record.data,
                local_deleted=record.deleted,
                server_record=server_json,
                created_at=utc_now(),
            )
        )
    else:
        open_row.server_record = server_json
        open_row.local_data = record.data
        open_row.local_deleted = record.deleted
    record.sync_state = SyncState.CONFLICT
    record.sync_message = None
