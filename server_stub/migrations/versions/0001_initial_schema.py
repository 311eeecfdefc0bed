"""Initial schema: users, devices and tokens, records, mutation results, revision counter.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(length=320), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("disabled_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_devices_user_id", "devices", ["user_id"])
    for table in ("access_tokens", "refresh_tokens"):
        columns = [
            sa.Column("token_hash", sa.String(length=64), primary_key=True),
            sa.Column(
                "device_id",
                sa.Integer(),
                sa.ForeignKey("devices.id", ondelete="CASCADE"),
                nullable=False,
            ),
        ]
        if table == "refresh_tokens":
            columns.append(sa.Column("created_at", sa.DateTime(), nullable=False))
        columns.append(sa.Column("expires_at", sa.DateTime(), nullable=False))
        if table == "refresh_tokens":
            columns.append(sa.Column("used_at", sa.DateTime(), nullable=True))
            columns.append(sa.Column("replaced_by", sa.String(length=64), nullable=True))
        op.create_table(table, *columns)
        op.create_index(f"ix_{table}_device_id", table, ["device_id"])
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_login_failures_key_at", "login_failures", ["key", "at"])
    op.create_table(
        "records",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("rev", sa.BigInteger(), nullable=False, unique=True),
        sa.Column("owner_country", sa.String(length=10), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=True),
        sa.Column(
            "updated_by",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="SET NULL"),
            nullable=True,
        ),
    )
    op.create_index("ix_records_owner_rev", "records", ["owner_country", "rev"])
    op.create_index(
        "ix_records_campaign_rev",
        "records",
        ["rev"],
        sqlite_where=sa.text("kind = 'campaign'"),
        postgresql_where=sa.text("kind = 'campaign'"),
    )
    op.create_index(
        "ix_records_campaign_owner",
        "records",
        ["campaign_id", "owner_country"],
        sqlite_where=sa.text("campaign_id IS NOT NULL"),
        postgresql_where=sa.text("campaign_id IS NOT NULL"),
    )
    op.create_table(
        "mutations",
        sa.Column("mutation_id", sa.String(length=36), primary_key=True),
        sa.Column(
            "user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("body_hash", sa.String(length=64), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    counter = op.create_table(
        "revision_counter",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.bulk_insert(counter, [{"id": 1, "value": 0}])


def downgrade() -> None:
    for table in (
        "revision_counter",
        "mutations",
        "records",
        "login_failures",
        "refresh_tokens",
        "access_tokens",
        "devices",
        "users",
    ):
        op.drop_table(table)
