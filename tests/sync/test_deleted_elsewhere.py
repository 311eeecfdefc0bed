"""A record deleted on another device cannot come back under its id; the edit made here is
kept on this computer (in conflict, then marked failed with the server's reason) and the queue
goes on."""

from __future__ import annotations

import json

from desktop.domain.errors import FieldError
from desktop.storage import conflicts
from desktop.storage.models import SyncState

from .conftest import case


def test_an_edit_of_a_record_deleted_elsewhere_stays_here(make_client):
    first, second = make_client(), make_client("fp2.sn@example.org")
    record = first.repo.save("missing_case", case(4101), owner_country="SN")
    first.sync()
    second.sync()
    first.repo.delete(record.id)
    first.sync()

    edited = second.repo.save(
        "missing_case", case(4101, notes="Sister called on Monday"), record_id=record.id
    )
    other = second.repo.save("missing_case", case(4102), owner_country="SN")
    summary = second.sync()
    assert summary.rejected >= 1 and summary.pushed == 1
    assert second.pending() == 0  # the queue is not blocked: the other case went
    first.sync()
    assert str(other.id) in first.records()
    # The tombstone pulled after the refusal does not take the edit away: both are kept.
    local = second.repo.get(record.id)
    assert local.sync_state == SyncState.CONFLICT and local.data == edited.data
    [conflict] = conflicts.list_open(second.db)
    assert conflict.server_deleted

    # Keeping this computer's version cannot bring the record back under its id either.
    conflicts.resolve(second.db, conflict.id, local.data)
    second.sync()
    local = second.repo.get(record.id)
    assert local.sync_state == SyncState.FAILED and local.data["notes"] == "Sister called on Monday"
    [error] = [FieldError.from_dict(e) for e in json.loads(local.sync_message)]
    assert error.code == "record_deleted" and "new record" in error.message
    assert second.pending() == 0
