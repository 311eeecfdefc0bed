"""Editor drafts: what a person typed and has not saved yet, kept so nothing typed is lost.

An editor writes its contents here (debounced) while the user types; saving the record or
discarding the edit removes the draft. Drafts are never synced: they stay in the profile's
encrypted database and are offered again when the editor reopens.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from .clock import utc_now
from .database import Database
from .models import DraftRow
from .records import dumps


@dataclass(frozen=True)
class Draft:
    key: str
    kind: str
    record_id: str | None  # None: the draft of a record never saved
    data: dict[str, Any]
    updated_at: str


def _to_draft(row: DraftRow) -> Draft:
    return Draft(row.key, row.kind, row.record_id, json.loads(row.data), row.updated_at)


class DraftRepository:
    def __init__(self, db: Database):
        self.db = db

    def save(self, key: str, kind: str, record_id: str | None, data: dict[str, Any]) -> Draft:
        """Create or replace the draft under `key` (one write transaction)."""
        now = utc_now()
        with self.db.write() as session:
            row = session.get(DraftRow, key)
            if row is None:
                row = DraftRow(key=key)
                session.add(row)
            row.kind = kind
            row.record_id = str(record_id) if record_id else None
            row.data = dumps(data)
            row.updated_at = now
            session.flush()
            return _to_draft(row)

    def load(self, key: str) -> Draft | None:
        with self.db.read() as session:
            row = session.get(DraftRow, key)
            return _to_draft(row) if row else None

    def discard(self, key: str) -> bool:
        """Remove the draft; True when there was one."""
        with self.db.write() as session:
            result = session.execute(delete(DraftRow).where(DraftRow.key == key))
            return bool(result.rowcount)

    def list(self, kind: str | None = None) -> list[Draft]:
        """Every draft (of `kind`), most recent first."""
        stmt = select(DraftRow).order_by(DraftRow.updated_at.desc())
        if kind is not None:
            stmt = stmt.where(DraftRow.kind == kind)
        with self.db.read() as session:
            return [_to_draft(row) for row in session.scalars(stmt)]
