"""Keeping both versions when a record diverged: the local one and the server's."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.wire import RecordEnvelope

from .clock import utc_now
from .models import ConflictRow, RecordRow, SyncState


def server_json(server: RecordEnvelope | Mapping[str, Any] | None) -> str:
    """The server's copy as the conflicts table keeps it: the envelope's JSON (`{}` if none)."""
    if isinstance(server, RecordEnvelope):
        server = server.as_dict()
    return orjson.dumps(dict(server or {}), default=str).decode()


def record_conflict(
    session: Session, record: RecordRow, server: RecordEnvelope | Mapping[str, Any] | None
) -> None:
    """Store (or refresh) the open conflict of `record`; the local data stays in the record."""
    open_row = session.execute(
        select(ConflictRow).where(
            ConflictRow.record_id == record.id, ConflictRow.resolved_at.is_(None)
        )
    ).scalar_one_or_none()
    text = server_json(server)
    if open_row is None:
        session.add(
            ConflictRow(
                record_id=record.id,
                kind=record.kind,
                local_data=record.data,
                local_deleted=record.deleted,
                server_record=text,
                created_at=utc_now(),
            )
        )
    else:
        open_row.server_record = text
        open_row.local_data = record.data
        open_row.local_deleted = record.deleted
    record.sync_state = SyncState.CONFLICT
    record.sync_message = None
