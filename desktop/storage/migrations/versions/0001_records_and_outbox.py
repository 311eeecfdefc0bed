"""records, outbox and sync state

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "records",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("rev", sa.Integer()),
        sa.Column("owner_country", sa.String(10)),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("sync_state", sa.String(10), nullable=False),
        sa.Column("sync_message", sa.Text()),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("route", sa.String(200), nullable=False),
        sa.Column("event_date", sa.String(40), nullable=False),
        sa.Column("search", sa.Text(), nullable=False),
    )
    op.create_index("ix_records_kind_label", "records", ["kind", "label", "id"])
    op.create_index("ix_records_kind_title", "records", ["kind", "title", "id"])
    op.create_index("ix_records_kind_date", "records", ["kind", "event_date", "id"])
    op.create_index("ix_records_kind_status", "records", ["kind", "status", "label", "id"])
    op.create_index("ix_records_kind_route", "records", ["kind", "route", "label", "id"])
    op.create_index(
        "ix_records_unsynced",
        "records",
        ["sync_state"],
        sqlite_where=sa.text("sync_state != 'synced'"),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("mutation_id", sa.String(36), nullable=False, unique=True),
        sa.Column("record_id", sa.String(36), sa.ForeignKey("records.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("payload", sa.Text()),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("base_rev", sa.Integer()),
        sa.Column("base_pending", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("sent_at", sa.String(40)),
        sa.Column("attempts", sa.Integer(), nullable=False),
    )
    op.create_index("ix_outbox_record_id", "outbox", ["record_id"])
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sync_state")
    op.drop_table("outbox")
    op.drop_table("records")
