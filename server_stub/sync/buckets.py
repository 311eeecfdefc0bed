"""The server side of the integrity check: content-hash buckets kept on every record write.

Each record's content hash (`desktop.domain.checksum.record_hash`, over its canonical bytes)
is folded into a row of `record_buckets` keyed by (owner key, bucket): the owner key is the
record's country, `*campaign` for campaigns (everyone sees them) and "" for a record without
an owner (only the secretariat sees it). A caller's buckets are those rows of the owner keys
it may see, folded: one small read, never a scan of the records.

Every writer of `records` calls `note_writes` in its transaction, before it writes: the push
(`bulk.BulkWriter.write_records`), review decisions and campaigns. Revisions serialise every
record write (`revisions.RevisionAllocator`), so the bucket rows never see two writers at once.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, and_, or_, select, text

from desktop.domain.checksum import (
    BUCKET_NAMES,
    Bucket,
    bucket_of,
    canonical_data,
    fold,
    record_hash,
    xor,
)

from ..db.engine import read_session
from ..db.models import Record, RecordBucket
from ..jsonio import loads
from ..security.tokens import Principal
from .pull import visible_to
from .records import ENVELOPE_COLUMNS, StoredRecord, envelope_bytes, pg_any

CAMPAIGNS = "*campaign"

_UPSERT = text(
    "INSERT INTO record_buckets (owner_key, bucket, record_count, hash_xor) "
    "VALUES (:k, :b, :n, :h) ON CONFLICT (owner_key, bucket) DO UPDATE SET "
    "record_count = record_buckets.record_count + excluded.record_count, "
    "hash_xor = (record_buckets.hash_xor | excluded.hash_xor) "
    "- (record_buckets.hash_xor & excluded.hash_xor)"
)  # (a | b) - (a & b) is a XOR b, and never overflows a BIGINT
_UPSERT_ARRAYS = text(
    "INSERT INTO record_buckets (owner_key, bucket, record_count, hash_xor) "
    "SELECT * FROM unnest(CAST(:k AS VARCHAR[]), CAST(:b AS VARCHAR[]), CAST(:n AS BIGINT[]), "
    "CAST(:h AS BIGINT[])) ON CONFLICT (owner_key, bucket) DO UPDATE SET "
    "record_count = record_buckets.record_count + excluded.record_count, "
    "hash_xor = (record_buckets.hash_xor | excluded.hash_xor) "
    "- (record_buckets.hash_xor & excluded.hash_xor)"
)


@dataclass(frozen=True)
class Written:
    """A record as it is about to be stored: its data as the stored JSON text."""

    id: str
    kind: str
    rev: int
    deleted: bool
    owner_country: str | None
    data_json: str
    # The data's canonical bytes when the writer has them already (a push: from the data it
    # validated, the same value as `data_json`); else they are made from `data_json`.
    canonical: bytes | None = None


def owner_key(kind: str, owner_country: str | None) -> str:
    return CAMPAIGNS if kind == "campaign" else owner_country or ""


def content_hash(
    record_id: str, kind: str, rev: int, deleted: bool, owner: str | None, data_json: str
) -> int:
    """A stored record's content hash (its data text re-encoded key-sorted, as clients hold it)."""
    data = b"" if deleted else canonical_data(loads(data_json))
    return record_hash(record_id, kind, rev, deleted, owner, data)


def note_writes(
    connection: Connection,
    written: Sequence[Written],
    existing: Collection[str] | None = None,
    replaced: Mapping[str, Written] | None = None,
) -> None:
    """Fold `written` into the buckets, taking out the stored versions they replace. Call it
    before the rows are written; `existing` (the ids already stored) saves a read when known,
    and `replaced` (the stored versions of those ids, as read in this transaction under the
    revision lock, or checked unchanged under it) saves the read of the old versions."""
    if not written:
        return
    deltas: dict[tuple[str, str], list[int]] = {}

    def add(kind: str, owner: str | None, record_id: str, value: int, count: int) -> None:
        entry = deltas.setdefault((owner_key(kind, owner), bucket_of(record_id)), [0, 0])
        entry[0] += count
        entry[1] = xor(entry[1], value)

    ids = [w.id for w in written]
    wanted = ids if existing is None else [rid for rid in ids if rid in existing]
    if replaced is not None:
        olds: Iterable = [_columns(replaced[rid]) for rid in wanted]
    else:
        olds = _stored(connection, wanted)
    for old in olds:
        record_id, kind, _rev, _deleted, owner, _data = old
        add(kind, owner, record_id, content_hash(*old), -1)
    for w in written:
        if w.canonical is not None and not w.deleted:
            value = record_hash(w.id, w.kind, w.rev, False, w.owner_country, w.canonical)
        else:
            value = content_hash(w.id, w.kind, w.rev, w.deleted, w.owner_country, w.data_json)
        add(w.kind, w.owner_country, w.id, value, 1)
    changes = [(key, name, n, value) for (key, name), (n, value) in deltas.items() if n or value]
    _upsert(connection, changes)


def _columns(w: Written) -> tuple:
    """A stored version's columns, as `_stored` reads them."""
    return (w.id, w.kind, w.rev, w.deleted, w.owner_country, w.data_json)


def _upsert(connection: Connection, changes: list[tuple[str, str, int, int]]) -> None:
    """Add each (owner key, bucket, count, hash) to its row. On PostgreSQL in one statement
    over arrays (a push touches up to all 256 buckets of a country: one statement, not one
    each); the keys are distinct, as ON CONFLICT DO UPDATE requires."""
    if not changes:
        return
    if connection.dialect.name == "postgresql":
        keys, names, counts, values = (list(column) for column in zip(*changes, strict=True))
        connection.execute(_UPSERT_ARRAYS, {"k": keys, "b": names, "n": counts, "h": values})
    else:
        connection.execute(_UPSERT, [{"k": k, "b": b, "n": n, "h": h} for k, b, n, h in changes])


def _stored(connection: Connection, ids: list[str]) -> Iterable:
    columns = (
        Record.id, Record.kind, Record.rev, Record.deleted, Record.owner_country, Record.data,
    )  # fmt: skip
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        if connection.dialect.name == "postgresql":  # one parameter, as records.one_of
            condition = pg_any(Record.id, chunk)
        else:
            condition = Record.id.in_(chunk)
        for row in connection.execute(select(*columns).where(condition)):
            yield (row.id, row.kind, row.rev, bool(row.deleted), row.owner_country, row.data)


def _scope(principal: Principal):
    if principal.is_secretariat:
        return None
    return RecordBucket.owner_key.in_([principal.country or "", CAMPAIGNS])


def caller_buckets(engine: Engine, principal: Principal) -> dict[str, Bucket]:
    """The non-empty buckets of the records the caller may see."""
    query = select(RecordBucket.bucket, RecordBucket.record_count, RecordBucket.hash_xor)
    scope = _scope(principal)
    if scope is not None:
        query = query.where(scope)
    totals: dict[str, list[int]] = {}
    with read_session(engine) as session:
        for name, count, value in session.execute(query):
            entry = totals.setdefault(name, [0, 0])
            entry[0] += count
            entry[1] = xor(entry[1], value)
    return {name: (count, value) for name, (count, value) in totals.items() if count}


def from_scratch(engine: Engine, principal: Principal | None = None) -> dict[str, Bucket]:
    """The caller's buckets computed from the records (a scan): what `caller_buckets` equals."""
    query = select(
        Record.id, Record.kind, Record.rev, Record.deleted, Record.owner_country, Record.data
    )
    scope = visible_to(principal) if principal is not None else None
    if scope is not None:
        query = query.where(scope)
    with read_session(engine) as session:
        rows = session.execute(query).all()
    return fold((row.id, content_hash(*row)) for row in rows)


def _ranges(buckets: Iterable[str]) -> list[tuple[str, str | None]]:
    """Sorted buckets merged into id ranges [low, high) (None: no upper bound)."""
    numbers = sorted({int(name, 16) for name in buckets})
    ranges: list[tuple[int, int]] = []
    for n in numbers:
        if ranges and ranges[-1][1] == n:
            ranges[-1] = (ranges[-1][0], n + 1)
        else:
            ranges.append((n, n + 1))
    return [(BUCKET_NAMES[lo], BUCKET_NAMES[hi] if hi < len(BUCKET_NAMES) else None)
            for lo, hi in ranges]  # fmt: skip


def bucket_page(
    engine: Engine, principal: Principal, buckets: Iterable[str], after: str, limit: int
) -> bytes:
    """The records in scope whose ids fall in `buckets`, by id after `after`, as the JSON body
    `{"changes": [...], "next_after": id | null, "has_more": bool}`."""
    spans = []
    for low, high in _ranges(buckets):
        bounds = [Record.id >= low] + ([Record.id < high] if high is not None else [])
        spans.append(and_(*bounds))
    if not spans:
        return b'{"changes":[],"next_after":null,"has_more":false}'
    query = select(*ENVELOPE_COLUMNS).where(or_(*spans), Record.id > after)
    scope = visible_to(principal)
    if scope is not None:
        query = query.where(scope)
    with read_session(engine) as session:
        rows = session.execute(query.order_by(Record.id).limit(limit + 1)).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    changes = b",".join(envelope_bytes(row) for row in rows)
    next_after = b'"%s"' % rows[-1].id.encode() if has_more else b"null"
    return b'{"changes":[%s],"next_after":%s,"has_more":%s}' % (
        changes,
        next_after,
        b"true" if has_more else b"false",
    )


def integrity_row(state: StoredRecord) -> Written:
    """A push's `StoredRecord` as `note_writes` takes it."""
    return Written(
        state.id, state.kind, state.rev, state.deleted, state.owner_country, state.data_json,
        state.canonical,
    )  # fmt: skip
