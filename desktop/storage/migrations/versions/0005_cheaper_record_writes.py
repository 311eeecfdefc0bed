"""cheaper record writes: three record indexes fewer, an outbox entry's mutation id given when frozen

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

Every record written touches each index of `records` and `outbox`; bulk writes (imports, a
first pull) spend most of their time there. This revision drops two of them:

- `ix_records_kind_status` and `ix_records_kind_route` (kind, status|route, label, id) served
  the lists filtered by status or route and sorted by reference, and the groupings by status
  or route (the overview's charts, the route filter's choices). One narrow index,
  `ix_records_kind_groups` (kind, status, route, deleted), takes their place for the
  groupings and for the count beside a list (it holds what they read, so they never read a
  record's row, but for a count filtered by sync state: a count of 100,000 rows reads a
  narrow index, not the table). Such a list now walks
  the reference index `ix_records_kind_label` in order and skips the rows of other statuses
  or routes, as lists sorted by name or date filtered the same way always did: no list sorts
  in a temporary B-tree (tests/storage/test_list_plans.py). A filter matching almost nothing
  reads every row of the kind before it finds a page (at 20,000 cases, 14 ms in
  bench/storage.py).
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
"""

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


_GROUPS = ["kind", "status", "route", "deleted"]


def upgrade() -> None:
    for name in _LIST_INDEXES:
        op.drop_index(name, table_name="records")
    op.drop_index("ix_records_unsynced", table_name="records")
    op.create_index("ix_records_kind_groups", "records", _GROUPS)
    _rebuild_outbox("")
    op.create_index(
        "ix_outbox_mutation_id",
        "outbox",
        ["mutation_id"],
        unique=True,
        sqlite_where=sa.text("mutation_id IS NOT NULL"),
    )


def downgrade() -> None:
    conn = op.get_bind()
    unnamed = conn.execute(sa.text("SELECT seq FROM outbox WHERE mutation_id IS NULL")).all()
    if unnamed:  # the older app gave every entry its id when it was queued
        conn.execute(
            sa.text("UPDATE outbox SET mutation_id = :mid WHERE seq = :seq"),
            [{"mid": str(uuid.uuid4()), "seq": seq} for (seq,) in unnamed],
        )
    op.drop_index("ix_outbox_mutation_id", table_name="outbox")
    _rebuild_outbox(" NOT NULL UNIQUE")  # as 0001 made it
    op.drop_index("ix_records_kind_groups", table_name="records")
    for name, columns in _LIST_INDEXES.items():
        op.create_index(name, "records", columns)
    op.create_index(
        "ix_records_unsynced",
        "records",
        ["sync_state"],
        sqlite_where=sa.text("sync_state != 'synced'"),
    )
