"""Lists of records for the UI: filter, sort and keyset paging in SQL, never in Python."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Select, func, select, text, tuple_

from .database import Database
from .list_columns import search_query
from .models import RecordRow, SyncState

SortKey = Literal["label", "title", "event_date", "updated_at", "status"]
_SORT_COLUMNS = {
    "label": RecordRow.label,
    "title": RecordRow.title,
    "event_date": RecordRow.event_date,
    "updated_at": RecordRow.updated_at,
    "status": RecordRow.status,
}


# The columns lists filter and group by (besides search and sync state).
GROUP_COLUMNS = {"status": RecordRow.status, "route": RecordRow.route}


@dataclass(frozen=True)
class ListQuery:
    kind: str
    search: str | None = None
    status: str | None = None
    route: str | None = None
    sync_state: SyncState | None = None
    sort: SortKey = "label"
    descending: bool = False


@dataclass(frozen=True)
class ListRow:
    id: str
    label: str
    title: str
    status: str
    route: str
    event_date: str
    updated_at: str
    sync_state: str
    sync_message: str | None
    sort_value: str


@dataclass
class Page:
    rows: list[ListRow] = field(default_factory=list)
    # Pass back as `after` to get the next page; None on the last page.
    next_after: tuple[str, str] | None = None


def _filtered(query: ListQuery, stmt: Select) -> Select:
    stmt = stmt.where(RecordRow.kind == query.kind, RecordRow.deleted.is_(False))
    if query.status:
        stmt = stmt.where(RecordRow.status == query.status)
    if query.route:
        stmt = stmt.where(RecordRow.route == query.route)
    if query.sync_state:
        stmt = stmt.where(RecordRow.sync_state == query.sync_state)
    match = search_query(query.search or "")
    if match:
        stmt = stmt.where(
            text("records.rowid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH :m)")
        ).params(m=match)
    return stmt


def page_statement(query: ListQuery, after: tuple[str, str] | None, limit: int) -> Select:
    """A page of the list: `limit + 1` rows after the keyset `after` (one more tells whether
    there is a next page)."""
    column = _SORT_COLUMNS[query.sort]
    stmt = _filtered(
        query,
        select(
            RecordRow.id, RecordRow.label, RecordRow.title, RecordRow.status,
            RecordRow.route, RecordRow.event_date, RecordRow.updated_at,
            RecordRow.sync_state, RecordRow.sync_message, column,
        ),
    )  # fmt: skip
    key = tuple_(column, RecordRow.id)
    if after is not None:
        stmt = stmt.where(key < tuple_(*after) if query.descending else key > tuple_(*after))
    order = (column.desc(), RecordRow.id.desc()) if query.descending else (column, RecordRow.id)
    return stmt.order_by(*order).limit(limit + 1)


def count_statement(query: ListQuery) -> Select:
    return _filtered(query, select(func.count()).select_from(RecordRow))


def distinct_statement(kind: str, column: Literal["status", "route"]) -> Select:
    col = GROUP_COLUMNS[column]
    return (
        select(col)
        .where(RecordRow.kind == kind, RecordRow.deleted.is_(False), col != "")
        .distinct()
        .order_by(col)
    )


class RecordListing:
    def __init__(self, db: Database):
        self.db = db

    def page(
        self, query: ListQuery, *, after: tuple[str, str] | None = None, limit: int = 100
    ) -> Page:
        with self.db.read() as session:
            rows = [ListRow(*r) for r in session.execute(page_statement(query, after, limit))]
        more = len(rows) > limit
        rows = rows[:limit]
        next_after = (rows[-1].sort_value, rows[-1].id) if more and rows else None
        return Page(rows, next_after)

    def count(self, query: ListQuery) -> int:
        with self.db.read() as session:
            return session.execute(count_statement(query)).scalar_one()

    def distinct_values(self, kind: str, column: Literal["status", "route"]) -> list[str]:
        with self.db.read() as session:
            return list(session.execute(distinct_statement(kind, column)).scalars())
