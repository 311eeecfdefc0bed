"""The two storage pieces the UI needs: drafts, and resolving a conflict on the server's rev."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from desktop.domain.errors import RecordInvalid
from desktop.storage import conflicts
from desktop.storage.drafts import DraftRepository
from desktop.storage.incoming import IncomingChanges
from desktop.storage.models import ConflictRow, OutboxRow, RecordRow
from desktop.storage.records import RecordRepository

from .conftest import valid_case


def test_drafts_are_saved_replaced_listed_and_discarded(db):
    drafts = DraftRepository(db)
    drafts.save("missing_case:a", "missing_case", None, {"reference": "SN-2026-0001"})
    drafts.save("incident:b", "incident", "b", {"incident_id": "X"})
    drafts.save("missing_case:a", "missing_case", None, {"reference": "SN-2026-0002"})
    assert drafts.load("missing_case:a").data == {"reference": "SN-2026-0002"}
    assert [d.key for d in drafts.list("missing_case")] == ["missing_case:a"]
    assert len(drafts.list()) == 2
    assert drafts.discard("missing_case:a") is True
    assert drafts.discard("missing_case:a") is False
    assert drafts.load("missing_case:a") is None


def make_conflict(db, *, server_changes: dict, local_changes: dict):
    """A case synced at rev 5, edited here, then changed on the server (rev 9): a conflict,
    made the way the sync makes it (a pulled change over a pending local edit)."""
    repo = RecordRepository(db)
    record_id = uuid.uuid4()
    base = valid_case(7)
    envelope = {
        "id": str(record_id),
        "kind": "missing_case",
        "rev": 5,
        "owner_country": "SN",
        "updated_at": "2026-05-01T10:00:00Z",
        "deleted": False,
        "data": base,
    }
    IncomingChanges(db).apply_page([envelope], 5)
    repo.save("missing_case", {**base, **local_changes}, record_id=record_id, owner_country="SN")
    server = {**envelope, "rev": 9, "data": {**base, **server_changes}}
    IncomingChanges(db).apply_page([server], 9)
    [conflict] = conflicts.list_open(db)
    return record_id, conflict


def test_resolving_writes_the_choice_on_the_servers_revision_in_one_go(db):
    record_id, conflict = make_conflict(
        db, server_changes={"status": "found_alive"}, local_changes={"notes": "Called the family"}
    )
    assert conflict.server_rev == 9 and conflict.local_data["notes"] == "Called the family"
    chosen = {**conflict.local_data, "status": "found_alive"}
    record = conflicts.resolve(db, conflict.id, chosen)
    assert record.rev == 9 and record.sync_state == "pending"
    assert record.data["status"] == "found_alive" and record.data["notes"] == "Called the family"
    with db.read() as session:
        entries = (
            session.execute(select(OutboxRow).where(OutboxRow.record_id == str(record_id)))
            .scalars()
            .all()
        )
        row = session.get(ConflictRow, conflict.id)
        stored = session.get(RecordRow, str(record_id))
    assert [e.base_rev for e in entries] == [9] and not entries[0].base_pending
    assert row.resolved_at is not None
    assert json.loads(stored.data)["status"] == "found_alive"
    assert conflicts.list_open(db) == []


def test_an_invalid_choice_changes_nothing(db):
    _record_id, conflict = make_conflict(
        db, server_changes={"status": "closed"}, local_changes={"status": "tracing"}
    )
    with pytest.raises(RecordInvalid):
        conflicts.resolve(db, conflict.id, {**conflict.local_data, "reference": "nonsense"})
    assert [c.id for c in conflicts.list_open(db)] == [conflict.id]
    with pytest.raises(conflicts.ConflictNotFound):
        conflicts.resolve(db, 999, conflict.local_data)
