"""Migrations: a new profile gets the newest schema; an older one upgrades in place."""

from __future__ import annotations

import uuid

from sqlalchemy import text

from desktop.storage import migrate
from desktop.storage.database import Database
from desktop.storage.keys import obtain_key
from desktop.storage.listing import ListQuery, RecordListing
from desktop.storage.profile import open_profile


def test_a_new_profile_is_created_at_the_head_revision(paths):
    db = open_profile(paths)
    assert migrate.current_revision(db.writer_engine) == migrate.head_revision() == "0002"
    with db.read() as session:
        tables = set(session.execute(text("SELECT name FROM sqlite_master")).scalars())
    assert {"records", "outbox", "sync_state", "conflicts", "drafts", "records_fts"} <= tables
    db.close()


def test_a_profile_at_the_previous_revision_upgrades_in_place(paths):
    paths.ensure()
    key = obtain_key(paths)
    old = Database(paths, key)
    migrate.upgrade(old.writer_engine, "0001")
    record_id = str(uuid.uuid4())
    with old.write() as session:
        session.execute(
            text(
                "INSERT INTO records (id, kind, rev, owner_country, updated_at, deleted, data, "
                "sync_state, label, title, status, route, event_date, search) VALUES "
                "(:id, 'missing_case', 7, 'SN', '2026-01-01T00:00:00Z', 0, '{}', 'synced', "
                "'SN-2026-0007', 'Ndiaye, Fatou', 'open', '', '', 'SN-2026-0007 Fatou Ndiaye')"
            ),
            {"id": record_id},
        )
    old.close()

    db = open_profile(paths)
    assert migrate.current_revision(db.writer_engine) == "0002"
    found = RecordListing(db).page(ListQuery("missing_case", search="ndiaye")).rows
    assert [row.id for row in found] == [record_id]  # the search index was built for old rows
    db.close()


def test_opening_twice_changes_nothing(paths):
    open_profile(paths).close()
    db = open_profile(paths)
    assert migrate.current_revision(db.writer_engine) == "0002"
    db.close()
