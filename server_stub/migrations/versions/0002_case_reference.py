"""Case references: a `reference` column for live missing cases, unique per owner.

Existing cases get their reference from their data. Where a database already holds two live
cases of one owner with the same reference (accepted before this rule), the oldest keeps it in
the column and the others are left out of the index: the next change to one of them must give
it a reference of its own, and the push says so.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WHERE = "reference IS NOT NULL"


def _backfill() -> None:
    connection = op.get_bind()
    records = sa.table(
        "records",
        sa.column("id", sa.String),
        sa.column("owner_country", sa.String),
        sa.column("reference", sa.String),
    )
    rows = connection.execute(
        sa.text(
            "SELECT id, owner_country, data FROM records "
            "WHERE kind = 'missing_case' AND deleted = :no ORDER BY rev"
        ),
        {"no": False},
    )
    taken: set[tuple[str | None, str]] = set()
    updates: list[dict[str, str]] = []
    for record_id, owner, data in rows:
        try:
            reference = (json.loads(data) or {}).get("reference")
        except ValueError:
            continue
        if not reference:
            continue
        key = (owner, str(reference).strip().upper())
        if key in taken:
            continue  # a duplicate from before the rule: see the module's docstring
        taken.add(key)
        updates.append({"rid": record_id, "reference": key[1]})
    if updates:
        connection.execute(records.update().where(records.c.id == sa.bindparam("rid")), updates)


def upgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.add_column(sa.Column("reference", sa.String(length=100), nullable=True))
    _backfill()
    op.create_index(
        "ix_records_case_reference",
        "records",
        ["owner_country", "kind", "reference"],
        unique=True,
        sqlite_where=sa.text(_WHERE),
        postgresql_where=sa.text(_WHERE),
    )


def downgrade() -> None:
    op.drop_index("ix_records_case_reference", table_name="records")
    with op.batch_alter_table("records") as batch:
        batch.drop_column("reference")
