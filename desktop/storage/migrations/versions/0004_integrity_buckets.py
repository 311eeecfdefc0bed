"""integrity buckets: per-record content hashes folded into 256 buckets, kept by triggers

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

`integrity_buckets` holds, per bucket (an id's first two hex digits), the count and the XOR of
the content hashes (`desktop.domain.checksum.record_hash`) of the server's version of every
record this profile holds. A synced row counts as itself; a row with local changes (pending,
failed, in conflict) counts as the server's version last known, kept in
`integrity_server_hashes` (the row as it was when it left the synced state, or the server's
copy of an open conflict). Triggers keep both on every update and delete, by any code path, so
a row edited or deleted behind the app's back changes its bucket; rows inserted after
`integrity_mark.mark` (a rowid) are folded in when the buckets are next read, so inserts, by any
path, cost nothing when they happen. The triggers call `fp_fold`, `fp_refold`, `fp_xor` and
`fp_envelope_hash`, which `desktop.storage.integrity_buckets.register_functions` adds to every
connection the app opens.
"""

import json

import sqlalchemy as sa
from alembic import op

from desktop.domain.checksum import BUCKET_NAMES, envelope_hash, record_hash

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_B_OLD = "bucket = lower(substr(OLD.id, 1, 2))"
_B_NEW = "bucket = lower(substr(NEW.id, 1, 2))"
_B_CONFLICT = "bucket = lower(substr(NEW.record_id, 1, 2))"
_OLD = "OLD.id, OLD.kind, OLD.rev, OLD.deleted, OLD.owner_country, OLD.data"
_NEW = "NEW.id, NEW.kind, NEW.rev, NEW.deleted, NEW.owner_country, NEW.data"
_SYNCED = "'synced'"
_MARK = "(SELECT mark FROM integrity_mark)"
_STORED_OLD = "(SELECT hash FROM integrity_server_hashes WHERE id = OLD.id)"
_STORED_CONFLICT = "(SELECT hash FROM integrity_server_hashes WHERE id = NEW.record_id)"
_CONFLICT_FOLDED = f"(SELECT rowid FROM records WHERE id = NEW.record_id) <= {_MARK}"
_CHANGED = (
    "OLD.rev IS NOT NEW.rev OR OLD.deleted IS NOT NEW.deleted OR OLD.data IS NOT NEW.data "
    "OR OLD.kind IS NOT NEW.kind OR OLD.owner_country IS NOT NEW.owner_country"
)
_TOP = "(SELECT coalesce(max(rowid), 0) FROM records)"
# The server copy of a conflict replaces the record's last known server version.
_CONFLICT_BODY = f"""
    UPDATE integrity_buckets SET record_count = record_count - 1,
      hash_xor = fp_xor(hash_xor, {_STORED_CONFLICT})
      WHERE {_B_CONFLICT} AND {_STORED_CONFLICT} IS NOT NULL AND {_CONFLICT_FOLDED};
    INSERT OR REPLACE INTO integrity_server_hashes (id, hash)
      VALUES (NEW.record_id, fp_envelope_hash(NEW.server_record));
    UPDATE integrity_buckets SET record_count = record_count + 1,
      hash_xor = fp_xor(hash_xor, {_STORED_CONFLICT}) WHERE {_B_CONFLICT} AND {_CONFLICT_FOLDED};"""
_CONFLICT_WHEN = (
    "NEW.resolved_at IS NULL AND json_valid(NEW.server_record) "
    "AND json_type(NEW.server_record, '$.rev') = 'integer' "
    f"AND (SELECT sync_state FROM records WHERE id = NEW.record_id) IS NOT {_SYNCED}"
)

# Rows up to `integrity_mark.mark` (a rowid) are folded into the buckets; rows inserted after
# it are folded when the buckets are next read (`desktop.storage.integrity_buckets.fold_new_rows`), so
# an insert costs nothing here (a trigger on INSERT made bulk inserts several times slower).
# Updates and deletes of folded rows move their buckets at once.
TRIGGERS = {
    "records_integrity_delete": f"""CREATE TRIGGER records_integrity_delete
      AFTER DELETE ON records BEGIN
        UPDATE integrity_buckets SET record_count = record_count - 1,
          hash_xor = fp_fold(hash_xor, {_OLD})
          WHERE {_B_OLD} AND OLD.sync_state = {_SYNCED} AND OLD.rev IS NOT NULL
            AND OLD.rowid <= {_MARK};
        UPDATE integrity_buckets SET record_count = record_count - 1,
          hash_xor = fp_xor(hash_xor, {_STORED_OLD})
          WHERE {_B_OLD} AND OLD.sync_state IS NOT {_SYNCED} AND {_STORED_OLD} IS NOT NULL
            AND OLD.rowid <= {_MARK};
        DELETE FROM integrity_server_hashes WHERE id = OLD.id;
        UPDATE integrity_mark SET mark = {_TOP} WHERE mark > {_TOP};
      END""",
    # synced → synced: the old content out, the new in (a row without rev counts for nothing).
    "records_integrity_update": f"""CREATE TRIGGER records_integrity_update
      AFTER UPDATE OF id, kind, rev, owner_country, deleted, data, sync_state ON records
      WHEN OLD.sync_state = {_SYNCED} AND NEW.sync_state = {_SYNCED} AND ({_CHANGED})
        AND OLD.id = NEW.id AND OLD.rowid <= {_MARK} BEGIN
        UPDATE integrity_buckets
          SET record_count = record_count - (OLD.rev IS NOT NULL) + (NEW.rev IS NOT NULL),
          hash_xor = fp_refold(hash_xor, {_OLD}, {_NEW}) WHERE {_B_NEW};
      END""",
    # synced → local changes: the row as it was is the server's version last known.
    "records_integrity_leave": f"""CREATE TRIGGER records_integrity_leave
      AFTER UPDATE OF sync_state ON records
      WHEN OLD.sync_state = {_SYNCED} AND NEW.sync_state IS NOT {_SYNCED}
        AND OLD.rev IS NOT NULL BEGIN
        INSERT OR REPLACE INTO integrity_server_hashes (id, hash)
          VALUES (OLD.id, fp_fold(0, {_OLD}));
      END""",
    # local changes → synced: the kept server version out (when one was kept: not for a record
    # created here), the row in. Two triggers, so a create's settling costs one statement.
    "records_integrity_settle": f"""CREATE TRIGGER records_integrity_settle
      AFTER UPDATE OF sync_state ON records
      WHEN OLD.sync_state IS NOT {_SYNCED} AND NEW.sync_state = {_SYNCED}
        AND EXISTS (SELECT 1 FROM integrity_server_hashes WHERE id = OLD.id) BEGIN
        UPDATE integrity_buckets SET record_count = record_count - 1,
          hash_xor = fp_xor(hash_xor, {_STORED_OLD})
          WHERE {_B_OLD} AND OLD.rowid <= {_MARK};
        DELETE FROM integrity_server_hashes WHERE id = OLD.id;
      END""",
    "records_integrity_settled": f"""CREATE TRIGGER records_integrity_settled
      AFTER UPDATE OF sync_state ON records
      WHEN OLD.sync_state IS NOT {_SYNCED} AND NEW.sync_state = {_SYNCED}
        AND NEW.rev IS NOT NULL AND NEW.rowid <= {_MARK} BEGIN
        UPDATE integrity_buckets SET record_count = record_count + 1,
          hash_xor = fp_fold(hash_xor, {_NEW}) WHERE {_B_NEW};
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


def _backfill(conn) -> None:
    """The server versions of the rows with local changes already here: the row itself (the
    server's was not kept before this revision), or the server's copy of an open conflict; a
    sync pushes them and settles them. Every row is folded into the buckets at the first read
    (the mark starts at 0)."""
    rows = conn.execute(
        sa.text(
            "SELECT id, kind, rev, deleted, owner_country, data FROM records "
            "WHERE rev IS NOT NULL AND sync_state != 'synced'"
        )
    ).all()
    kept = {
        rid: record_hash(rid, kind, rev, bool(deleted), owner, data)
        for rid, kind, rev, deleted, owner, data in rows
    }
    conflicts = conn.execute(
        sa.text("SELECT record_id, server_record FROM conflicts WHERE resolved_at IS NULL")
    ).all()
    for rid, server in conflicts:
        try:
            kept[rid] = envelope_hash(json.loads(server))
        except (ValueError, KeyError, TypeError):
            continue
    if kept:
        conn.execute(
            sa.text("INSERT INTO integrity_server_hashes (id, hash) VALUES (:id, :hash)"),
            [{"id": rid, "hash": value} for rid, value in kept.items()],
        )


def upgrade() -> None:
    op.create_table(
        "integrity_buckets",
        sa.Column("bucket", sa.String(2), primary_key=True),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("hash_xor", sa.BigInteger(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "integrity_mark",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("mark", sa.Integer(), nullable=False),
    )
    op.execute("INSERT INTO integrity_mark (id, mark) VALUES (1, 0)")
    op.create_table(
        "integrity_server_hashes",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("hash", sa.BigInteger(), nullable=False),
    )
    op.bulk_insert(
        sa.table(
            "integrity_buckets",
            sa.column("bucket", sa.String),
            sa.column("record_count", sa.Integer),
            sa.column("hash_xor", sa.BigInteger),
        ),
        [{"bucket": name, "record_count": 0, "hash_xor": 0} for name in BUCKET_NAMES],
    )
    _backfill(op.get_bind())
    for trigger in TRIGGERS.values():
        op.execute(trigger)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("integrity_mark")
    op.drop_table("integrity_server_hashes")
    op.drop_table("integrity_buckets")
