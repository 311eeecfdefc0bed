"""cheaper record writes: three record indexes fewer, a mutation id given when frozen, settled
rows folded into the integrity buckets when they are read

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

Every record written touches each index of `records` and `outbox`; bulk writes (imports, a
first pull) spend most of their time there. This revision drops two of them:

- `ix_records_kind_status` and `ix_records_kind_route` (kind, status|route, label, id) served
  only the lists filtered by status or route and sorted by reference. Such a list now walks
  the reference index `ix_records_kind_label` in order and skips the rows of other statuses
  or routes, as lists sorted by name or date filtered the same way always did: no list sorts
  in a temporary B-tree (tests/storage/test_list_plans.py). A page reads at most the rows its
  count beside it reads anyway (a count checks every row of the kind for `deleted`), so even
  a filter matching almost nothing costs no more than the count.
- `ix_records_unsynced` (sync_state, on the rows not synced) was read by no query: the list
  filtered by sync state walks its sort order's index like the others (its plan is tested
  with them), and the checks of every row not synced scan the rows anyway. Every record
  written here entered it (pending) and every settled one left it.
- `outbox.mutation_id` was a NOT NULL UNIQUE column filled with a random UUID when the entry
  was queued (a random insert into a unique index per record). An entry's mutation id is now
  given when the entry is first frozen for sending, in the statement that freezes its payload
  (`desktop.storage.outbox`), so a retry still sends the same id; entries queued but not yet
  sent have none. Uniqueness holds for every id given (a partial unique index). Entries made
  before this revision keep their ids.

The outbox is rebuilt (SQLite cannot change a column's constraints in place) with its rows and
their sequence numbers.

- A row settling (its push answered: pending → synced) no longer hashes the row in its trigger
  (a Python call per row, +40 % on a push batch's settle). The trigger takes the kept server
  version out, as before, and notes the row's rowid in `integrity_unfolded`; such rows are
  folded in when the buckets are next read (`desktop.storage.integrity.local_buckets`, in the
  pass that folds the rows inserted since), like rows above `integrity_mark`. Until then every
  trigger treats them as it treats rows above the mark: not in the buckets, so an edit, a newer
  pull, a conflict or a delete of such a row changes no bucket, and the fold takes the row as
  it is then (synced: its content; not synced: the server version kept for it).
"""

import importlib
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_LIST_INDEXES = {
    "ix_records_kind_status": ["kind", "status", "label", "id"],
    "ix_records_kind_route": ["kind", "route", "label", "id"],
}
_COLUMNS = (
    "seq, mutation_id, record_id, kind, payload, deleted, base_rev, base_pending, created_at, "
    "sent_at, attempts"
)


def _rebuild_outbox(mutation_id: str) -> None:
    """The outbox with `mutation_id` as that column's constraints, with every row (and its
    sequence number) and its record index; the table as 0001 made it otherwise."""
    op.execute(f"""CREATE TABLE outbox_new (
        seq INTEGER NOT NULL,
        mutation_id VARCHAR(36){mutation_id},
        record_id VARCHAR(36) NOT NULL,
        kind VARCHAR(20) NOT NULL,
        payload TEXT,
        deleted BOOLEAN NOT NULL,
        base_rev INTEGER,
        base_pending BOOLEAN NOT NULL,
        created_at VARCHAR(40) NOT NULL,
        sent_at VARCHAR(40),
        attempts INTEGER NOT NULL,
        PRIMARY KEY (seq),
        FOREIGN KEY(record_id) REFERENCES records (id)
    )""")
    op.execute(f"INSERT INTO outbox_new ({_COLUMNS}) SELECT {_COLUMNS} FROM outbox")
    op.execute("DROP TABLE outbox")
    op.execute("ALTER TABLE outbox_new RENAME TO outbox")
    op.create_index("ix_outbox_record_id", "outbox", ["record_id"])


_SYNCED = "'synced'"
_MARK = "(SELECT mark FROM integrity_mark)"
_OLD = "OLD.id, OLD.kind, OLD.rev, OLD.deleted, OLD.owner_country, OLD.data"
_NEW = "NEW.id, NEW.kind, NEW.rev, NEW.deleted, NEW.owner_country, NEW.data"
_B_OLD = "bucket = lower(substr(OLD.id, 1, 2))"
_B_NEW = "bucket = lower(substr(NEW.id, 1, 2))"
_B_CONFLICT = "bucket = lower(substr(NEW.record_id, 1, 2))"
_STORED_OLD = "(SELECT hash FROM integrity_server_hashes WHERE id = OLD.id)"
_STORED_CONFLICT = "(SELECT hash FROM integrity_server_hashes WHERE id = NEW.record_id)"
_UNFOLDED = "EXISTS (SELECT 1 FROM integrity_unfolded WHERE record_rowid = {})"
_CONFLICT_ROWID = "(SELECT rowid FROM records WHERE id = NEW.record_id)"


def _folded(rowid: str) -> str:
    """The row's contribution is in the buckets: at or below the mark, and not noted unfolded."""
    return f"({rowid} <= {_MARK} AND NOT {_UNFOLDED.format(rowid)})"


_CHANGED = (
    "OLD.rev IS NOT NEW.rev OR OLD.deleted IS NOT NEW.deleted OR OLD.data IS NOT NEW.data "
    "OR OLD.kind IS NOT NEW.kind OR OLD.owner_country IS NOT NEW.owner_country"
)
_TOP = "(SELECT coalesce(max(rowid), 0) FROM records)"
_CONFLICT_BODY = f"""
    UPDATE integrity_buckets SET record_count = record_count - 1,
      hash_xor = fp_xor(hash_xor, {_STORED_CONFLICT})
      WHERE {_B_CONFLICT} AND {_STORED_CONFLICT} IS NOT NULL AND {_folded(_CONFLICT_ROWID)};
    INSERT OR REPLACE INTO integrity_server_hashes (id, hash)
      VALUES (NEW.record_id, fp_envelope_hash(NEW.server_record));
    UPDATE integrity_buckets SET record_count = record_count + 1,
      hash_xor = fp_xor(hash_xor, {_STORED_CONFLICT})
      WHERE {_B_CONFLICT} AND {_folded(_CONFLICT_ROWID)};"""
_CONFLICT_WHEN = (
    "NEW.resolved_at IS NULL AND json_valid(NEW.server_record) "
    "AND json_type(NEW.server_record, '$.rev') = 'integer' "
    f"AND (SELECT sync_state FROM records WHERE id = NEW.record_id) IS NOT {_SYNCED}"
)
_NOTE_UNFOLDED = (
    f"INSERT OR IGNORE INTO integrity_unfolded (record_rowid) SELECT NEW.rowid "
    f"WHERE NEW.rowid <= {_MARK};"
)
# The 0004 triggers that change (records_integrity_leave stays as it is).
TRIGGERS = {
    "records_integrity_delete": f"""CREATE TRIGGER records_integrity_delete
      AFTER DELETE ON records BEGIN
        UPDATE integrity_buckets SET record_count = record_count - 1,
          hash_xor = fp_fold(hash_xor, {_OLD})
          WHERE {_B_OLD} AND OLD.sync_state = {_SYNCED} AND OLD.rev IS NOT NULL
            AND {_folded("OLD.rowid")};
        UPDATE integrity_buckets SET record_count = record_count - 1,
          hash_xor = fp_xor(hash_xor, {_STORED_OLD})
          WHERE {_B_OLD} AND OLD.sync_state IS NOT {_SYNCED} AND {_STORED_OLD} IS NOT NULL
            AND {_folded("OLD.rowid")};
        DELETE FROM integrity_server_hashes WHERE id = OLD.id;
        DELETE FROM integrity_unfolded WHERE record_rowid = OLD.rowid;
        UPDATE integrity_mark SET mark = {_TOP} WHERE mark > {_TOP};
      END""",
    "records_integrity_update": f"""CREATE TRIGGER records_integrity_update
      AFTER UPDATE OF id, kind, rev, owner_country, deleted, data, sync_state ON records
      WHEN OLD.sync_state = {_SYNCED} AND NEW.sync_state = {_SYNCED} AND ({_CHANGED})
        AND OLD.id = NEW.id AND {_folded("OLD.rowid")} BEGIN
        UPDATE integrity_buckets
          SET record_count = record_count - (OLD.rev IS NOT NULL) + (NEW.rev IS NOT NULL),
          hash_xor = fp_refold(hash_xor, {_OLD}, {_NEW}) WHERE {_B_NEW};
      END""",
    # local changes → synced, a server version kept: it leaves the buckets; the row goes in
    # when they are next read. Without one (a record created here), only the note. Either
    # trigger may fire first: the note is the same, and once the kept version is gone only
    # the second one's WHEN holds.
    "records_integrity_settle": f"""CREATE TRIGGER records_integrity_settle
      AFTER UPDATE OF sync_state ON records
      WHEN OLD.sync_state IS NOT {_SYNCED} AND NEW.sync_state = {_SYNCED}
        AND EXISTS (SELECT 1 FROM integrity_server_hashes WHERE id = OLD.id) BEGIN
        UPDATE integrity_buckets SET record_count = record_count - 1,
          hash_xor = fp_xor(hash_xor, {_STORED_OLD})
          WHERE {_B_OLD} AND {_folded("OLD.rowid")};
        DELETE FROM integrity_server_hashes WHERE id = OLD.id;
        {_NOTE_UNFOLDED}
      END""",
    "records_integrity_settled": f"""CREATE TRIGGER records_integrity_settled
      AFTER UPDATE OF sync_state ON records
      WHEN OLD.sync_state IS NOT {_SYNCED} AND NEW.sync_state = {_SYNCED}
        AND NEW.rowid <= {_MARK}
        AND NOT EXISTS (SELECT 1 FROM integrity_server_hashes WHERE id = OLD.id) BEGIN
        {_NOTE_UNFOLDED}
      END""",
    "conflicts_integrity_insert": f"""CREATE TRIGGER conflicts_integrity_insert
      AFTER INSERT ON conflicts WHEN {_CONFLICT_WHEN} BEGIN {_CONFLICT_BODY}
      END""",
    "conflicts_integrity_update": f"""CREATE TRIGGER conflicts_integrity_update
      AFTER UPDATE OF server_record ON conflicts
      WHEN OLD.server_record IS NOT NEW.server_record AND {_CONFLICT_WHEN} BEGIN
      {_CONFLICT_BODY}
      END""",
}


def _fold_unfolded() -> None:
    """Fold the rows noted unfolded into the buckets (before the note's table goes)."""
    from sqlalchemy.orm import Session

    from desktop.storage.integrity import fold_new_rows

    with Session(bind=op.get_bind()) as session:
        fold_new_rows(session)


def upgrade() -> None:
    for name in _LIST_INDEXES:
        op.drop_index(name, table_name="records")
    op.drop_index("ix_records_unsynced", table_name="records")
    _rebuild_outbox("")
    op.create_index(
        "ix_outbox_mutation_id",
        "outbox",
        ["mutation_id"],
        unique=True,
        sqlite_where=sa.text("mutation_id IS NOT NULL"),
    )
    op.create_table(
        "integrity_unfolded",
        sa.Column("record_rowid", sa.Integer(), primary_key=True, autoincrement=False),
    )
    for name, trigger in TRIGGERS.items():
        op.execute(f"DROP TRIGGER {name}")
        op.execute(trigger)


def downgrade() -> None:
    _fold_unfolded()
    older = importlib.import_module("desktop.storage.migrations.versions.0004_integrity_buckets")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
        op.execute(older.TRIGGERS[name])
    op.drop_table("integrity_unfolded")
    conn = op.get_bind()
    unnamed = conn.execute(sa.text("SELECT seq FROM outbox WHERE mutation_id IS NULL")).all()
    if unnamed:  # the older app gave every entry its id when it was queued
        conn.execute(
            sa.text("UPDATE outbox SET mutation_id = :mid WHERE seq = :seq"),
            [{"mid": str(uuid.uuid4()), "seq": seq} for (seq,) in unnamed],
        )
    op.drop_index("ix_outbox_mutation_id", table_name="outbox")
    _rebuild_outbox(" NOT NULL UNIQUE")  # as 0001 made it
    for name, columns in _LIST_INDEXES.items():
        op.create_index(name, "records", columns)
    op.create_index(
        "ix_records_unsynced",
        "records",
        ["sync_state"],
        sqlite_where=sa.text("sync_state != 'synced'"),
    )
