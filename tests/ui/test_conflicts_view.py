"""Conflicts: local and server values side by side, a choice per field, and saving writes a
new local edit on the server's revision (so the next push applies cleanly)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.storage.models import OutboxRow
from desktop.ui.conflicts.resolver import LOCAL, SERVER
from desktop.ui.pages.conflicts import ConflictsPage

from .conftest import wait_idle
from .test_storage_drafts_conflicts import make_conflict


def test_choosing_field_by_field_saves_on_the_servers_revision(qtbot, ctx):
    record_id, _conflict = make_conflict(
        ctx.db,
        server_changes={"status": "found_alive", "notes": "Found in Almería"},
        local_changes={
            "status": "referred",
            "person": {"given_names": "Awa", "family_name": "Diallo7", "other_spellings": ["Aoua"]},
        },
    )
    page = ConflictsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle(ctx)
    resolver = page.resolver
    assert resolver is not None and page.list.count() == 1
    assert set(resolver.differing) == {"status", "notes", "person.other_spellings"}
    table = resolver.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    status_row = rows["Status"]
    assert table.item(status_row, 1).text() == "Referred"
    assert table.item(status_row, 2).text() == "Found alive"
    assert not table.isRowHidden(status_row)
    assert table.isRowHidden(rows["Reference"])  # same on both sides: hidden by default

    resolver.choose("status", SERVER)  # theirs
    resolver.choose("notes", SERVER)  # theirs
    resolver.choose("person.other_spellings", LOCAL)  # mine
    with qtbot.waitSignal(resolver.resolved, timeout=5000):
        resolver.save()
    wait_idle(ctx)
    record = ctx.repo.get(record_id)
    assert record.data["status"] == "found_alive"
    assert record.data["notes"] == "Found in Almería"
    assert record.data["person"]["other_spellings"] == ["Aoua"]
    assert record.rev == 9 and record.sync_state == "pending"
    with ctx.db.read() as session:
        [entry] = session.execute(
            select(OutboxRow).where(OutboxRow.record_id == str(record_id))
        ).scalars()
    assert entry.base_rev == 9
    assert page.list.count() == 0 and page.stack.currentWidget() is page.empty
