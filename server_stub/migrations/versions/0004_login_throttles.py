"""Login throttles: one row per counted key (account, account from an address, address), locked
while an attempt is counted, instead of one row per failed attempt read before the password was
checked (which let parallel guesses all through).

The old per-attempt failures are dropped: every counter starts afresh.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_login_failures_key_at", table_name="login_failures")
    op.drop_table("login_failures")
    op.create_table(
        "login_throttles",
        sa.Column("key", sa.String(length=400), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(), nullable=True),
        sa.Column("last_success_at", sa.DateTime(), nullable=True),
        sa.Column("forget_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_login_throttles_forget_at", "login_throttles", ["forget_at"])


def downgrade() -> None:
    op.drop_index("ix_login_throttles_forget_at", table_name="login_throttles")
    op.drop_table("login_throttles")
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_login_failures_key_at", "login_failures", ["key", "at"])
