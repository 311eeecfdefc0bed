"""Records as the server holds them and as they travel (the wire envelope)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, any_, bindparam, select, text, type_coerce
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from desktop.domain.wire import envelope, envelope_json, wire_moment

from ..db.models import Record
from ..jsonio import loads

ENVELOPE_COLUMNS = (
    Record.id,
    Record.kind,
    Record.rev,
    Record.owner_country,
    Record.updated_at,
    Record.deleted,
    Record.data,
)


# The envelope's columns as the driver gives them, for the pull's hot path: `updated_at` as
# stored (SQLite: the text "2026-05-06 09:42:00.000000" in UTC; PostgreSQL: a naive UTC
# datetime) and `deleted` as 0/1 or a bool, without SQLAlchemy's conversions per row.
WIRE_COLUMNS = (
    Record.id,
    Record.kind,
    Record.rev,
    Record.owner_country,
    type_coerce(Record.updated_at, String).label("updated_at"),
    type_coerce(Record.deleted, Integer).label("deleted"),
    Record.data,
)


@lru_cache(maxsize=4096)  # records pushed together share their timestamp
def timestamp(moment: datetime | str) -> str:
    """RFC 3339 in UTC with a `Z` (`desktop.domain.wire.wire_moment`), from an aware datetime
    or a stored one (`WIRE_COLUMNS`)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return wire_moment(moment)


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
    canonical: bytes | None = None  # written by a push: `data_json`'s canonical bytes

    def data(self) -> dict[str, Any]:
        return loads(self.data_json)

    def envelope(self) -> dict[str, Any]:
        return envelope(
            self.id, self.kind, self.rev, self.owner_country, timestamp(self.updated_at),
            self.deleted, self.data(),
        )  # fmt: skip


def one_of(session: Session, column, values: list[str]) -> ColumnElement[bool]:
    """`column IN values`; on PostgreSQL as `= ANY(array)`, one parameter that plans fast."""
    if session.get_bind().dialect.name == "postgresql":
        return pg_any(column, values)
    return column.in_(values)


def pg_any(column, values: list[str]) -> ColumnElement[bool]:
    """PostgreSQL's `column = ANY(array)`. The ids a push names (UUIDs) hold no comma, so they
    travel as one text cut by `string_to_array`: psycopg writes a list parameter element by
    element in Python (some microseconds each: a tenth of a push's CPU for a 1000-record
    batch, whose ids are looked up several times); values with a comma go as an array. The
    cutting is a sub-select, run once: a bare `ANY(string_to_array($1, ','))` is evaluated
    again for every row a scan filters (a small table, or one without statistics yet)."""
    joined = ",".join(values)
    if values and joined.count(",") == len(values) - 1:
        name = f"ids_{column.key}"  # one per column of a statement
        array = text(f"(ARRAY(SELECT unnest(string_to_array(:{name}, ','))))")
        return column == any_(array.bindparams(bindparam(name, joined, type_=String)))
    return column == any_(bindparam(None, values, type_=ARRAY(String)))


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
    """One record as wire JSON, written around the stored `data` text without decoding it;
    `row` holds the `ENVELOPE_COLUMNS` (or `WIRE_COLUMNS`), in that order."""
    record_id, kind, rev, owner_country, updated_at, deleted, data = row[:7]
    return envelope_json(record_id, kind, rev, owner_country, timestamp(updated_at), deleted, data)
