"""Small key/value facts the sync keeps in the encrypted database (cursor, account, last sync)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .database import Database
from .models import SyncStateRow
from .sync_keys import ACCOUNT, CURSOR, LAST_SYNC

__all__ = ["ACCOUNT", "CURSOR", "LAST_SYNC", "SyncStateStore", "get_value", "set_value"]


def get_value(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SyncStateRow, key)
    return json.loads(row.value) if row else default


def set_value(session: Session, key: str, value: Any) -> None:
    row = session.get(SyncStateRow, key)
    if row is None:
        session.add(SyncStateRow(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)


class SyncStateStore:
    def __init__(self, db: Database):
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        with self.db.read() as session:
            return get_value(session, key, default)

    def set(self, key: str, value: Any) -> None:
        with self.db.write() as session:
            set_value(session, key, value)

    def clear(self, *keys: str) -> None:
        with self.db.write() as session:
            session.execute(delete(SyncStateRow).where(SyncStateRow.key.in_(keys)))

    def all(self) -> dict[str, Any]:
        with self.db.read() as session:
            rows = session.execute(select(SyncStateRow)).scalars()
            return {row.key: json.loads(row.value) for row in rows}
