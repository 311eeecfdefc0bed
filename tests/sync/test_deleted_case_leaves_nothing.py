"""A deleted case leaves nothing behind: not in any table or index of a profile, not on the server.

The case goes through the life that leaves copies of it around (an edit on another device, a
conflict resolved, an unsaved draft, a pull to a second profile), then one device deletes it and
both sync through the real server on loopback. Every table of each profile is read through the
app's own encrypted connection, FTS shadow tables included, and every table of the server's
database, looking for the case's personal values.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from desktop.storage import conflicts
from desktop.storage.drafts import DraftRepository

from .conftest import case

GIVEN, FAMILY = "Zorbalinde", "Quixmarrow"
CONTACT = "+221 77 913 48 62 wrexhampton@example.org"
NOTES = "Last seen boarding at Kafountine with cousin Brelvadine"
# What must be gone (lower case: the search index keeps its words folded).
NEEDLES = ("zorbalinde", "quixmarrow", "wrexhampton", "913 48 62", "brelvadine", "kafountine")


def distinctive_case(**extra) -> dict:
    data = case(4242)
    data.update(
        person={"given_names": GIVEN, "family_name": FAMILY, "other_spellings": ["Kwixmarow"]},
        enquirer={"name": "Brelvadine " + FAMILY, "contact": CONTACT, "relationship": "cousin"},
        notes=NOTES,
    )
    data.update(extra)
    return data


def _as_text(value) -> str:
    if isinstance(value, bytes | memoryview):
        return bytes(value).decode("latin-1").lower()
    return str(value).lower()


def traces_in_rows(tables: dict[str, list[tuple]]) -> list[str]:
    found = []
    for table, rows in tables.items():
        for row in rows:
            for value in row:
                if value is None:
                    continue
                content = _as_text(value)
                found += [f"{table}: {needle}" for needle in NEEDLES if needle in content]
    return found


def profile_tables(db) -> dict[str, list[tuple]]:
    """Every row of every table of the profile (FTS shadow tables too), read with its key."""
    with db.read() as session:
        conn = session.connection()
        names = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
        return {
            name: [tuple(r) for r in conn.exec_driver_sql(f'SELECT * FROM "{name}"')]
            for name in list(names)
        }


def server_tables(db_file: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db_file)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {name: conn.execute(f'SELECT * FROM "{name}"').fetchall() for name in names}
    finally:
        conn.close()


def raw_bytes_hold_a_trace(client) -> bool:
    raw = client.db.writer_engine.raw_connection()  # outside a transaction, as SQLite wants
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
    for path in client.paths.root.rglob("*"):
        if path.is_file() and path.suffix != ".log":
            content = path.read_bytes().lower()
            if any(needle.encode() in content for needle in NEEDLES):
                return True
    return False


def test_a_deleted_case_is_in_no_table_or_index_of_either_profile_nor_on_the_server(
    make_client, server
):
    first, second = make_client(), make_client("fp2.sn@example.org")
    saved = first.repo.save("missing_case", distinctive_case(), owner_country="SN")
    first.sync()
    second.sync()
    assert str(saved.id) in second.records("missing_case")
    # The name is found while the case lives (the scan would see it).
    assert traces_in_rows(profile_tables(first.db))
    assert traces_in_rows(profile_tables(second.db))
    assert traces_in_rows(server_tables(server.folder / "server.db"))

    # Both devices edit; the first pushes on a stale revision: a conflict, resolved here.
    second.repo.save("missing_case", distinctive_case(status="tracing"), record_id=saved.id)
    second.sync()
    first.repo.save("missing_case", distinctive_case(status="referred"), record_id=saved.id)
    first.sync()
    (conflict,) = conflicts.list_open(first.db)
    conflicts.resolve(first.db, conflict.id, distinctive_case(status="tracing"))
    first.sync()
    typing = distinctive_case(notes=NOTES + " (typing)")
    DraftRepository(first.db).save(
        f"missing_case:{saved.id}", "missing_case", str(saved.id), typing
    )
    DraftRepository(second.db).save(
        f"missing_case:{saved.id}", "missing_case", str(saved.id), distinctive_case()
    )

    first.repo.delete(saved.id)
    first.sync()
    second.sync()  # the delete arrives by pull
    assert first.pending() == 0 and second.pending() == 0
    for client in (first, second):
        tombstone = client.repo.get(saved.id)
        assert tombstone is not None and tombstone.deleted and tombstone.data == {}
        assert (tombstone.kind, tombstone.owner_country) == ("missing_case", "SN")
        assert traces_in_rows(profile_tables(client.db)) == []
        assert not raw_bytes_hold_a_trace(client)
    assert traces_in_rows(server_tables(server.folder / "server.db")) == []


def test_a_case_deleted_before_it_was_ever_sent_leaves_nothing(make_client, server):
    client = make_client()
    saved = client.repo.save("missing_case", distinctive_case(), owner_country="SN")
    client.repo.save("missing_case", distinctive_case(status="tracing"), record_id=saved.id)
    client.repo.delete(saved.id)
    assert traces_in_rows(profile_tables(client.db)) == []
    client.sync()
    assert traces_in_rows(profile_tables(client.db)) == []
    assert traces_in_rows(server_tables(server.folder / "server.db")) == []
