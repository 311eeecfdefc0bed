"""deleted records keep nothing: empty tombstones, a search index that forgets for good

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Tombstones made before this revision kept the record's data and list columns, and drafts and
conflicts of deleted records stayed. They are emptied here (open conflicts stay: the user has a
choice to make). The search index switches to FTS5 `secure-delete`, so a removed entry leaves
the index's pages instead of being masked by a delete marker (its update trigger now runs only
when the text changes), and is rebuilt from the emptied rows, which drops every older entry. (Outbox entries already sent keep their frozen body until
the server answers: a retry must send the same body.)
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_BLANK = (
    "data = '{}', sync_message = NULL, label = '', title = '', status = '', route = '', "
    "event_date = '', search = ''"
)


# Secure-delete makes an index delete find and remove the entry's words (about ten times the
# work of a delete marker), so the index is touched only when the text actually changes.
_UPDATE_TRIGGER = """CREATE TRIGGER records_fts_update AFTER UPDATE OF search ON records
     WHEN old.search IS NOT new.search BEGIN
       INSERT INTO records_fts(records_fts, rowid, search)
       VALUES ('delete', old.rowid, old.search);
       INSERT INTO records_fts(rowid, search) VALUES (new.rowid, new.search);
     END"""
_OLD_UPDATE_TRIGGER = """CREATE TRIGGER records_fts_update AFTER UPDATE OF search ON records BEGIN
       INSERT INTO records_fts(records_fts, rowid, search)
       VALUES ('delete', old.rowid, old.search);
       INSERT INTO records_fts(rowid, search) VALUES (new.rowid, new.search);
     END"""


def upgrade() -> None:
    op.execute("INSERT INTO records_fts(records_fts, rank) VALUES ('secure-delete', 1)")
    op.execute("DROP TRIGGER records_fts_update")
    op.execute(_UPDATE_TRIGGER)
    op.execute(f"UPDATE records SET {_BLANK} WHERE deleted = 1 AND sync_state != 'conflict'")
    gone = "SELECT id FROM records WHERE deleted = 1 AND sync_state != 'conflict'"
    op.execute(f"DELETE FROM drafts WHERE record_id IN ({gone})")
    op.execute(f"DELETE FROM conflicts WHERE record_id IN ({gone})")
    op.execute(
        "DELETE FROM conflicts WHERE resolved_at IS NOT NULL "
        "AND record_id IN (SELECT id FROM records WHERE deleted = 1)"
    )
    op.execute("INSERT INTO records_fts(records_fts) VALUES ('rebuild')")


def downgrade() -> None:
    op.execute("DROP TRIGGER records_fts_update")
    op.execute(_OLD_UPDATE_TRIGGER)
    op.execute("INSERT INTO records_fts(records_fts, rank) VALUES ('secure-delete', 0)")
