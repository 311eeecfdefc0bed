"""Report returns: each country report as the secretariat returned it, kept on the server so
that any reviewer's computer can show what changed when the report comes back resubmitted.

Reports returned before this revision have no entry; their next return gets one.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "report_returns",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "report_id",
            sa.String(length=36),
            sa.ForeignKey("records.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("rev", sa.BigInteger(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=False),
        sa.Column(
            "returned_by",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_index(
        "ix_report_returns_report_rev", "report_returns", ["report_id", "rev"], unique=True
    )


def downgrade() -> None:
    op.drop_index("ix_report_returns_report_rev", table_name="report_returns")
    op.drop_table("report_returns")
