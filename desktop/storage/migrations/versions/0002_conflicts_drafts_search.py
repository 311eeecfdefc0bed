"""conflicts, editor drafts and full-text search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FTS_TRIGGERS = (
    """CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN
         INSERT INTO records_fts(records_fts, rowid, search)
         VALUES ('delete', old.rowid, old.search);
       END""",
    """CREATE TRIGGER records_fts_update AFTER UPDATE OF search ON records BEGIN
         INSERT INTO records_fts(records_fts, rowid, search)
         VALUES ('delete', old.rowid, old.search);
         INSERT INTO records_fts(rowid, search) VALUES (new.rowid, new.search);
       END""",
)


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(36), sa.ForeignKey("records.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("local_data", sa.Text(), nullable=False),
        sa.Column("local_deleted", sa.Boolean(), nullable=False),
        sa.Column("server_record", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("resolved_at", sa.String(40)),
    )
    op.create_index("ix_conflicts_record_id", "conflicts", ["record_id"])
    op.create_table(
        "drafts",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("record_id", sa.String(36)),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    # Name search that ignores case and accents (Diallo finds Diállo). Updates and deletes are
    # kept by triggers; inserts are indexed by the repository (set-based for bulk inserts,
    # which is several times faster than a trigger per row).
    op.execute(
        "CREATE VIRTUAL TABLE records_fts USING fts5(search, content='records', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    for trigger in _FTS_TRIGGERS:
        op.execute(trigger)
    op.execute("INSERT INTO records_fts(records_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for name in ("records_fts_delete", "records_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS records_fts")
    op.drop_table("drafts")
    op.drop_table("conflicts")
