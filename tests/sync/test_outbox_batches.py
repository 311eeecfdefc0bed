"""The outbox's batches as the pipelined push uses them: the next batch is frozen beside the one
in flight, and a batch's answers move the pull cursor only when every mutation has one."""

from __future__ import annotations

import uuid

from desktop.storage.incoming import IncomingChanges
from desktop.storage.outbox import Outbox
from desktop.storage.records import RecordRepository


def incident(label: str) -> dict:
    return {"incident_id": label, "incident_date": "2025-03-01", "country_of_incident": "Spain"}


def incidents(db, count: int, start: int = 0) -> list[str]:
    ids = [uuid.uuid4() for _ in range(count)]
    items = [(rid, incident(f"T-{start + n}")) for n, rid in enumerate(ids)]
    RecordRepository(db).save_many("incident", items, "SN")
    return [str(rid) for rid in ids]


def applied(batch, first_rev: int) -> list[dict]:
    return [
        {"mutation_id": m.mutation_id, "id": m.record_id, "status": "applied", "rev": first_rev + n}
        for n, m in enumerate(batch)
    ]


def test_a_batch_frozen_beside_a_full_one_in_flight_is_full_and_takes_the_next_entries(db):
    ids = incidents(db, 25)
    outbox = Outbox(db)
    flying = outbox.freeze_batch(10)
    beside = outbox.freeze_batch(10, in_flight=flying)
    after = outbox.freeze_batch(10, in_flight=beside)
    assert [m.record_id for m in flying] == ids[:10]
    assert [m.record_id for m in beside] == ids[10:20]
    assert {m.mutation_id for m in flying}.isdisjoint(m.mutation_id for m in beside)
    # The first batch, never answered, is not in flight any more: it is sent again, as it was.
    assert [(m.record_id, m.mutation_id) for m in after] == [
        (m.record_id, m.mutation_id) for m in flying
    ]


def test_a_later_edit_of_a_record_in_flight_waits_for_its_answer(db):
    ids = incidents(db, 4)
    outbox = Outbox(db)
    flying = outbox.freeze_batch(2)
    RecordRepository(db).save_many("incident", [(uuid.UUID(ids[0]), incident("T-0b"))], "SN")
    beside = outbox.freeze_batch(10, in_flight=flying)
    assert [m.record_id for m in beside] == ids[2:]  # stops before the edit of ids[0]
    outbox.apply_results(flying, applied(flying, 1))
    later = outbox.freeze_batch(10, in_flight=beside)
    assert [(m.record_id, m.base_rev, m.data["incident_id"]) for m in later] == [
        (ids[0], 1, "T-0b")
    ]


def test_the_cursor_moves_past_a_push_only_when_every_mutation_has_its_answer(db):
    incidents(db, 3)
    outbox, incoming = Outbox(db), IncomingChanges(db)
    batch = outbox.freeze_batch(10)
    answers = applied(batch, 1)
    outbox.apply_results(batch, answers[:2], revisions=(0, 3))
    assert incoming.cursor() == 0  # one answer missing: the records may not all be ours
    assert outbox.pending() == 1
    [rest] = outbox.freeze_batch(10)
    outbox.apply_results([rest], answers[2:], revisions=(0, 3))
    assert incoming.cursor() == 3
    assert outbox.pending() == 0


def test_answers_given_as_plain_dicts_or_for_other_mutations_are_taken_as_before(db):
    incidents(db, 2)
    outbox = Outbox(db)
    batch = outbox.freeze_batch(10)
    stranger = {"mutation_id": str(uuid.uuid4()), "id": batch[0].record_id, "status": "applied"}
    garbled = {"mutation_id": "not-a-uuid", "status": "applied", "rev": 9}
    counts = outbox.apply_results(batch, [stranger, garbled, *applied(batch, 5)])
    assert counts == {"applied": 2, "conflict": 0, "rejected": 0}
    assert outbox.pending() == 0
