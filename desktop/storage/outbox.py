"""The outbox as the sync engine sees it: freeze a batch, then apply the server's answers.

An entry is frozen (mutation id, payload, base revision, sent time) in its own transaction
before it is sent, so a retry after any failure sends the same body under the same mutation
id. It leaves the outbox only on a parsed answer for it: applied (the record takes the new
revision), conflict (both versions go to the conflicts table) or rejected (the record is
marked failed with the server's messages; the next edit queues it again).

A conflict whose server record holds exactly what was sent (the same IOM file imported on two
devices creates the same incidents) has nothing to resolve: it settles as applied at the
server's revision.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import delete, select

from desktop.domain.wire import Mutation, MutationResult, RecordEnvelope

from .clock import utc_now
from .conflict_store import record_conflict
from .database import Database
from .incoming import store_server_copies
from .models import OutboxRow, RecordRow, SyncState
from .records import rows_by_ids
from .sync_state import CURSOR, get_value, set_value
from .tombstones import EMPTY_DATA


@dataclass(frozen=True)
class OutgoingMutation:
    """An outbox entry frozen for sending: its sequence number and the wire mutation (with
    its two ids as text too, as the outbox and the answers name them)."""

    seq: int
    mutation: Mutation
    mutation_id: str
    record_id: str

    @property
    def kind(self) -> str:
        return self.mutation.kind

    @property
    def base_rev(self) -> int | None:
        return self.mutation.base_rev

    @property
    def data(self) -> dict[str, Any]:
        return self.mutation.data

    @property
    def deleted(self) -> bool:
        return self.mutation.deleted


Result = MutationResult | Mapping[str, Any]


def _result(result: Result, mutation: OutgoingMutation | None) -> MutationResult:
    """A result as the wire model (a plain dict, as scripts and tests write one, is parsed; its
    `id` may be left out when it answers a mutation sent)."""
    if isinstance(result, MutationResult):
        return result
    if mutation is not None and "id" not in result:
        result = {**result, "id": mutation.record_id}
    return MutationResult.model_validate(result)


class Outbox:
    def __init__(self, db: Database):
        self.db = db

    def pending(self) -> int:
        from sqlalchemy import func

        with self.db.read() as session:
            return session.execute(select(func.count()).select_from(OutboxRow)).scalar_one()

    def freeze_batch(
        self, limit: int, *, in_flight: list[OutgoingMutation] | None = None
    ) -> list[OutgoingMutation]:
        """The next `limit` entries in order, at most one per record, frozen for sending.

        While a batch is `in_flight` (sent, its answer not yet stored), the next one is frozen
        beside it: its entries are left out, and the batch stops before a later edit of one of
        its records, which waits for the earlier one's answer; so the server judges every
        change in the order a batch after batch would give it."""
        with self.db.write() as session:
            return self._freeze(session, limit, in_flight or [])

    def settle_and_freeze(
        self,
        sent: list[OutgoingMutation],
        results: Iterable[Result],
        limit: int,
        *,
        revisions: tuple[int, int] | None = None,
        in_flight: list[OutgoingMutation] | None = None,
    ) -> tuple[dict[str, int], list[OutgoingMutation]]:
        """Apply a batch's results (see `apply_results`) and freeze the next batch (beside the
        one `in_flight`, see `freeze_batch`) in one transaction: one fsync a batch."""
        with self.db.write() as session:
            counts, answered = self._apply(session, sent, results)
            self._advance_cursor(session, answered, revisions)
            return counts, self._freeze(session, limit, in_flight or [])

    @staticmethod
    def _freeze(
        session, limit: int, in_flight: list[OutgoingMutation] | None = None
    ) -> list[OutgoingMutation]:
        now = utc_now()
        out: list[OutgoingMutation] = []
        flying = {m.seq for m in in_flight or ()}
        busy = {m.record_id for m in in_flight or ()}
        seen: set[str] = set()
        freeze: list[tuple] = []
        resent: list[tuple[int]] = []
        conn = session.connection()
        # The entries in flight are left out by the query (their rows, with their data, are
        # not read), and rows are read only as far as this batch needs: the cursor is consumed
        # lazily and closed when the batch is full.
        rows = conn.exec_driver_sql(
            _NEXT_ENTRIES, (orjson.dumps(sorted(flying)).decode(), limit * 2)
        )
        for row in rows:
            seq, mutation_id, kind, record_id, sent_at, payload, deleted, base_rev = row[:8]
            if record_id in busy:
                break  # a later edit of a record in flight: it and what follows wait
            if record_id in seen:
                continue  # a later edit of a record waits for the earlier one's answer
            seen.add(record_id)
            if sent_at is None:
                payload, deleted, base_rev = row[8:]
                if deleted:  # a delete carries none of the record's contents
                    payload = EMPTY_DATA
                mutation_id = mutation_id or str(uuid.uuid4())  # queued without (0005)
                freeze.append((mutation_id, payload, deleted, base_rev, now, seq))
            else:
                resent.append((seq,))
            # The record was validated when it was saved; this checks only the envelope
            # (pydantic's own constructor, faster than building the model unchecked).
            mutation = Mutation(
                mutation_id=mutation_id, kind=kind, id=record_id, base_rev=base_rev,
                data=orjson.loads(payload), deleted=bool(deleted),
            )  # fmt: skip
            out.append(OutgoingMutation(seq, mutation, mutation_id, record_id))
            if len(out) == limit:
                break
        rows.close()
        if freeze:
            conn.exec_driver_sql(_FREEZE, freeze)
        if resent:
            conn.exec_driver_sql(_COUNT_ATTEMPT, resent)
        return out

    def apply_results(
        self,
        sent: list[OutgoingMutation],
        results: Iterable[Result],
        *,
        revisions: tuple[int, int] | None = None,
    ) -> dict[str, int]:
        """Apply the server's parsed results; entries without a result stay for a retry.

        With `revisions` (the server's counter before and after this push: every revision
        between them is one of its applied mutations) and the pull cursor at the first, the
        cursor moves to the second once every mutation has its result: this client holds
        those records already, as stored, and need not pull them back."""
        with self.db.write() as session:
            counts, answered = self._apply(session, sent, results)
            self._advance_cursor(session, answered, revisions)
            return counts

    @staticmethod
    def _advance_cursor(session, every_answered: bool, revisions: tuple[int, int] | None) -> None:
        """With every mutation sent answered, the cursor at `revisions[0]` moves to the second."""
        if revisions is None or not every_answered:
            return
        before, after = revisions
        if after >= before and int(get_value(session, CURSOR, 0)) == before:
            set_value(session, CURSOR, after)

    def _apply(
        self, session, sent: list[OutgoingMutation], results: Iterable[Result]
    ) -> tuple[dict[str, int], bool]:
        """Store the results; the counts by status, and whether every mutation sent had one."""
        by_id = {m.mutation_id: m for m in sent}
        counts = {"applied": 0, "conflict": 0, "rejected": 0}
        applied: list[tuple[int, str, int]] = []
        stored: list[RecordEnvelope] = []  # applied, but stored otherwise than sent
        others: list[tuple[OutgoingMutation, MutationResult]] = []
        for raw in results:
            mutation = by_id.pop(_mutation_id(raw), None)
            if mutation is None:
                continue
            result = _result(raw, mutation)
            status = result.status
            if status == "conflict" and _holds_what_was_sent(result.record, mutation):
                assert result.record is not None
                status, result = (
                    "applied",
                    result.model_copy(
                        update={"status": "applied", "rev": result.record.rev, "record": None}
                    ),
                )
            counts[status] += 1
            if status == "applied" and result.rev is not None:
                applied.append((mutation.seq, mutation.record_id, int(result.rev)))
                record = result.record
                if record is not None and str(record.id) == mutation.record_id:
                    stored.append(record)
            elif status != "applied":
                others.append((mutation, result))
        conn = session.connection()
        if applied:  # the common case, set-based
            conn.exec_driver_sql(_DELETE_ENTRY, [(seq,) for seq, _, _ in applied])
            _settle_applied(session, [(rid, rev) for _, rid, rev in applied])
        store_server_copies(session, stored)  # where the server stored other data than sent
        for mutation, result in others:
            self._settle(session, mutation, result)
        return counts, not by_id

    @staticmethod
    def _settle(session, mutation: OutgoingMutation, result: MutationResult) -> None:
        entry = session.get(OutboxRow, mutation.seq)
        record = session.get(RecordRow, mutation.record_id)
        if entry is None or record is None:
            return
        if result.status == "conflict":
            session.execute(delete(OutboxRow).where(OutboxRow.record_id == record.id))
            record_conflict(session, record, result.record)
        else:
            session.delete(entry)
            record.sync_state = SyncState.FAILED
            errors = [e.model_dump(exclude_none=True) for e in result.errors or []]
            record.sync_message = orjson.dumps(errors).decode()


def _settle_applied(session, applied: list[tuple[str, int]]) -> None:
    """The records of applied answers take their new revisions (`(id, rev)` pairs). An open
    conflict whose server copy is at that revision or older is superseded: the server holds
    this device's version now (a pull can bring a record back as a conflict before its
    push's answer is stored, when the answer was lost and the push retried). A record whose
    conflict holds a newer copy stays in conflict."""
    kept = dict(rows_by_ids(session, _OPEN_CONFLICTS, [rid for rid, _ in applied]))
    superseded, still, settled = [], [], []
    for rid, rev in applied:
        if rid not in kept:  # the common case: no conflict
            settled.append((rev, rid))
        elif kept[rid] is not None and kept[rid] <= rev:
            superseded.append((utc_now(), rid))
            settled.append((rev, rid))
        else:  # a newer copy (or one without a revision) stays in conflict
            still.append((rev, rid))
    conn = session.connection()
    if superseded:
        conn.exec_driver_sql(_SUPERSEDE_CONFLICT, superseded)
    if settled:
        conn.exec_driver_sql(_SETTLE_APPLIED, settled)
    if still:
        conn.exec_driver_sql(_TAKE_REV, still)


def _mutation_id(result: Result) -> str:
    if isinstance(result, MutationResult):
        return str(result.mutation_id)
    return str(result.get("mutation_id"))


def _holds_what_was_sent(server: RecordEnvelope | None, mutation: OutgoingMutation) -> bool:
    """The server's copy is this mutation's outcome already: same data, same tombstone."""
    return (
        server is not None
        and str(server.id) == mutation.record_id
        and server.deleted == mutation.deleted
        and server.data == mutation.data
    )


_NEXT_ENTRIES = (
    "SELECT o.seq, o.mutation_id, o.kind, o.record_id, o.sent_at, o.payload, o.deleted, "
    "o.base_rev, r.data, r.deleted, r.rev FROM outbox o JOIN records r ON r.id = o.record_id "
    "WHERE o.seq NOT IN (SELECT value FROM json_each(?)) ORDER BY o.seq LIMIT ?"
)
_FREEZE = (
    "UPDATE outbox SET mutation_id = ?, payload = ?, deleted = ?, base_rev = ?, sent_at = ?, "
    "attempts = attempts + 1 WHERE seq = ?"
)
_COUNT_ATTEMPT = "UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?"
_DELETE_ENTRY = "DELETE FROM outbox WHERE seq = ?"
# The open conflicts among applied records, with their server copies' revisions (see
# `_settle_applied`).
_OPEN_CONFLICTS = (
    "SELECT record_id, json_extract(server_record, '$.rev') FROM conflicts "
    "WHERE resolved_at IS NULL AND record_id IN ({})"
)
_SUPERSEDE_CONFLICT = (
    "UPDATE conflicts SET resolved_at = ? WHERE record_id = ? AND resolved_at IS NULL"
)
_TAKE_REV = "UPDATE records SET rev = ? WHERE id = ?"  # still in conflict with a newer copy
# The record takes its new revision, and is synced unless a later edit is queued already.
_QUEUED = "EXISTS (SELECT 1 FROM outbox WHERE outbox.record_id = records.id)"
_SETTLE_APPLIED = (
    f"UPDATE records SET rev = ?, "
    f"sync_state = CASE WHEN {_QUEUED} THEN sync_state ELSE '{SyncState.SYNCED}' END, "
    f"sync_message = CASE WHEN {_QUEUED} THEN sync_message ELSE NULL END WHERE id = ?"
)
