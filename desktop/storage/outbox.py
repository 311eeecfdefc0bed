"""The outbox as the sync engine sees it: freeze a batch, then apply the server's answers.

An entry is frozen (payload, base revision, sent time) in its own transaction before it is
sent, so a retry after any failure sends the same body under the same mutation id. It leaves
the outbox only on a parsed answer for it: applied (the record takes the new revision),
conflict (both versions go to the conflicts table) or rejected (the record is marked failed
with the server's messages; the next edit queues it again).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, select

from .clock import utc_now
from .conflict_store import record_conflict
from .database import Database
from .models import OutboxRow, RecordRow


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
        now = utc_now()
        out: list[OutgoingMutation] = []
        seen: set[str] = set()
        with self.db.write() as session:
            rows = session.execute(
                select(OutboxRow, RecordRow)
                .join(RecordRow, RecordRow.id == OutboxRow.record_id)
                .order_by(OutboxRow.seq)
                .limit(limit * 2)
            ).all()
            for entry, record in rows:
                if entry.record_id in seen:
                    continue  # a later edit of a record waits for the earlier one's answer
                seen.add(entry.record_id)
                if entry.sent_at is None:
                    entry.payload = record.data
                    entry.deleted = record.deleted
                    entry.base_rev = record.rev
                    entry.sent_at = now
                entry.attempts += 1
                out.append(OutgoingMutation(
                    entry.seq, entry.mutation_id, entry.kind, entry.record_id, entry.base_rev,
                    json.loads(entry.payload), entry.deleted,
                ))  # fmt: skip
                if len(out) == limit:
                    break
        return out

    def apply_results(
        self, sent: list[OutgoingMutation], results: list[dict[str, Any]]
    ) -> dict[str, int]:
        """Apply the server's parsed results; entries without a result stay for a retry."""
        by_id = {m.mutation_id: m for m in sent}
        counts = {"applied": 0, "conflict": 0, "rejected": 0}
        with self.db.write() as session:
            for result in results:
                mutation = by_id.get(str(result.get("mutation_id")))
                status = result.get("status")
                if mutation is None or status not in counts:
                    continue
                counts[status] += 1
                entry = session.get(OutboxRow, mutation.seq)
                record = session.get(RecordRow, mutation.record_id)
                if entry is None or record is None:
                    continue
                session.delete(entry)
                session.flush()
                later = session.execute(
                    select(exists().where(OutboxRow.record_id == record.id))
                ).scalar_one()
                if status == "applied":
                    record.rev = int(result["rev"])
                    if not later:
                        record.sync_state, record.sync_message = "synced", None
                elif status == "conflict":
                    session.execute(delete(OutboxRow).where(OutboxRow.record_id == record.id))
                    record_conflict(session, record, result.get("record") or {})
                else:
                    errors = result.get("errors") or []
                    record.sync_state = "failed"
                    record.sync_message = json.dumps(errors, ensure_ascii=False)
        return counts
