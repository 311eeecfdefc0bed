"""Applying a push: every mutation gets its own verdict; the accepted ones are written in bulk.

All checks that need no database run first, outside the write lock. Then each mutation is judged
in order against the current state (including changes made earlier in the same batch) and the
batch is written with a few bulk statements (`bulk.store_records`: should that fail, each record
is written in its own savepoint, so one bad item never sinks the batch).

Where the judging happens. The revision lock (`revisions.RevisionAllocator`) serialises every
record write, so the less a push does while holding it, the less other pushes wait. On
PostgreSQL a batch whose verdicts depend only on the records under its own ids (incidents, and
deletions: no rule looks at other records for them) and that names each record once is judged
*before* the lock, its revisions numbered from 0. Under the lock it then checks that nothing it
read has moved: each of its records is still at the revision it read (and each new id still
free), and the mutation ids it found already applied are still the only ones. If so, every
verdict is the one it would have reached under the lock, and its revisions move up by the
counter's value (`_shift`); if not, it is judged again from scratch under the lock. So the
order of commits and revisions, which pullers rely on (docs/protocol.md), is unchanged. Other
batches (reports and cases, whose rules read other records), and every batch on SQLite (whose
`BEGIN IMMEDIATE` holds the database's write lock from the first statement anyway), are judged
under the lock, as before.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, literal, select, union_all
from sqlalchemy.orm import Session

from desktop.domain.wire import Mutation

from ..db.engine import is_sqlite, write_session
from ..db.models import AppliedMutation, Record, utc_now
from ..jsonio import dumps_text, loads
from ..security.events import security_event
from ..security.tokens import Principal
from .buckets import integrity_row
from .bulk import BulkWriter, store_records
from .case_rules import case_reference, check_case
from .push_rules import (
    Prepared,
    Verdict,
    decide,
    duplicate_report,
    id_unavailable,
    is_hidden,
    prepare,
)
from .records import StoredRecord, load_records, one_of
from .report_rules import CampaignCache
from .revisions import RevisionAllocator

log = logging.getLogger(__name__)

Result = dict[str, Any]


def _result(prepared: Prepared, status: str, **extra: Any) -> Result:
    return {
        "mutation_id": prepared.mutation_id,
        "id": prepared.record_id,
        "status": status,
        "rev": extra.get("rev"),
        "record": extra.get("record"),
        "errors": extra.get("errors"),
    }


class PushBatch:
    def __init__(
        self,
        session: Session,
        principal: Principal,
        prepared: list[Prepared],
        revisions: RevisionAllocator,  # locked before any read, unless judged before the lock
    ):
        self.session = session
        self.principal = principal
        self.user = principal.user_id
        self.revisions = revisions
        self.now: datetime = utc_now()
        self.records = load_records(session, [p.record_id for p in prepared])
        self.existing_ids = set(self.records)
        self.read_revs = {record_id: state.rev for record_id, state in self.records.items()}
        # The stored versions, for the buckets (`note_writes`): current under the lock, and
        # checked unchanged under it when judged before (`unchanged_since_read`).
        self.replaced = {record_id: integrity_row(s) for record_id, s in self.records.items()}
        self.changed: dict[str, StoredRecord] = {}
        self.seen = self._prior_results([p.mutation_id for p in prepared])
        self.prior_ids = set(self.seen)  # the mutation ids already applied, as read
        self.new_mutations: list[tuple[Prepared, Result]] = []
        self.campaigns = CampaignCache(self._lookup)
        self.hidden = 0  # mutations naming the id of a record out of the caller's sight

    def _prior_results(self, mutation_ids: list[str]) -> dict[str, tuple[int, str, Result]]:
        seen: dict[str, tuple[int, str, Result]] = {}
        for start in range(0, len(mutation_ids), 500):
            rows = self.session.execute(
                select(
                    AppliedMutation.mutation_id,
                    AppliedMutation.user_id,
                    AppliedMutation.body_hash,
                    AppliedMutation.result,
                ).where(
                    one_of(
                        self.session, AppliedMutation.mutation_id, mutation_ids[start : start + 500]
                    )
                )
            )
            for row in rows:
                seen[row.mutation_id] = (row.user_id, row.body_hash, loads(row.result))
        return seen

    def unchanged_since_read(self, prepared: list[Prepared]) -> bool:
        """Under the lock: whether every record of the batch is still at the revision read
        (a new id still free) and no other mutation id of it has been applied since."""
        record_ids = list(dict.fromkeys(p.record_id for p in prepared))
        mutation_ids = [p.mutation_id for p in prepared]
        revs: dict[str, int] = {}
        applied: set[str] = set()
        for start in range(0, max(len(record_ids), len(mutation_ids)), 500):
            records = record_ids[start : start + 500]
            mutations = mutation_ids[start : start + 500]
            parts = []  # one statement (one round trip) for both
            if records:
                where = one_of(self.session, Record.id, records)
                parts.append(select(literal("r").label("what"), Record.id, Record.rev).where(where))
            if mutations:
                column = AppliedMutation.mutation_id
                where = one_of(self.session, column, mutations)
                parts.append(select(literal("m").label("what"), column, literal(0)).where(where))
            for what, key, rev in self.session.execute(union_all(*parts)):
                if what == "r":
                    revs[key] = rev
                else:
                    applied.add(key)
        return revs == self.read_revs and applied == self.prior_ids

    def shift(self, offset: int) -> None:
        """Move the revisions handed out before the lock up by `offset` (the counter's value):
        the changed records', and those in the new results (and their stored records)."""
        if not offset:
            return
        for state in self.changed.values():
            state.rev += offset
        for _prepared, result in self.new_mutations:
            if result["status"] == "applied":
                result["rev"] += offset
                if result["record"] is not None:
                    result["record"]["rev"] += offset

    def _lookup(self, record_id: str) -> StoredRecord | None:
        if record_id not in self.records:
            self.records.update(load_records(self.session, [record_id]))
        return self.records.get(record_id)

    def _other_report(self, campaign_id: str, owner: str, record_id: str) -> str | None:
        for state in self.changed.values():
            if (
                (state.kind, state.campaign_id, state.owner_country)
                == (
                    "country_report",
                    campaign_id,
                    owner,
                )
                and state.id != record_id
                and not state.deleted
            ):
                return state.id
        candidates = self.session.scalars(
            select(Record.id).where(
                Record.kind == "country_report",
                Record.campaign_id == campaign_id,
                Record.owner_country == owner,
                Record.deleted.is_(False),
                Record.id != record_id,
            )
        ).all()
        for candidate in candidates:
            state = self.changed.get(candidate)
            if state is None or (not state.deleted and state.owner_country == owner):
                return candidate
        return None

    def handle(self, prepared: Prepared) -> Result:
        seen = self.seen.get(prepared.mutation_id)
        if seen is not None:
            user_id, body_hash, result = seen
            if user_id == self.principal.user_id and body_hash == prepared.body_hash:
                return result
            return _result(
                prepared,
                "rejected",
                errors=[
                    {
                        "field": "mutation_id",
                        "message": "This mutation_id was already used for a different change; "
                        "give every change its own mutation_id",
                        "code": "mutation_reused",
                    }
                ],
            )
        stored = self.records.get(prepared.record_id)
        hidden = is_hidden(self.principal, stored)
        current = None if hidden else stored
        verdict = decide(self.principal, prepared, current, self.campaigns, self.now)
        mutation = prepared.mutation
        if (
            verdict.status == "applied"
            and mutation.kind == "country_report"
            and not mutation.deleted
        ):
            duplicate = duplicate_report(
                verdict.owner, verdict.data, prepared.record_id, self._other_report
            )
            verdict = duplicate or verdict
        if verdict.status == "applied" and mutation.kind == "missing_case" and not mutation.deleted:
            verdict = check_case(self.session, self.changed, verdict, prepared.record_id) or verdict
        if hidden:
            self.hidden += 1
            if verdict.status == "applied":  # every other answer is one an unknown id gets
                verdict = id_unavailable()
        result = self._outcome(prepared, verdict, current)
        self.seen[prepared.mutation_id] = (self.principal.user_id, prepared.body_hash, result)
        self.new_mutations.append((prepared, result))
        return result

    def _outcome(
        self, prepared: Prepared, verdict: Verdict, current: StoredRecord | None
    ) -> Result:
        if verdict.status == "conflict":
            return _result(prepared, "conflict", record=verdict.record.envelope())
        if verdict.status == "rejected":
            return _result(prepared, "rejected", errors=verdict.errors)
        mutation: Mutation = prepared.mutation
        is_report = mutation.kind == "country_report"
        data = verdict.data or {}
        state = StoredRecord(
            id=prepared.record_id,
            kind=mutation.kind,
            rev=self.revisions.next(),
            owner_country=verdict.owner,
            updated_at=self.now,
            deleted=mutation.deleted,
            data_json=verdict.data_json,
            campaign_id=(data.get("campaign_id") or (current and current.campaign_id))
            if is_report
            else None,
            state=(data.get("state") or (current and current.state)) if is_report else None,
            reference=case_reference(mutation.kind, data, mutation.deleted),
        )
        self.records[state.id] = state
        self.changed[state.id] = state
        # Stored otherwise than sent (review comments merged, data normalised): the answer
        # carries the stored record, so the client's copy is the server's.
        stored = state.envelope() if data != mutation.data else None
        return _result(prepared, "applied", rev=state.rev, record=stored)

    def write(self) -> None:
        """Store the changed records, every new result, and the revision counter."""
        writer = BulkWriter(self.session)
        states = list(self.changed.values())
        failed = store_records(
            self.session, writer, states, self.existing_ids, self.now, self.user, self.replaced
        )
        for _prepared, result in self.new_mutations:
            if result["id"] in failed and result["status"] == "applied":
                result.update(
                    status="rejected",
                    rev=None,
                    errors=[
                        {
                            "field": "id",
                            "message": "The server could not store this record",
                            "code": "not_stored",
                        }
                    ],
                )
        moment = writer.moment(self.now)
        writer.insert_mutations(
            [
                (p.mutation_id, self.user, p.body_hash, dumps_text(r), moment)
                for p, r in self.new_mutations
            ]
        )
        self.revisions.save()


def judged_before_lock(session: Session, prepared: list[Prepared]) -> bool:
    """Whether the batch may be judged before the revision lock (see the module's docstring)."""
    if is_sqlite(session.get_bind()):
        return False
    ids = [p.record_id for p in prepared]
    if len(set(ids)) != len(ids):  # a later mutation would be judged on an earlier one's rev
        return False
    return all(p.mutation.kind == "incident" or p.mutation.deleted for p in prepared)


def _judged(
    session: Session, principal: Principal, prepared: list[Prepared]
) -> tuple[PushBatch, list[Result]]:
    """The batch with every verdict reached, holding the revision lock."""
    if judged_before_lock(session, prepared):
        batch = PushBatch(session, principal, prepared, RevisionAllocator(session, locked=False))
        results = [batch.handle(p) for p in prepared]
        offset = batch.revisions.lock()
        if batch.unchanged_since_read(prepared):
            batch.shift(offset)
            return batch, results
        log.debug("a push's records changed while it was judged; judging it again")
    # The lock first (already held after a failed check: this only reads the counter again).
    batch = PushBatch(session, principal, prepared, RevisionAllocator(session))
    return batch, [batch.handle(p) for p in prepared]


@dataclass
class Pushed:
    """A push's verdicts, and the revision counter before and after it (`PushResponse`)."""

    results: list[Result]
    revisions: tuple[int, int]


def apply_push(
    engine: Engine, principal: Principal, mutations: list[Mutation], address: str | None = None
) -> Pushed:
    prepared = [prepare(m) for m in mutations]
    with write_session(engine) as session:
        batch, results = _judged(session, principal, prepared)
        batch.write()
        revisions = batch.revisions.span()
    counts = Counter(r["status"] for r in results)
    security_event(
        "push",
        account=principal.email,
        device=principal.device_id,
        address=address,
        mutations=len(results),
        applied=counts["applied"],
        conflict=counts["conflict"],
        rejected=counts["rejected"],
        foreign_ids=batch.hidden or None,
    )
    return Pushed(results, revisions)
