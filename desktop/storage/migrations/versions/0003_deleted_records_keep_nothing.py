"""deleted records keep nothing: empty tombstones, a search index that forgets for good

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Tombstones made before this revision kept the record's data and list columns, and drafts and
conflicts of deleted records stayed. They are emptied here (open conflicts stay: the user has a
choice to make). The search index switches to FTS5 `secure-delete`, so a removed entry leaves
the index's pages instead of being masked by a delete marker, and is rebuilt from the emptied
rows, which drops every older entry. (Outbox entries already sent keep their frozen body until
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


def upgrade() -> None:
    op.execute("INSERT INTO records_fts(records_fts, rank) VALUES ('secure-delete', 1)")
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
    op.execute("INSERT INTO records_fts(records_fts, rank) VALUES ('secure-delete', 0)")
