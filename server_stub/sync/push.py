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
free). If so, every verdict is the one it would have reached under the lock, and its
revisions move up by the counter's value (`shift`); if not, it is judged again from scratch
under the lock. A mutation id of the batch applied meanwhile by a push that changed no record
(so took no revision) is refused by the key of `mutations` when the batch stores its answers:
the transaction is rolled back and the push judged again from scratch, under the lock. So the
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

import psycopg
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desktop.domain.checksum import canonical_data
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
        self.judged_before_lock = not revisions.locked
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
        """Under the lock: whether every record of the batch is still at the revision read (a
        new id still free). A mutation id applied since the read is found when this batch's
        are stored: the key refuses it (`MutationIdTaken`)."""
        record_ids = list(dict.fromkeys(p.record_id for p in prepared))
        revs: dict[str, int] = {}
        for start in range(0, len(record_ids), 500):
            where = one_of(self.session, Record.id, record_ids[start : start + 500])
            revs.update({row.id: row.rev for row in self.session.execute(
                select(Record.id, Record.rev).where(where)
            )})  # fmt: skip
        return revs == self.read_revs

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
            # For the buckets' hash: the same bytes as from `data_json`, without decoding it.
            canonical=None if mutation.deleted else canonical_data(data),
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
        rows = [
            (p.mutation_id, self.user, p.body_hash, dumps_text(r), moment)
            for p, r in self.new_mutations
        ]
        try:
            writer.insert_mutations(rows)
        except psycopg.errors.UniqueViolation:  # the key of `mutations`: its mutation_id
            if self.judged_before_lock:
                raise MutationIdTaken from None
            raise
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
    session: Session, principal: Principal, prepared: list[Prepared], early: bool = True
) -> tuple[PushBatch, list[Result]]:
    """The batch with every verdict reached, holding the revision lock (`early`: judged
    before it, when the batch allows)."""
    if early and judged_before_lock(session, prepared):
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


class MutationIdTaken(Exception):
    """A mutation id of a batch judged before the lock was applied by another push meanwhile
    (one that took no revision, so the records' check could not see it)."""


def _applied(engine: Engine, principal: Principal, prepared: list[Prepared], early: bool):
    with write_session(engine) as session:
        batch, results = _judged(session, principal, prepared, early)
        batch.write()
        return batch, results, batch.revisions.span()


def apply_push(
    engine: Engine, principal: Principal, mutations: list[Mutation], address: str | None = None
) -> Pushed:
    prepared = [prepare(m) for m in mutations]
    try:
        batch, results, revisions = _applied(engine, principal, prepared, early=True)
    except MutationIdTaken:  # rolled back: all of it again, judged under the lock this time
        log.debug("a mutation id of a push was applied while it was judged; judging it again")
        batch, results, revisions = _applied(engine, principal, prepared, early=False)
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
