"""Pull pages and scope checksums, read from one snapshot.

A page lists the records changed after the cursor that the caller may see, in revision order.
When nothing more is left, `next_cursor` jumps to the newest revision of the snapshot (read
before the page): every revision up to it is committed (revisions are handed out in commit
order), so the caller has seen everything it may see up to there, even changes of other
countries that it never receives.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Engine, Select, func, or_, select, true, union_all

from desktop.domain.checksum import scope_checksum
from desktop.domain.wire import ChecksumResponse

from ..db.engine import is_sqlite, one_statement_session, read_session
from ..db.models import Record, RevisionCounter
from ..security.tokens import Principal
from .records import WIRE_COLUMNS, envelope_bytes
from .revisions import COUNTER_ID, current_revision


def visible_to(principal: Principal) -> ColumnElement[bool] | None:
    """The records a caller may see: all for the secretariat; else their own and campaigns."""
    if principal.is_secretariat:
        return None
    return or_(Record.owner_country == principal.country, Record.kind == "campaign")


def _page_query(principal: Principal, since: int, limit: int) -> Select:
    """The first `limit` changes after `since` in scope, by revision. For a focal point, the
    two halves of the scope are read each from its own index, in order, and merged: an OR
    would make the database sort every change of the country on every page."""
    after = Record.rev > since
    if principal.is_secretariat:
        return select(*WIRE_COLUMNS).where(after).order_by(Record.rev).limit(limit)
    halves = [
        select(*WIRE_COLUMNS).where(condition, after).order_by(Record.rev).limit(limit)
        for condition in (Record.owner_country == principal.country, Record.kind == "campaign")
    ]
    merged = union_all(*(select(half.subquery()) for half in halves)).subquery()
    return select(merged).order_by(merged.c.rev).limit(limit)


def _read_page(engine: Engine, principal: Principal, since: int, limit: int):
    """The newest revision and the first `limit` changes after `since`, from one snapshot."""
    query = _page_query(principal, since, limit)
    if is_sqlite(engine):
        with read_session(engine) as session:
            head = current_revision(session)
            # Core, not the ORM: plain rows, written out by `envelope_bytes` as they come.
            return head, session.connection().execute(query).all()
    # PostgreSQL: one statement (so one snapshot, without a transaction's BEGIN and COMMIT
    # round trips): the counter's row, joined to the page's rows, or to none when it is empty.
    page = query.subquery()
    joined = RevisionCounter.__table__.outerjoin(page, true())
    statement = (
        select(RevisionCounter.value.label("head"), *page.c)
        .select_from(joined)
        .where(RevisionCounter.id == COUNTER_ID)
        .order_by(page.c.rev)
    )
    with one_statement_session(engine) as session:
        rows = session.connection().execute(statement).all()
    return rows[0].head, [row[1:] for row in rows if row.id is not None]


def pull_page(engine: Engine, principal: Principal, since: int, limit: int) -> bytes:
    """The pull response body as JSON bytes."""
    head, rows = _read_page(engine, principal, since, limit + 1)
    has_more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = rows[-1][2] if has_more else max(since, head)  # rev: `WIRE_COLUMNS`' third
    changes = b",".join(envelope_bytes(row) for row in rows)
    return b'{"changes":[%s],"next_cursor":%d,"has_more":%s}' % (
        changes,
        next_cursor,
        b"true" if has_more else b"false",
    )


def checksum(engine: Engine, principal: Principal) -> ChecksumResponse:
    """Checksum over (id, rev, deleted) of every record in scope, tombstones included."""
    query = select(Record.id, Record.rev, Record.deleted)
    scope = visible_to(principal)
    if scope is not None:
        query = query.where(scope)
    with read_session(engine) as session:
        rows = session.execute(query).all()
    items = [(row.id, row.rev, bool(row.deleted)) for row in rows]
    return ChecksumResponse(
        count=len(items),
        checksum=scope_checksum(items),
        max_rev=max((rev for _id, rev, _deleted in items), default=0),
    )


def count_records(engine: Engine) -> int:
    with read_session(engine) as session:
        return session.scalar(select(func.count()).select_from(Record)) or 0
