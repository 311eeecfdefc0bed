"""The missing-cases list filters by every sync state and finds exactly the record in it."""

from __future__ import annotations

import uuid

import pytest

from desktop.storage.models import SyncState
from desktop.storage.outbox import Outbox
from desktop.storage.records import RecordRepository
from desktop.ui.main_window import MainWindow

from .conftest import envelope, pull, valid_case, wait_idle


def one_record_per_state(db) -> dict[SyncState, str]:
    """A case in each sync state, reached the way the app reaches it."""
    repo = RecordRepository(db)
    ids = {state: str(uuid.uuid4()) for state in SyncState}
    pull(db, envelope("missing_case", ids[SyncState.SYNCED], 1, valid_case(1)))
    repo.save("missing_case", valid_case(2), record_id=uuid.UUID(ids[SyncState.PENDING]))
    # failed: sent, and refused by the server
    repo.save("missing_case", valid_case(3), record_id=uuid.UUID(ids[SyncState.FAILED]))
    outbox = Outbox(db)
    [sent] = [m for m in outbox.freeze_batch(10) if m.record_id == ids[SyncState.FAILED]]
    refusal = {"field": "reference", "code": "invalid", "message": "Already used"}
    outbox.apply_results(
        [sent], [{"mutation_id": sent.mutation_id, "status": "rejected", "errors": [refusal]}]
    )
    # conflict: changed here while the server took another change
    conflict_id = ids[SyncState.CONFLICT]
    pull(db, envelope("missing_case", conflict_id, 2, valid_case(4)))
    repo.save("missing_case", valid_case(4, status="closed"), record_id=uuid.UUID(conflict_id))
    pull(db, envelope("missing_case", conflict_id, 3, valid_case(4, status="tracing")))
    return ids


@pytest.mark.parametrize("state", list(SyncState))
def test_each_sync_state_filter_finds_its_record(qtbot, ctx, db, state):
    ids = one_record_per_state(db)
    repo = RecordRepository(db)
    assert {s: repo.get(uuid.UUID(i)).sync_state for s, i in ids.items()} == {s: s for s in ids}

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["cases"]
    wait_idle(ctx)
    combo = page.sync_filter
    assert combo.count() == 1 + len(SyncState)  # "Any sync state" and one per state
    combo.setCurrentIndex(combo.findData(state))
    wait_idle(ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.row_id(0) == ids[state]
