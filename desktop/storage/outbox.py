"""The outbox as the sync engine sees it: freeze a batch, then apply the server's answers.

An entry is frozen (payload, base revision, sent time) in its own transaction before it is
sent, so a retry after any failure sends the same body under the same mutation id. It leaves
the outbox only on a parsed answer for it: applied (the record takes the new revision),
conflict (both versions go to the conflicts table) or rejected (the record is marked failed
with the server's messages; the next edit queues it again).

A conflict whose server record holds exactly what was sent (the same IOM file imported on two
devices creates the same incidents) has nothing to resolve: it settles as applied at the
server's revision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import delete, select

from .clock import utc_now
from .conflict_store import record_conflict
from .database import Database
from .models import OutboxRow, RecordRow, SyncState
from .tombstones import EMPTY_DATA


@dataclass(frozen=True)
class OutgoingMutation:
    seq: int
    mutation_id: str
    kind: str
    record_id: str
    base_rev: int | None
    data: dict[str, Any]
    deleted: bool

    def wire(self) -> dict[str, Any]:
        body = {
            "mutation_id": self.mutation_id,
            "kind": self.kind,
            "id": self.record_id,
            "base_rev": self.base_rev,
            "data": self.data,
        }
        if self.deleted:
            body["deleted"] = True
        return body


class Outbox:
    def __init__(self, db: Database):
        self.db = db

    def pending(self) -> int:
        from sqlalchemy import func

        with self.db.read() as session:
            return session.execute(select(func.count()).select_from(OutboxRow)).scalar_one()

    def freeze_batch(self, limit: int) -> list[OutgoingMutation]:
        """The next `limit` entries in order, at most one per record, frozen for sending."""
        with self.db.write() as session:
            return self._freeze(session, limit)

    def settle_and_freeze(
        self, sent: list[OutgoingMutation], results: list[dict[str, Any]], limit: int
    ) -> tuple[dict[str, int], list[OutgoingMutation]]:
        """Apply a batch's results and freeze the next batch in one transaction (one fsync)."""
        with self.db.write() as session:
            counts = self._apply(session, sent, results)
            return counts, self._freeze(session, limit)

    @staticmethod
    def _freeze(session, limit: int) -> list[OutgoingMutation]:
        now = utc_now()
        out: list[OutgoingMutation] = []
        seen: set[str] = set()
        freeze: list[tuple] = []
        conn = session.connection()
        rows = conn.exec_driver_sql(_NEXT_ENTRIES, (limit * 2,)).all()
        for row in rows:
            seq, mutation_id, kind, record_id, sent_at, payload, deleted, base_rev = row[:8]
            if record_id in seen:
                continue  # a later edit of a record waits for the earlier one's answer
            seen.add(record_id)
            if sent_at is None:
                payload, deleted, base_rev = row[8:]
                if deleted:  # a delete carries none of the record's contents
                    payload = EMPTY_DATA
                freeze.append((payload, deleted, base_rev, now, seq))
            data = orjson.loads(payload)
            out.append(OutgoingMutation(
                seq, mutation_id, kind, record_id, base_rev, data, bool(deleted)
            ))  # fmt: skip
            if len(out) == limit:
                break
        if freeze:
            conn.exec_driver_sql(_FREEZE, freeze)
        if out:
            conn.exec_driver_sql(_COUNT_ATTEMPT, [(m.seq,) for m in out])
        return out

    def apply_results(
        self, sent: list[OutgoingMutation], results: list[dict[str, Any]]
    ) -> dict[str, int]:
        """Apply the server's parsed results; entries without a result stay for a retry."""
        with self.db.write() as session:
            return self._apply(session, sent, results)

    def _apply(
        self, session, sent: list[OutgoingMutation], results: list[dict[str, Any]]
    ) -> dict[str, int]:
        by_id = {m.mutation_id: m for m in sent}
        counts = {"applied": 0, "conflict": 0, "rejected": 0}
        applied: list[tuple[int, str, int]] = []
        others: list[tuple[OutgoingMutation, dict[str, Any]]] = []
        for result in results:
            mutation = by_id.pop(str(result.get("mutation_id")), None)
            status = result.get("status")
            if mutation is None or status not in counts:
                continue
            if status == "conflict" and _holds_what_was_sent(result.get("record"), mutation):
                status, result = "applied", {**result, "rev": result["record"]["rev"]}
            counts[status] += 1
            if status == "applied":
                applied.append((mutation.seq, mutation.record_id, int(result["rev"])))
            else:
                others.append((mutation, result))
        conn = session.connection()
        if applied:  # the common case, set-based
            conn.exec_driver_sql(_DELETE_ENTRY, [(seq,) for seq, _, _ in applied])
            conn.exec_driver_sql(_SET_REV, [(rev, rid) for _, rid, rev in applied])
            conn.exec_driver_sql(_MARK_SYNCED, [(rid,) for _, rid, _ in applied])
        for mutation, result in others:
            self._settle(session, mutation, result)
        return counts

    @staticmethod
    def _settle(session, mutation: OutgoingMutation, result: dict[str, Any]) -> None:
        entry = session.get(OutboxRow, mutation.seq)
        record = session.get(RecordRow, mutation.record_id)
        if entry is None or record is None:
            return
        if result["status"] == "conflict":
            session.execute(delete(OutboxRow).where(OutboxRow.record_id == record.id))
            record_conflict(session, record, result.get("record") or {})
        else:
            session.delete(entry)
            record.sync_state = SyncState.FAILED
            record.sync_message = json.dumps(result.get("errors") or [], ensure_ascii=False)


def _holds_what_was_sent(server: Any, mutation: OutgoingMutation) -> bool:
    """The server's copy is this mutation's outcome already: same data, same tombstone."""
    return (
        isinstance(server, dict)
        and str(server.get("id")) == mutation.record_id
        and type(server.get("rev")) is int
        and bool(server.get("deleted")) == mutation.deleted
        and server.get("data") == mutation.data
    )


_NEXT_ENTRIES = (
    "SELECT o.seq, o.mutation_id, o.kind, o.record_id, o.sent_at, o.payload, o.deleted, "
    "o.base_rev, r.data, r.deleted, r.rev FROM outbox o JOIN records r ON r.id = o.record_id "
    "ORDER BY o.seq LIMIT ?"
)
_FREEZE = "UPDATE outbox SET payload = ?, deleted = ?, base_rev = ?, sent_at = ? WHERE seq = ?"
_COUNT_ATTEMPT = "UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?"
_DELETE_ENTRY = "DELETE FROM outbox WHERE seq = ?"
_SET_REV = "UPDATE records SET rev = ? WHERE id = ?"
_MARK_SYNCED = (
    f"UPDATE records SET sync_state = '{SyncState.SYNCED}', sync_message = NULL WHERE id = ? "
    "AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.record_id = records.id)"
)
