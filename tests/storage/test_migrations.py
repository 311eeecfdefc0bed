"""Migrations: a new profile gets the newest schema; an older one upgrades in place."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from desktop.storage import migrate
from desktop.storage.database import Database
from desktop.storage.keys import obtain_key
from desktop.storage.listing import ListQuery, RecordListing
from desktop.storage.profile import open_profile


def test_a_new_profile_is_created_at_the_head_revision(paths):
    db = open_profile(paths)
    assert migrate.current_revision(db.writer_engine) == migrate.head_revision()
    with db.read() as session:
        tables = set(session.execute(text("SELECT name FROM sqlite_master")).scalars())
    assert {"records", "outbox", "sync_state", "conflicts", "drafts", "records_fts"} <= tables
    db.close()


def old_profile(paths, revision: str) -> Database:
    """A profile's database as an older version of the app left it."""
    paths.ensure()
    old = Database(paths, obtain_key(paths))
    migrate.upgrade(old.writer_engine, revision)
    return old


def insert_case(session, record_id: str, data: str, name: str) -> None:
    """A synced case row written as the older schema holds it (`name`: "Family, Given")."""
    family, given = name.split(", ")
    session.execute(
        text(
            "INSERT INTO records (id, kind, rev, owner_country, updated_at, deleted, data, "
            "sync_state, label, title, status, route, event_date, search) VALUES "
            "(:id, 'missing_case', 7, 'SN', '2026-01-01T00:00:00Z', 0, :data, 'synced', "
            "'SN-2026-0007', :title, 'open', '', '', :search)"
        ),
        {"id": record_id, "data": data, "title": name, "search": f"SN-2026-0007 {given} {family}"},
    )


def test_a_profile_at_the_previous_revision_upgrades_in_place(paths):
    old = old_profile(paths, "0001")
    record_id = str(uuid.uuid4())
    with old.write() as session:
        insert_case(session, record_id, "{}", "Ndiaye, Fatou")
    old.close()

    db = open_profile(paths)
    assert migrate.current_revision(db.writer_engine) == migrate.head_revision()
    found = RecordListing(db).page(ListQuery("missing_case", search="ndiaye")).rows
    assert [row.id for row in found] == [record_id]  # the search index was built for old rows
    db.close()


def test_opening_twice_changes_nothing(paths):
    open_profile(paths).close()
    db = open_profile(paths)
    assert migrate.current_revision(db.writer_engine) == migrate.head_revision()
    db.close()


def test_the_head_read_from_the_migration_files_is_alembics():
    assert migrate.known_head() == migrate.head_revision() != ""


def test_a_profile_at_the_head_opens_without_running_alembic(paths, monkeypatch):
    open_profile(paths).close()

    def no_alembic(*_args, **_kwargs):
        raise AssertionError("Alembic ran for a database at the newest revision")

    monkeypatch.setattr(migrate, "upgrade", no_alembic)
    monkeypatch.setattr(migrate, "head_revision", no_alembic)
    open_profile(paths).close()


def test_a_profile_behind_the_head_still_runs_alembic(paths, monkeypatch):
    old_profile(paths, "0002").close()
    ran = []
    upgrade = migrate.upgrade
    monkeypatch.setattr(migrate, "upgrade", lambda engine: ran.append(upgrade(engine)))
    db = open_profile(paths)
    assert len(ran) == 1
    assert migrate.current_revision(db.writer_engine) == migrate.head_revision()
    db.close()


def migration(folder, name: str, revision: str, down: str) -> None:
    (folder / f"{name}.py").write_text(
        f'"""Revision ID: {revision}\nRevises: {down}\n"""\n\n'
        f"revision: str = {revision!r}\ndown_revision = {down}\n",
        "utf-8",
    )


@pytest.mark.parametrize(
    ("chain", "head"),
    [
        ([("a", "None"), ("b", "'a'"), ("c", "'b'")], "c"),
        ([("a", "None"), ("b", "'a'"), ("c", "'a'")], None),  # two heads: Alembic decides
        ([("a", "None"), ("b", "'a'"), ("c", "'a'"), ("m", "('b', 'c')")], "m"),  # a merge
        ([], None),
    ],
)
def test_the_head_of_a_folder_of_migrations(tmp_path, chain, head):
    (tmp_path / "__init__.py").write_text("", "utf-8")
    for n, (revision, down) in enumerate(chain):
        migration(tmp_path, f"{n:04d}_{revision}", revision, down)
    assert migrate.head_in(tmp_path) == head


def _fts_words(db) -> str:
    with db.read() as session:
        blobs = session.execute(text("SELECT block FROM records_fts_data")).scalars().all()
    return b"".join(bytes(b) for b in blobs if b).decode("latin-1").lower()


def test_tombstones_of_older_profiles_are_emptied_and_their_words_leave_the_index(paths):
    old = old_profile(paths, "0002")
    record_id = str(uuid.uuid4())
    with old.write() as session:
        insert_case(session, record_id, '{"notes": "Vantongeren"}', "Vantongeren, Fatou")
        session.execute(
            text("INSERT INTO records_fts(rowid, search) SELECT rowid, search FROM records")
        )
        session.execute(text("UPDATE records SET deleted = 1 WHERE id = :id"), {"id": record_id})
        session.execute(
            text(
                "INSERT INTO drafts (key, kind, record_id, data, updated_at) VALUES "
                "('k', 'missing_case', :id, '{\"notes\": \"Vantongeren\"}', 'now')"
            ),
            {"id": record_id},
        )
        session.execute(
            text(
                "INSERT INTO conflicts (record_id, kind, local_data, local_deleted, "
                "server_record, created_at, resolved_at) VALUES (:id, 'missing_case', "
                "'{\"notes\": \"Vantongeren\"}', 0, '{}', 'then', 'now')"
            ),
            {"id": record_id},
        )
    assert "vantongeren" in _fts_words(old)
    old.close()

    db = open_profile(paths)
    with db.read() as session:
        row = session.execute(
            text("SELECT data, label, title, search FROM records WHERE id = :id"),
            {"id": record_id},
        ).one()
        assert tuple(row) == ("{}", "", "", "")
        for table in ("drafts", "conflicts"):
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
    assert "vantongeren" not in _fts_words(db)
    db.close()


def test_a_profile_at_0004_with_records_and_outbox_entries_upgrades_to_0005(paths):
    """Lists, search and the outbox work after the upgrade: an entry queued (or frozen) before
    keeps its mutation id, one queued after gets its own when it is frozen."""
    from desktop.storage.outbox import Outbox
    from desktop.storage.records import RecordRepository

    from .conftest import case

    old = old_profile(paths, "0004")
    ids = [uuid.uuid4() for _ in range(3)]
    with old.write() as session:  # as the older app queued them: each entry with its id
        for n, rid in enumerate(ids):
            insert_case(session, str(rid), "{}", f"Family{n}, Awa")
            session.execute(
                text(
                    "INSERT INTO outbox (mutation_id, record_id, kind, deleted, base_rev, "
                    "base_pending, created_at, sent_at, payload, attempts) VALUES (:mid, :rid, "
                    "'missing_case', 0, 7, 0, 'then', :sent, :payload, :attempts)"
                ),
                {
                    "mid": f"00000000-0000-4000-8000-00000000000{n}",
                    "rid": str(rid),
                    "sent": "then" if n == 0 else None,
                    "payload": "{}" if n == 0 else None,
                    "attempts": 1 if n == 0 else 0,
                },
            )
        session.execute(  # the older app indexed its inserts as this one does
            text("INSERT INTO records_fts(rowid, search) SELECT rowid, search FROM records")
        )
    old.close()

    db = open_profile(paths)
    assert migrate.current_revision(db.writer_engine) == "0005"
    with db.read() as session:
        names = set(session.execute(text("SELECT name FROM sqlite_master")).scalars())
    assert not {"ix_records_kind_status", "ix_records_kind_route", "ix_records_unsynced"} & names
    assert {"ix_outbox_record_id", "ix_outbox_mutation_id", "ix_records_kind_groups"} <= names
    listing = RecordListing(db)
    rows = listing.page(ListQuery("missing_case", status="open")).rows  # one label: by id
    assert [r.id for r in rows] == sorted(str(rid) for rid in ids)
    assert [r.id for r in listing.page(ListQuery("missing_case", search="family2")).rows] == [
        str(ids[2])
    ]
    new = RecordRepository(db).save("missing_case", case(9), owner_country="SN")
    sent = Outbox(db).freeze_batch(10)
    by_record = {m.record_id: m.mutation_id for m in sent}
    assert [by_record[str(rid)] for rid in ids] == [
        f"00000000-0000-4000-8000-00000000000{n}" for n in range(3)
    ]
    assert uuid.UUID(by_record[str(new.id)]).version == 4
    assert len(set(by_record.values())) == 4
    db.close()


def test_0005_downgrades_to_0004_with_an_id_for_every_entry(paths):
    from alembic import command

    from desktop.storage.records import RecordRepository

    from .conftest import case

    db = open_profile(paths)
    items = [(uuid.uuid4(), case(n)) for n in range(3)]
    RecordRepository(db).save_many("missing_case", items, "SN")
    config = migrate.alembic_config(db.writer_engine)
    with db.writer_engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
    with db.read() as session:
        ids = session.execute(text("SELECT mutation_id FROM outbox")).scalars().all()
        names = set(session.execute(text("SELECT name FROM sqlite_master")).scalars())
    assert len(ids) == len(set(ids)) == 3 and all(uuid.UUID(i).version == 4 for i in ids)
    assert {"ix_records_kind_status", "ix_records_kind_route", "ix_records_unsynced"} <= names
    assert "sqlite_autoindex_outbox_1" in names  # mutation_id NOT NULL UNIQUE again
    assert "ix_records_kind_groups" not in names
    db.close()
