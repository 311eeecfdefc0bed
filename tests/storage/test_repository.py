"""The repository: validated writes, one outbox entry per unsent edit, lists in SQL."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import event, select

from desktop.domain.errors import RecordInvalid
from desktop.storage.listing import ListQuery, RecordListing
from desktop.storage.models import OutboxRow, RecordRow
from desktop.storage.outbox import Outbox
from desktop.storage.records import RecordNotFound

from .conftest import case


def outbox(db):
    with db.read() as session:
        return session.execute(select(OutboxRow).order_by(OutboxRow.seq)).scalars().all()


def test_a_save_writes_the_record_and_its_outbox_entry(repo, db):
    saved = repo.save("missing_case", case(1), owner_country="SN")
    assert saved.sync_state == "pending" and saved.rev is None
    assert saved.data["reference"] == "SN-2026-00001"
    entries = outbox(db)
    assert [(e.record_id, e.base_rev, e.sent_at) for e in entries] == [(str(saved.id), None, None)]


def test_an_entry_gets_its_mutation_id_when_first_frozen_and_keeps_it_for_retries(repo, db):
    outgoing = Outbox(db)
    one = repo.save("missing_case", case(1))
    [created] = outgoing.freeze_batch(10)
    outgoing.apply_results(
        [created], [{"mutation_id": created.mutation_id, "status": "applied", "rev": 3}]
    )
    repo.delete(one.id)  # queued through the ORM
    repo.save_many("missing_case", [(uuid.uuid4(), case(n)) for n in (2, 3)], "SN")
    assert [e.mutation_id for e in outbox(db)] == [None, None, None]
    first = outgoing.freeze_batch(2)
    ids = [m.mutation_id for m in first]
    assert len({created.mutation_id, *ids}) == 3 and all(uuid.UUID(i).version == 4 for i in ids)
    assert [e.mutation_id for e in outbox(db)] == [*ids, None]  # stored by the freeze
    again = outgoing.freeze_batch(10)  # no answer came: the same entries go again, same ids
    assert [m.mutation_id for m in again][:2] == ids and len(again) == 3
    assert len({e.mutation_id for e in outbox(db)}) == 3


def test_an_invalid_record_is_refused_and_nothing_is_written(repo, db):
    with pytest.raises(RecordInvalid) as caught:
        repo.save("missing_case", {"reference": "nope", "person": {}})
    assert {e.field for e in caught.value.errors} == {"reference", "person"}
    assert outbox(db) == []


def test_edits_before_a_push_fold_into_one_outbox_entry(repo, db):
    saved = repo.save("missing_case", case(1))
    repo.save("missing_case", case(1, status="tracing"), record_id=saved.id)
    assert len(outbox(db)) == 1
    assert repo.get(saved.id).data["status"] == "tracing"


def test_an_edit_after_a_send_gets_its_own_entry(repo, db):
    saved = repo.save("missing_case", case(1))
    with db.write() as session:  # what the sync engine does when it first sends an entry
        entry = session.execute(select(OutboxRow)).scalar_one()
        entry.sent_at, entry.payload = "2026-01-01T00:00:00Z", "{}"
    repo.save("missing_case", case(1, status="closed"), record_id=saved.id)
    entries = outbox(db)
    assert len(entries) == 2
    assert entries[1].base_pending and entries[1].payload is None


def test_delete_leaves_a_tombstone_and_queues_it(repo, db):
    saved = repo.save("incident", {"incident_id": "X-1", "incident_date": "2026-01-02"})
    outgoing = Outbox(db)
    sent = outgoing.freeze_batch(10)
    outgoing.apply_results(
        sent, [{"mutation_id": sent[0].mutation_id, "status": "applied", "rev": 5}]
    )
    repo.delete(saved.id)
    tombstone = repo.get(saved.id)
    assert tombstone.deleted and tombstone.data == {} and tombstone.rev == 5
    assert [(e.deleted, e.base_rev) for e in outbox(db)] == [(True, 5)]
    [delete] = outgoing.freeze_batch(10)
    assert delete.deleted and delete.data == {}
    with pytest.raises(RecordNotFound):
        repo.delete(saved.id)
    assert RecordListing(db).count(ListQuery("incident")) == 0


def test_a_record_never_sent_leaves_nothing_when_deleted(repo, db):
    saved = repo.save("incident", {"incident_id": "X-1", "incident_date": "2026-01-02"})
    repo.delete(saved.id)
    assert repo.get(saved.id) is None and outbox(db) == []
    with pytest.raises(RecordNotFound):
        repo.delete(saved.id)


def test_save_many_inserts_and_updates_in_one_go(repo, db):
    items = [(uuid.uuid4(), case(n)) for n in range(1, 301)]
    assert repo.save_many("missing_case", items, "SN") == 300
    changed = [(items[0][0], case(1, status="closed"))]
    repo.save_many("missing_case", changed, "SN")
    assert repo.get(items[0][0]).data["status"] == "closed"
    assert len(outbox(db)) == 300
    with db.read() as session:
        owners = set(session.execute(select(RecordRow.owner_country)).scalars())
    assert owners == {"SN"}
    assert set(repo.existing("missing_case", [i for i, _ in items[:5]])) == {
        i for i, _ in items[:5]
    }


def test_lists_filter_sort_and_page_by_key(repo, db):
    repo.save_many("missing_case", [(uuid.uuid4(), case(n)) for n in range(1, 251)], "SN")
    listing = RecordListing(db)
    first = listing.page(ListQuery("missing_case"), limit=100)
    second = listing.page(ListQuery("missing_case"), after=first.next_after, limit=100)
    third = listing.page(ListQuery("missing_case"), after=second.next_after, limit=100)
    labels = [r.label for r in first.rows + second.rows + third.rows]
    assert labels == sorted(labels) and len(set(labels)) == 250
    assert third.next_after is None and len(third.rows) == 50

    tracing = listing.page(ListQuery("missing_case", status="tracing"), limit=500).rows
    assert len(tracing) == listing.count(ListQuery("missing_case", status="tracing")) == 84
    assert {r.status for r in tracing} == {"tracing"}
    route = ListQuery("missing_case", route="Western Mediterranean", sort="title", descending=True)
    rows = listing.page(route, limit=500).rows
    assert [r.title for r in rows] == sorted((r.title for r in rows), reverse=True)


def test_search_ignores_case_and_accents_and_matches_prefixes(repo, db):
    repo.save("missing_case", case(1, person={"given_names": "Awa", "family_name": "Diállo"}))
    repo.save("missing_case", case(2, person={"given_names": "Moussa", "family_name": "Diop"}))
    listing = RecordListing(db)
    assert [r.label for r in listing.page(ListQuery("missing_case", search="diallo")).rows] == [
        "SN-2026-00001"
    ]
    assert len(listing.page(ListQuery("missing_case", search="DI")).rows) == 2
    assert [
        r.label for r in listing.page(ListQuery("missing_case", search="sn-2026-00002")).rows
    ] == ["SN-2026-00002"]
    assert listing.page(ListQuery("missing_case", search='"; DROP TABLE records; --')).rows == []


def test_campaigns_are_never_edited_locally(repo, db):
    campaign = {"dialogue": "rabat", "title": "T", "period": "2026", "opens": "2026-01-01",
                "closes": "2026-06-30", "form": {"version": 1, "sections": [{"id": "s",
                "title": "S"}]}}  # fmt: skip
    with pytest.raises(ValueError, match="authored by the secretariat"):
        repo.save("campaign", campaign)
    with pytest.raises(ValueError, match="authored by the secretariat"):
        repo.save_many("campaign", [(uuid.uuid4(), campaign)], None)
    assert outbox(db) == []


def test_save_many_folds_edits_into_unsent_entries_and_bases_new_ones_on_the_sent(repo, db):
    unsent, sent, fresh = (uuid.uuid4() for _ in range(3))
    repo.save_many("missing_case", [(unsent, case(1)), (sent, case(2))], "SN")
    with db.write() as session:  # the engine sent the second record's entry; the server took it
        entry = session.execute(select(OutboxRow).where(OutboxRow.record_id == str(sent)))
        entry = entry.scalar_one()
        entry.sent_at, entry.payload = "2026-01-01T00:00:00Z", "{}"
        session.get(RecordRow, str(sent)).rev = 7
    edits = [(unsent, case(1, status="closed")), (sent, case(2, status="closed")),
             (fresh, case(3)), (fresh, case(3, status="tracing"))]  # fmt: skip
    assert repo.save_many("missing_case", edits, "SN") == 4
    entries = [(e.record_id, e.base_rev, e.base_pending, e.sent_at is None) for e in outbox(db)]
    assert entries == [  # a batch's creates are queued before its edits of known records
        (str(unsent), None, False, True),
        (str(sent), None, False, False),
        (str(fresh), None, False, True),
        (str(sent), 7, True, True),
    ]
    assert {repo.get(i).data["status"] for i in (unsent, sent)} == {"closed"}
    assert repo.get(fresh).data["status"] == "tracing"
    assert [
        r.label for r in RecordListing(db).page(ListQuery("missing_case", search="family2")).rows
    ] == ["SN-2026-00002"]


def test_save_many_refuses_a_record_of_another_kind_and_writes_nothing(repo, db):
    incident = repo.save("incident", {"incident_id": "X-1", "incident_date": "2026-01-02"})
    with pytest.raises(ValueError, match="is a incident, not a missing_case"):
        repo.save_many("missing_case", [(uuid.uuid4(), case(1)), (incident.id, case(2))], "SN")
    assert len(outbox(db)) == 1 and RecordListing(db).count(ListQuery("missing_case")) == 0


def test_looking_up_many_ids_uses_the_primary_key_not_a_scan_of_the_kind(repo, db):
    items = [(uuid.uuid4(), case(n)) for n in range(600)]
    repo.save_many("missing_case", items, "SN")
    statements = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if " IN (" in statement:
            statements.append((statement, parameters))

    for engine in (db._reader, db.writer_engine):
        event.listen(engine, "before_cursor_execute", capture)
    try:
        assert len(repo.existing("missing_case", [i for i, _ in items])) == 600
        repo.save_many("missing_case", items[:550], "SN", validated=True)
    finally:
        for engine in (db._reader, db.writer_engine):
            event.remove(engine, "before_cursor_execute", capture)
    assert statements
    with db.read() as session:
        for statement, parameters in statements:
            plan = session.connection().exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statement}", parameters
            )
            details = [row[-1] for row in plan]
            assert not any(d.startswith("SCAN") or "ix_records_kind" in d for d in details), details


def test_renaming_many_records_takes_the_old_names_out_of_the_search_index(repo, db):
    items = [(uuid.uuid4(), case(n)) for n in range(1, 201)]
    repo.save_many("missing_case", items, "SN")
    renamed = [
        (rid, {**data, "person": {"given_names": "Awa", "family_name": f"Renamed{n}"}})
        for n, (rid, data) in enumerate(items[:150])
    ]
    kept = [(rid, {**data, "status": "closed"}) for rid, data in items[150:]]
    repo.save_many("missing_case", renamed + kept, "SN")
    listing = RecordListing(db)
    assert listing.count(ListQuery("missing_case", search="renamed")) == 150
    assert listing.count(ListQuery("missing_case", search="family42")) == 0
    assert listing.count(ListQuery("missing_case", search="family151")) == 1
    with db.write() as session:  # FTS5 checks its index against the records' text
        session.connection().exec_driver_sql(
            "INSERT INTO records_fts(records_fts, rank) VALUES ('integrity-check', 1)"
        )


def test_an_applied_push_supersedes_the_conflict_its_own_record_pulled_back_made(repo, db):
    """The push's answer was lost, a pull brought the record back (a conflict: the entry is
    still queued), the retried push is answered applied at that revision: nothing is left to
    resolve, and the record is synced. A newer copy from elsewhere would stay a conflict."""
    from desktop.storage import conflicts
    from desktop.storage.incoming import IncomingChanges

    saved = repo.save("missing_case", case(1), owner_country="SN")
    other = repo.save("missing_case", case(2), owner_country="SN")
    box = Outbox(db)
    batch = box.freeze_batch(10)
    pulled = [
        {**m.mutation.model_dump(mode="json", include={"id", "kind", "data", "deleted"}),
         "rev": rev, "owner_country": "SN", "updated_at": "2026-12-01T10:00:00Z"}
        for m, rev in zip(batch, (1, 3), strict=True)
    ]  # fmt: skip
    IncomingChanges(db).apply_page(pulled, 3)
    assert conflicts.open_count(db) == 2
    box.apply_results(
        batch,
        [{"mutation_id": m.mutation_id, "id": m.record_id, "status": "applied", "rev": rev}
         for m, rev in zip(batch, (1, 2), strict=True)],
    )  # fmt: skip
    assert [c.record_id for c in conflicts.list_open(db)] == [str(other.id)]  # rev 3 is newer
    assert repo.get(saved.id).sync_state == "synced"
    assert repo.get(other.id).sync_state == "conflict"
