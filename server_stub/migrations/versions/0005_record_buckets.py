"""Record buckets for the integrity check: per owner key and bucket (an id's first two hex
digits), the count of records and the XOR of their content hashes, kept on every write, so a
client compares its copy with one small request (`GET /api/v1/sync/buckets`).

The buckets of the records already stored are computed here from their rows.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import orjson
import sqlalchemy as sa
from alembic import op

from desktop.domain.checksum import bucket_of, canonical_data, record_hash, xor

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CAMPAIGNS = "*campaign"  # the owner key of campaigns (server_stub/sync/buckets.py)


def _backfill(connection) -> None:
    buckets: dict[tuple[str, str], list[int]] = {}
    rows = connection.execute(
        sa.text("SELECT id, kind, rev, deleted, owner_country, data FROM records")
    )
    for rid, kind, rev, deleted, owner, data in rows:
        data_json = b"" if deleted else canonical_data(orjson.loads(data))
        value = record_hash(rid, kind, rev, bool(deleted), owner, data_json)
        key = (CAMPAIGNS if kind == "campaign" else owner or "", bucket_of(rid))
        entry = buckets.setdefault(key, [0, 0])
        entry[0] += 1
        entry[1] = xor(entry[1], value)
    if buckets:
        connection.execute(
            sa.text(
                "INSERT INTO record_buckets (owner_key, bucket, record_count, hash_xor) "
                "VALUES (:k, :b, :n, :h)"
            ),
            [{"k": k, "b": b, "n": n, "h": h} for (k, b), (n, h) in buckets.items()],
        )


def upgrade() -> None:
    op.create_table(
        "record_buckets",
        sa.Column("owner_key", sa.String(length=12), primary_key=True),
        sa.Column("bucket", sa.String(length=2), primary_key=True),
        sa.Column("record_count", sa.BigInteger(), nullable=False),
        sa.Column("hash_xor", sa.BigInteger(), nullable=False),
    )
    _backfill(op.get_bind())


def downgrade() -> None:
    op.drop_table("record_buckets")
