"""Records as the server holds them and as they travel (the wire envelope)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, String, any_, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from ..db.models import Record
from ..jsonio import dumps, loads

ENVELOPE_COLUMNS = (
    Record.id,
    Record.kind,
    Record.rev,
    Record.owner_country,
    Record.updated_at,
    Record.deleted,
    Record.data,
)


@lru_cache(maxsize=4096)  # records pushed together share their timestamp
def timestamp(moment: datetime) -> str:
    """RFC 3339 in UTC with a `Z`."""
    return moment.isoformat().replace("+00:00", "Z")


@dataclass
class StoredRecord:
    """A record's current server state (as loaded, or as changed earlier in the same push)."""

    id: str
    kind: str
    rev: int
    owner_country: str | None
    updated_at: datetime
    deleted: bool
    data_json: str
    campaign_id: str | None = None
    state: str | None = None
    reference: str | None = None  # a live missing case's reference

    def data(self) -> dict[str, Any]:
        return loads(self.data_json)

    def envelope(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "rev": self.rev,
            "owner_country": self.owner_country,
            "updated_at": timestamp(self.updated_at),
            "deleted": self.deleted,
            "data": self.data(),
        }


def one_of(session: Session, column, values: list[str]) -> ColumnElement[bool]:
    """`column IN values`; on PostgreSQL as `= ANY(array)`, one parameter that plans fast."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(String)))
    return column.in_(values)


def load_records(session: Session, ids: Iterable[str]) -> dict[str, StoredRecord]:
    wanted = list(dict.fromkeys(ids))
    found: dict[str, StoredRecord] = {}
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(*ENVELOPE_COLUMNS, Record.campaign_id, Record.state).where(
                one_of(session, Record.id, wanted[start : start + 500])
            )
        )
        for row in rows:
            found[row.id] = StoredRecord(
                row.id,
                row.kind,
                row.rev,
                row.owner_country,
                row.updated_at,
                bool(row.deleted),
                row.data,
                row.campaign_id,
                row.state,
            )
    return found


def envelope_bytes(row: Any) -> bytes:
    """One record as wire JSON, written around the stored `data` text without decoding it."""
    return (
        b'{"id":"%s","kind":"%s","rev":%d,"owner_country":%s,"updated_at":"%s","deleted":%s,"data":%s}'
        % (
            row.id.encode(),
            row.kind.encode(),
            row.rev,
            dumps(row.owner_country),
            timestamp(row.updated_at).encode(),
            b"true" if row.deleted else b"false",
            row.data.encode(),
        )
    )
